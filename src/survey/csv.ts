import { questions, type SurveyResponse } from './questions.js';

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
export function csvField(value: string | null | undefined): string {
  const text = neutralizeFormula(value ?? '');
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: readonly (string | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The columns: who and when, one per question of the definitions, then the page it came from. */
export const csvColumns: readonly string[] = [
  'submission_id',
  'created_at',
  'locale',
  ...questions.map((q) => q.id),
  'from_path',
];

export function responseRecord(response: SurveyResponse): string {
  return csvRecord([
    response.submissionId,
    response.createdAt,
    response.locale,
    ...questions.map((q) => response.answers[q.id]),
    response.fromPath,
  ]);
}

/** The whole file, a record at a time, so any number of responses streams in constant memory. */
export async function* csvLines(responses: AsyncIterable<SurveyResponse>): AsyncGenerator<string> {
  yield byteOrderMark + csvRecord(csvColumns);
  for await (const response of responses) yield responseRecord(response);
}

/** "survey-responses-2026-03-31.csv", dated in UTC like the stored responses. */
export function csvFileName(now: Date): string {
  return `survey-responses-${now.toISOString().slice(0, 10)}.csv`;
}
