import { open, stat } from 'node:fs/promises';
import { isLocale } from '../i18n/locales.js';
import { searchCountFlushSeconds } from './search-counter.js';
import { SearchCountBatch } from './search-count-batch.js';
import type { FeedbackStore, SearchLogCursor } from './store.js';

/** Bytes read per transaction: a backlog is counted in steps, each one committed. */
const chunkBytes = 4 * 1024 * 1024;

/**
 * Counts the results pages nginx answered, from its search log (deploy/nginx.conf writes one
 * line per request of a results page, answered from its cache or not):
 *
 *   $msec <TAB> $status <TAB> $request_method <TAB> $sent_http_x_search_results <TAB> $request_uri
 *
 * A line counts when it is a GET answered 200 or 304 that carries X-Search-Results (the app
 * sends it with page 1 of a query, and nginx's cached copies keep it). The counts and the
 * offset after the last line read are saved in one transaction, so a line is counted once,
 * across restarts too. One instance reads the log (SEARCH_LOG); when the file is rotated
 * (renamed to `<file>.1`, as logrotate does), the rest of the old one is read first.
 */
export class SearchLogReader {
  private cursor: SearchLogCursor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly store: FeedbackStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start(): Promise<void> {
    this.cursor = await this.store.searches.cursor();
    this.timer = setInterval(
      () => void this.read().catch(this.onError),
      searchCountFlushSeconds * 1000,
    );
    this.timer.unref();
  }

  /** Counts every complete line written since the last read. One read at a time. */
  read(): Promise<void> {
    const next = this.reading.then(() => this.readNow());
    this.reading = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.read().catch(this.onError);
  }

  private async readNow(): Promise<void> {
    const current = await fileId(this.file);
    if (!current) return;
    if (this.cursor && this.cursor.file !== current) {
      // Rotated since: finish the old file if it is still there under its rotated name.
      if ((await fileId(`${this.file}.1`)) === this.cursor.file) {
        await this.readFile(`${this.file}.1`, this.cursor.file);
      }
      this.cursor = { file: current, offset: 0 };
    }
    await this.readFile(this.file, current);
  }

  private async readFile(path: string, id: string): Promise<void> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      let offset = this.cursor?.file === id ? this.cursor.offset : 0;
      // Smaller than where we were: truncated in place (copytruncate); start again.
      if (size < offset) offset = 0;
      while (offset < size) {
        const buffer = Buffer.alloc(Math.min(chunkBytes, size - offset));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        // Only complete lines; a line nginx is still writing waits for the next read.
        const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
        if (end === 0) break;
        const batch = new SearchCountBatch();
        for (const line of buffer.subarray(0, end).toString('utf8').split('\n')) {
          countLine(batch, line);
        }
        offset += end;
        const cursor = { file: id, offset };
        await this.store.searches.add(batch.counts(), cursor);
        this.cursor = cursor;
      }
    } finally {
      await handle.close();
    }
  }
}

/** A file's identity across renames: device and inode. */
async function fileId(path: string): Promise<string | undefined> {
  try {
    const { dev, ino } = await stat(path);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

/** Adds one log line to the batch if it is a search answered (see SearchLogReader). */
export function countLine(batch: SearchCountBatch, line: string): void {
  const [msec, status, method, results, ...rest] = line.split('\t');
  if (method !== 'GET' || (status !== '200' && status !== '304')) return;
  if (!results || !/^\d{1,9}$/.test(results) || rest.length === 0) return;
  let url: URL;
  try {
    url = new URL(rest.join('\t'), 'http://log.invalid');
  } catch {
    return;
  }
  const locale = /^\/([a-z]{2})\/search$/.exec(url.pathname)?.[1];
  const q = url.searchParams.get('q');
  const time = Number(msec) * 1000;
  if (!isLocale(locale) || q === null || !Number.isFinite(time)) return;
  batch.add(new Date(time).toISOString().slice(0, 10), locale, q, Number(results));
}
