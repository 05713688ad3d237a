/**
 * Escaping user text for Markdown. Every character that can start Markdown or HTML syntax is
 * backslash-escaped (CommonMark allows a backslash before any ASCII punctuation), and line
 * breaks become spaces, so a participant's note stays one piece of plain text inside our list
 * item or table cell: no headings, links, images, HTML or extra table columns. Viewers that
 * turn bare addresses into links (GitHub's autolinks, markdown-it's linkify) find none either:
 * the `:` of a scheme, every `@` and every `.` inside a word are escaped too, so `https://x.nl`,
 * `www.x.nl`, `x.nl` and `a@x.nl` stay text (a backslash splits what a linkifier would match).
 */

/** Characters with a meaning somewhere in CommonMark or GFM (emphasis, code, links, HTML, tables, strikethrough, headings, entities). */
const SPECIAL = /[\\`*_{}[\]()<>#|~!&]/g;
/** Characters that only mean something at the start of a line: list bullets, block quotes, setext underlines. */
const LINE_START = /^([-+=>])/;
/** Autolink material: `@` (e-mail), `:` before a non-space (schemes), `.` before a letter or digit (domains, www.). */
const AUTOLINK = /@|:(?=\S)|\.(?=[\p{L}\p{N}])/gu;
/** "1." or "1)" at the start would become an ordered list. */
const ORDERED_START = /^(\d{1,9})([.)])/;

/** Control characters (except tab) have no place in a report; tabs and line breaks become spaces. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g;

export function escapeMarkdown(text: string): string {
  const oneLine = text
    .replace(CONTROL, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return oneLine
    .replace(SPECIAL, (symbol) => `\\${symbol}`)
    .replace(AUTOLINK, (symbol) => `\\${symbol}`)
    .replace(LINE_START, (symbol) => `\\${symbol}`)
    .replace(ORDERED_START, (_match, digits: string, mark: string) => `${digits}\\${mark}`);
}

/** One row of a Markdown table; cells are escaped by the caller. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
