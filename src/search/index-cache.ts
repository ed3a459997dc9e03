import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import type { Locale } from '../i18n/locales.js';
import type { SearchDocument } from './documents.js';
import {
  compactIndex,
  loadCompactIndex,
  type CompactIndex,
  type SearchData,
} from './index-builder.js';
// Registers the pipeline functions that lunr.Index.load looks up by name.
import './language.js';
import { Vocabulary, type SerializedVocabulary } from './vocabulary.js';

/** Bump when folding, fields, pipelines or the file layout change, so old files are not reused. */
const indexFormat = 4;

interface CacheFile {
  /** Document ids in ref order: refs are positions, so the order must be the same. */
  ids: string[];
  index: CompactIndex;
  vocabulary: SerializedVocabulary;
}

/**
 * Search data (index and vocabulary) on disk, keyed by a hash of the content: loading them
 * is many times faster than building them, which is what keeps a large corpus's start-up
 * short. Any problem with the cache (missing, corrupt, stale, unwritable) falls back to
 * building.
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

  load(
    locale: Locale,
    contentVersion: string,
    docs: readonly SearchDocument[],
  ): SearchData | undefined {
    try {
      const cached = JSON.parse(
        readFileSync(this.file(locale, contentVersion), 'utf8'),
      ) as CacheFile;
      if (cached.ids.length !== docs.length || cached.ids.some((id, i) => docs[i]?.id !== id)) {
        return undefined;
      }
      return {
        index: loadCompactIndex(cached.index),
        vocabulary: Vocabulary.fromJSON(cached.vocabulary),
      };
    } catch {
      return undefined;
    }
  }

  save(
    locale: Locale,
    contentVersion: string,
    docs: readonly SearchDocument[],
    data: SearchData,
  ): void {
    const file = this.file(locale, contentVersion);
    try {
      mkdirSync(this.dir, { recursive: true });
      // Older versions of this locale's index are of no further use.
      for (const name of readdirSync(this.dir)) {
        if (name.startsWith(`${locale}-`) && path.join(this.dir, name) !== file) {
          rmSync(path.join(this.dir, name), { force: true });
        }
      }
      const contents: CacheFile = {
        ids: docs.map((doc) => doc.id),
        index: compactIndex(data.index),
        vocabulary: data.vocabulary.toJSON(),
      };
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(contents));
      // Rename is atomic: another instance never reads a half-written file.
      renameSync(temp, file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
}
