import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the front-matter schemas change, so data validated by the old ones is not reused. */
const parseFormat = 1;

/** What parsing one file produced: its validated front matter and where its body starts. */
export interface ParsedFile {
  data: unknown;
  bodyStart: number;
}

interface CacheFile {
  format: number;
  entries: [string, ParsedFile][];
}

/**
 * Parsed front matter of content files, kept on disk between starts and keyed by a hash of
 * each file's text. Reading YAML and validating it costs more than anything else when the
 * site starts on thousands of articles; a file that has not changed since the last start is
 * not parsed again. One instance serves one load: it is not kept in memory afterwards.
 * Problems with the cache file only cost time: the content is parsed.
 */
export class ParseCache {
  private readonly previous = new Map<string, ParsedFile>();
  private readonly current = new Map<string, ParsedFile>();
  private changed = false;

  constructor(private readonly file: string) {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (stored.format === parseFormat) {
        for (const [key, parsed] of stored.entries) this.previous.set(key, parsed);
      }
    } catch {
      // Missing or unreadable: start empty.
    }
  }

  /** `key` names the file's kind and the hash of its text, e.g. "article/<hash>". */
  get(key: string): ParsedFile | undefined {
    const parsed = this.previous.get(key);
    if (parsed) this.current.set(key, parsed);
    return parsed;
  }

  set(key: string, parsed: ParsedFile): void {
    this.current.set(key, parsed);
    this.changed = true;
  }

  /**
   * Writes the entries this load used (so files that are gone are dropped), if anything
   * changed. Rename is atomic: instances sharing the folder never read half a file.
   */
  save(): void {
    if (!this.changed && this.current.size === this.previous.size) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const contents: CacheFile = { format: parseFormat, entries: [...this.current] };
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(contents));
      renameSync(temp, this.file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
}
