/**
 * CSV as spreadsheets read it, for every staff download (survey answers, votes, search
 * counts): RFC 4180 quoting, UTF-8 with a byte order mark, and no cell a spreadsheet would
 * run as a formula.
 */

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
export const byteOrderMark = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). A
 * cell starts at the start of a field, but also after any character a spreadsheet may split
 * on (comma, semicolon as Excel does with French settings, tab, pipe) and after a line break
 * (an importer that ignores quotes splits there). An apostrophe before the formula character
 * makes each of those cells text; spreadsheets hide it.
 */
const formulaStart = /(^|[,;\t|\r\n])(?=[=+\-@\t\r])/g;

export function neutralizeFormula(value: string): string {
  return value.replace(formulaStart, "$1'");
}

/**
 * One field as RFC 4180 wants it: quoted (quotes doubled) when it holds " CR or LF or a
 * character some spreadsheet splits on, so that one field stays one cell wherever quotes
 * are honoured.
 */
export function csvField(value: string | number | null | undefined): string {
  const text = neutralizeFormula(value === null || value === undefined ? '' : String(value));
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A whole file, a record at a time (the header row first), so any number of rows streams in
 * constant memory.
 */
export async function* csvFile<T>(
  columns: readonly string[],
  rows: AsyncIterable<T>,
  record: (row: T) => readonly (string | number | null | undefined)[],
): AsyncGenerator<string> {
  yield byteOrderMark + csvRecord(columns);
  for await (const row of rows) yield csvRecord(record(row));
}

/** "survey-responses-2026-03-31.csv": a download named after its UTC day. */
export function datedCsvName(prefix: string, now: Date): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.csv`;
}
