/**
 * Escaping user text for Markdown: only what a CommonMark/GFM renderer or a linkifier would act
 * on gets a backslash, so the report stays readable as plain text ("tijd!", "10:30", "(zie
 * boven)" stay as written). Line breaks become spaces, so a participant's note stays one piece of
 * text inside our list item, heading or table cell: no headings, emphasis, links, images, HTML,
 * entities or extra table columns. Viewers that turn bare addresses into links (GitHub's
 * autolinks, markdown-it's linkify) find none either: the `:` after a scheme's letters, every `@`
 * and every `.` inside a word are escaped, so `https://x.nl`, `www.x.nl`, `x.nl` and `a@x.nl`
 * stay text (a backslash splits what a linkifier would match).
 *
 * Not escaped, because nothing reads them once `[` and `]` are escaped: `!` (an image needs
 * `![`), `(` and `)` (a link needs `](`), `{` and `}`; `&` only where it starts an entity.
 */

/** Characters with a meaning anywhere in a line: emphasis, code, brackets, HTML, table cells, strikethrough, the escape itself. */
const SPECIAL = /[\\`*_[\]<>|~]/g;
/** `&amp;`, `&#60;`: an entity would print another character than the participant typed. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** Only at the start of a line: headings, list bullets, block quotes, setext underlines. */
const LINE_START = /^([-+=>#])/;
/** A closing run of `#` after a space would be eaten by the heading the text may sit in. */
const HEADING_CLOSE = /(?<= )#+$/;
/** Autolink material: `@` (e-mail), `:` after a letter before a non-space (schemes), `.` before a letter or digit (domains, www.). */
const AUTOLINK = /@|(?<=[A-Za-z]):(?=\S)|\.(?=[\p{L}\p{N}])/gu;
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
    .replace(ENTITY, '\\&')
    .replace(AUTOLINK, (symbol) => `\\${symbol}`)
    .replace(LINE_START, (symbol) => `\\${symbol}`)
    .replace(HEADING_CLOSE, (run) => `\\${run}`)
    .replace(ORDERED_START, (_match, digits: string, mark: string) => `${digits}\\${mark}`);
}

/** One row of a Markdown table; cells are escaped by the caller. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
