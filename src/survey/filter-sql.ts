import type { ResponseFilter } from './store.js';

/** The day after a YYYY-MM-DD date, so "to" can include the whole day. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * A WHERE clause for a filter, with numbered placeholders from `placeholder(i)` ("?" for
 * SQLite, "$1" for PostgreSQL). Values are always bound, never spliced into the SQL.
 */
export function filterClause(
  filter: ResponseFilter,
  placeholder: (index: number) => string,
): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (condition: string, value: string) => {
    params.push(value);
    conditions.push(condition.replace('?', placeholder(params.length)));
  };
  if (filter.locale) add('locale = ?', filter.locale);
  if (filter.from) add('created_at >= ?', filter.from);
  if (filter.to) add('created_at < ?', nextDay(filter.to));
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
