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
const indexFormat = 5;

interface CacheHeader {
  /** Document ids in ref order: refs are positions, so the order must be the same. */
  ids: string[];
  index: CompactIndex;
  vocabulary: SerializedVocabulary;
}

/*
 * File layout: the header's byte length (4 bytes, little-endian), the header as JSON, zero
 * padding to a multiple of 8 bytes, then the index's vector elements as float64 bytes.
 */
function encode(header: CacheHeader, vectorElements: Float64Array): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const file = Buffer.alloc(start + vectorElements.byteLength);
  file.writeUInt32LE(json.length, 0);
  json.copy(file, 4);
  Buffer.from(vectorElements.buffer, vectorElements.byteOffset, vectorElements.byteLength).copy(
    file,
    start,
  );
  return file;
}

function decode(file: Buffer): { header: CacheHeader; vectorElements: Float64Array } {
  const length = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 4, 4 + length)) as CacheHeader;
  const start = Math.ceil((4 + length) / 8) * 8;
  // A copy: a Float64Array view needs an 8-byte-aligned offset, which a Buffer need not have.
  const bytes = new Uint8Array(file.subarray(start));
  return { header, vectorElements: new Float64Array(bytes.buffer, 0, bytes.length / 8) };
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
    return path.join(this.dir, `${locale}-${key}.index`);
  }

  load(
    locale: Locale,
    contentVersion: string,
    docs: readonly SearchDocument[],
  ): SearchData | undefined {
    try {
      const { header, vectorElements } = decode(readFileSync(this.file(locale, contentVersion)));
      if (header.ids.length !== docs.length || header.ids.some((id, i) => docs[i]?.id !== id)) {
        return undefined;
      }
      return {
        index: loadCompactIndex(header.index, vectorElements),
        vocabulary: Vocabulary.fromJSON(header.vocabulary),
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
      const { compact, vectorElements } = compactIndex(data.index);
      const header: CacheHeader = {
        ids: docs.map((doc) => doc.id),
        index: compact,
        vocabulary: data.vocabulary.toJSON(),
      };
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, encode(header, vectorElements));
      // Rename is atomic: another instance never reads a half-written file.
      renameSync(temp, file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
}
