import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import type { Locale } from '../i18n/locales.js';

/** Bump when folding, fields or pipelines change, so old cached indexes are not reused. */
const indexFormat = 3;

/**
 * Serialized lunr indexes on disk, keyed by a hash of the content: loading one is several
 * times faster than building it, which is what keeps a large corpus's start-up short.
 * Any problem with the cache (missing, corrupt, unwritable) falls back to building.
 */
export class IndexCache {
  constructor(private readonly dir: string) {}

  private file(locale: Locale, contentVersion: string): string {
    const key = createHash('sha256')
      .update(`${indexFormat}/${lunr.version}/${locale}/${contentVersion}`)
      .digest('hex')
      .slice(0, 24);
    return path.join(this.dir, `${locale}-${key}.json`);
  }

  load(locale: Locale, contentVersion: string): lunr.Index | undefined {
    try {
      return lunr.Index.load(JSON.parse(readFileSync(this.file(locale, contentVersion), 'utf8')));
    } catch {
      return undefined;
    }
  }

  save(locale: Locale, contentVersion: string, index: lunr.Index): void {
    const file = this.file(locale, contentVersion);
    try {
      mkdirSync(this.dir, { recursive: true });
      // Older versions of this locale's index are of no further use.
      for (const name of readdirSync(this.dir)) {
        if (name.startsWith(`${locale}-`) && path.join(this.dir, name) !== file) {
          rmSync(path.join(this.dir, name), { force: true });
        }
      }
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(index));
      // Rename is atomic: another instance never reads a half-written file.
      renameSync(temp, file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
}
