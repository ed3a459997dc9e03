import type { Locale } from '../i18n/locales.js';
import { scrubQuery } from './scrub.js';
import type { SearchCount } from './store.js';

/** Searches added up per day, language and scrubbed query, before they are written. */
export class SearchCountBatch {
  private readonly byKey = new Map<string, SearchCount>();

  get size(): number {
    return this.byKey.size;
  }

  /** One search for `rawQuery` on `day` (YYYY-MM-DD, UTC) that found `results` answers. */
  add(day: string, locale: Locale, rawQuery: string, results: number, count = 1): void {
    const query = scrubQuery(rawQuery);
    if (!query) return;
    const key = `${day}\n${locale}\n${query}`;
    const counted = this.byKey.get(key);
    if (counted) {
      counted.count += count;
      counted.results = results;
    } else {
      this.byKey.set(key, { day, locale, query, count, results });
    }
  }

  /** Adds another batch's counts to this one (kept for a retry after a failed write). */
  merge(other: SearchCountBatch): void {
    for (const c of other.counts()) this.add(c.day, c.locale, c.query, c.results, c.count);
  }

  counts(): SearchCount[] {
    return [...this.byKey.values()];
  }
}
