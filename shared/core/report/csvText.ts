/**
 * CSV writing that opens cleanly in Excel and LibreOffice.
 *
 * Dialect per session language, because Excel splits columns on the list separator of the
 * computer's locale: Dutch Excel uses `;` (the comma is its decimal mark), English Excel `,`.
 * A Dutch workshop's file therefore gets `;` and decimal commas, an English one `,` and decimal
 * points; LibreOffice asks on import and detects both. A `sep=` line is not used: Excel then
 * ignores the BOM and shows accents garbled.
 *
 * UTF-8 with a BOM (otherwise Excel reads "geïndividualiseerd" as Windows-1252), CRLF line ends
 * and RFC 4180 quoting. Text cells that start with = + - @ tab or CR get a leading apostrophe,
 * so a spreadsheet never runs them as a formula (CSV injection).
 */
import type { Language } from '../protocol';

export type CsvDialect = { delimiter: ';' | ','; decimalMark: ',' | '.' };

export const CSV_DIALECTS: Record<Language, CsvDialect> = {
  nl: { delimiter: ';', decimalMark: ',' },
  en: { delimiter: ',', decimalMark: '.' },
};

export const BOM = '\uFEFF';

/** A cell is text (anyone may have written it) or a number we formatted ourselves. */
export type CsvCell = string | number;

/** Leading whitespace is looked through: some spreadsheets trim it before deciding. */
const FORMULA_START = /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  // At most 4 decimals: positions are drag results, more digits are noise.
  const text = String(Math.round(value * 10_000) / 10_000);
  return dialect.decimalMark === ',' ? text.replace('.', ',') : text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvCell(cell: CsvCell, dialect: CsvDialect): string {
  if (typeof cell === 'number') {
    const number = formatNumber(cell, dialect);
    // A decimal comma equals the delimiter only if a dialect ever pairs them; quote to be safe.
    return number.includes(dialect.delimiter) ? quote(number) : number;
  }
  const safe = neutraliseFormula(cell);
  const needsQuotes =
    safe.includes(dialect.delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? quote(safe) : safe;
}

export function renderCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const lines = rows.map((row) =>
    row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Timestamps in CSV files: ISO 8601 in UTC to the second (`2026-12-02T16:22:00Z`), the same
 * whatever the server's or reader's time zone; milliseconds are noise in a workshop's record.
 */
export function isoTime(timestamp: number): string {
  return new Date(timestamp).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
