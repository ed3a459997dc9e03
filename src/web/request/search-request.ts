import { intParam, textParam } from './query-params.js';

/** What a results page asks for: the words typed, and the page (1 when absent or malformed). */
export function searchRequest(query: Record<string, unknown>): { q: string; page: number } {
  return { q: textParam(query.q), page: intParam(query.page, 1, 1, 10_000) };
}
