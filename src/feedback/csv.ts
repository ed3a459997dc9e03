import { csvFile, datedCsvName } from '../csv.js';
import type { SearchCount, Vote } from './store.js';

/** One row per vote: when (UTC), in which language, on which article, and what was said. */
export const voteCsvColumns = [
  'created_at',
  'locale',
  'article_id',
  'helpful',
  'reason',
  'comment',
];

export function voteCsvLines(votes: AsyncIterable<Vote>): AsyncGenerator<string> {
  return csvFile(voteCsvColumns, votes, (vote) => [
    vote.createdAt,
    vote.locale,
    vote.articleId,
    vote.helpful ? 'yes' : 'no',
    vote.reason,
    vote.comment,
  ]);
}

/** One row per day, language and (scrubbed) query: how often it was asked, what it found. */
export const searchCsvColumns = ['day', 'locale', 'query', 'count', 'results'];

export function searchCsvLines(counts: AsyncIterable<SearchCount>): AsyncGenerator<string> {
  return csvFile(searchCsvColumns, counts, (row) => [
    row.day,
    row.locale,
    row.query,
    row.count,
    row.results,
  ]);
}

export const voteCsvName = (now: Date) => datedCsvName('feedback-votes', now);
export const searchCsvName = (now: Date) => datedCsvName('search-counts', now);
