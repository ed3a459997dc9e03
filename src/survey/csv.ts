import { csvFile, csvRecord, datedCsvName } from '../csv.js';
import { questions, type SurveyResponse } from './questions.js';

/** The columns: who and when, one per question of the definitions, then the page it came from. */
export const csvColumns: readonly string[] = [
  'submission_id',
  'created_at',
  'locale',
  ...questions.map((q) => q.id),
  'from_path',
];

function responseValues(response: SurveyResponse): (string | null)[] {
  return [
    response.submissionId,
    response.createdAt,
    response.locale,
    ...questions.map((q) => response.answers[q.id]),
    response.fromPath,
  ];
}

export function responseRecord(response: SurveyResponse): string {
  return csvRecord(responseValues(response));
}

/** The whole file, a record at a time, so any number of responses streams in constant memory. */
export function csvLines(responses: AsyncIterable<SurveyResponse>): AsyncGenerator<string> {
  return csvFile(csvColumns, responses, responseValues);
}

/** "survey-responses-2026-03-31.csv", dated in UTC like the stored responses. */
export function csvFileName(now: Date): string {
  return datedCsvName('survey-responses', now);
}
