import type { Locale } from '../i18n/locales.js';
import { SearchCountBatch } from './search-count-batch.js';
import type { FeedbackStore } from './store.js';

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
  private pending = new SearchCountBatch();
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
    const before = this.pending.size;
    this.pending.add(this.now().toISOString().slice(0, 10), locale, rawQuery, results);
    if (this.pending.size > before && this.pending.size >= maxPendingQueries) {
      void this.flush().catch(this.onError);
    }
  }

  /** Writes the counts held so far; counts that fail to write are kept for the next try. */
  flush(): Promise<void> {
    // One write at a time, in order: a later batch never overtakes an earlier one.
    this.writing = this.writing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new SearchCountBatch();
      try {
        await this.store.searches.add(batch.counts());
      } catch (error) {
        // Kept for the next write, counts made meanwhile included.
        batch.merge(this.pending);
        this.pending = batch;
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
