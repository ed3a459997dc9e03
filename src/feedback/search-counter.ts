import type { Locale } from '../i18n/locales.js';
import { scrubQuery } from './scrub.js';
import type { FeedbackStore, SearchCount } from './store.js';

/** Seconds of counts held in memory before they are written: what a crash can lose. */
export const searchCountFlushSeconds = 10;
/** Distinct queries held before an early write, so a flood of unique queries stays bounded. */
const maxPendingQueries = 5_000;

/**
 * Counts results-page searches per day, language and scrubbed query. A count is a few bytes
 * in memory; the store gets them in one transaction every `searchCountFlushSeconds`, on
 * close, and whenever many distinct queries wait.
 */
export class SearchCounter {
  private pending = new Map<string, SearchCount>();
  private readonly timer: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: FeedbackStore,
    private readonly onError: (error: unknown) => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.timer = setInterval(
      () => void this.flush().catch(onError),
      searchCountFlushSeconds * 1000,
    );
    this.timer.unref();
  }

  /** One search for `rawQuery` that found `results` answers. */
  count(locale: Locale, rawQuery: string, results: number): void {
    const query = scrubQuery(rawQuery);
    if (!query) return;
    const day = this.now().toISOString().slice(0, 10);
    const key = `${day}\n${locale}\n${query}`;
    const counted = this.pending.get(key);
    if (counted) {
      counted.count += 1;
      counted.results = results;
    } else {
      this.pending.set(key, { day, locale, query, count: 1, results });
      if (this.pending.size >= maxPendingQueries) void this.flush().catch(this.onError);
    }
  }

  /** Writes the counts held so far; counts that fail to write are kept for the next try. */
  flush(): Promise<void> {
    // One write at a time, in order: a later batch never overtakes an earlier one.
    this.writing = this.writing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.store.addSearchCounts([...batch.values()]);
      } catch (error) {
        for (const [key, counted] of batch) {
          const newer = this.pending.get(key);
          if (newer) newer.count += counted.count;
          else this.pending.set(key, counted);
        }
        throw error;
      }
    });
    const written = this.writing;
    // The chain itself never stays rejected, so the next flush runs.
    this.writing = written.catch(() => undefined);
    return written;
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
