import lunr from 'lunr';
import type { SearchDocument } from './documents.js';
import { fold } from './fold.js';
import { allPostings, loadIndex, serializeIndex, type FieldPostings } from './lunr-internals.js';
import type { SearchLanguage } from './language.js';
import { Vocabulary } from './vocabulary.js';

/** Title and keywords decide relevance far more than a word deep in an answer. */
export const fieldBoosts = { title: 10, keywords: 8, category: 2, body: 1 } as const;
const fields = Object.keys(fieldBoosts) as (keyof typeof fieldBoosts)[];

/** What a SearchEngine needs besides the documents: both are derived from them alone. */
export interface SearchData {
  index: lunr.Index;
  vocabulary: Vocabulary;
}

export function prepareSearchData(
  docs: readonly SearchDocument[],
  language: SearchLanguage,
): SearchData {
  return { index: buildIndex(docs, language), vocabulary: Vocabulary.fromDocuments(docs) };
}

/**
 * One lunr index over the documents. Each document's ref is its position in `docs` (not its
 * id): refs are repeated in every posting and field vector, so short ones keep the index
 * small in memory and on disk, and a hit maps back to its document without a lookup table.
 */
export function buildIndex(docs: readonly SearchDocument[], language: SearchLanguage): lunr.Index {
  const index = lunr(function () {
    language.configure(this);
    this.ref('ref');
    for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost });
    // Positions are not needed: snippets are found in the display text (snippet.ts).
    this.metadataWhitelist = [];
    docs.forEach((doc, position) => {
      this.add({
        ref: String(position),
        title: fold(doc.title),
        keywords: fold(doc.keywords.join(' ')),
        category: fold(doc.category),
        body: fold(doc.text),
      });
    });
  });
  shareEmptyMetadata(index);
  return index;
}

/**
 * With no metadata whitelisted, every posting holds an empty object of its own: a million
 * postings means a million objects, most of the index's memory. lunr only reads them (to
 * copy into match data), so one frozen object can stand for all of them.
 */
const noMetadata = Object.freeze(Object.create(null) as object);

function shareEmptyMetadata(index: lunr.Index): void {
  for (const posting of allPostings(index)) {
    for (const field of fields) {
      const byRef = posting[field] ?? {};
      for (const ref in byRef) byRef[ref] = noMetadata;
    }
  }
}

/**
 * The index in a compact form: lunr's own serialization writes `"ref": {}` for every posting
 * and every field vector as JSON numbers. This keeps each field's postings as a list of refs
 * (positions) and every vector's elements in one Float64Array, stored as bytes, which loads
 * with a copy instead of parsing two million numbers. Pipeline and version are lunr's own.
 */
export interface CompactIndex {
  version: string;
  fields: string[];
  pipeline: string[];
  /** Each field vector's ref ("body/12") and element count, in `vectorElements` order. */
  vectors: [string, number][];
  /** [term, term index, refs per field in `fields` order] */
  terms: [string, number, ...number[][]][];
}

export function compactIndex(index: lunr.Index): {
  compact: CompactIndex;
  vectorElements: Float64Array;
} {
  const serialized = serializeIndex(index);
  const total = serialized.fieldVectors.reduce((sum, [, elements]) => sum + elements.length, 0);
  const vectorElements = new Float64Array(total);
  let offset = 0;
  for (const [, elements] of serialized.fieldVectors) {
    vectorElements.set(elements, offset);
    offset += elements.length;
  }
  const compact: CompactIndex = {
    version: serialized.version,
    fields: serialized.fields,
    pipeline: serialized.pipeline,
    vectors: serialized.fieldVectors.map(([ref, elements]) => [ref, elements.length]),
    terms: serialized.invertedIndex.map(([term, posting]) => [
      term,
      posting._index,
      ...serialized.fields.map((field) => Object.keys(posting[field] ?? {}).map(Number)),
    ]),
  };
  return { compact, vectorElements };
}

/**
 * A posting read from the compact form: each field's `{ ref: metadata }` object, the shape
 * lunr's query reads, is built from the list of refs the first time a query asks for it.
 * Most terms are never searched for, so start-up skips building a million objects, and the
 * lists take a fraction of their memory.
 */
class CompactPosting {
  constructor(
    readonly _index: number,
    readonly refsByField: readonly (readonly number[])[],
  ) {}
}
for (const [i, field] of fields.entries()) {
  Object.defineProperty(CompactPosting.prototype, field, {
    enumerable: true,
    get(this: CompactPosting): FieldPostings {
      const byRef: FieldPostings = {};
      for (const ref of this.refsByField[i] ?? []) byRef[ref] = noMetadata;
      // From now on an own property of this posting hides the getter.
      Object.defineProperty(this, field, { value: byRef, enumerable: true });
      return byRef;
    },
  });
}

export function loadCompactIndex(compact: CompactIndex, vectorElements: Float64Array): lunr.Index {
  if (compact.fields.join() !== fields.join()) throw new Error('index fields differ');
  let offset = 0;
  // lunr's vectors only index their elements, so views into one array serve as well as arrays.
  const fieldVectors = compact.vectors.map(([ref, length]): [string, Float64Array] => {
    const elements = vectorElements.subarray(offset, offset + length);
    offset += length;
    return [ref, elements];
  });
  if (offset !== vectorElements.length) throw new Error('index vectors do not match');
  return loadIndex({
    version: compact.version,
    fields: compact.fields,
    fieldVectors,
    invertedIndex: compact.terms.map(([term, termIndex, ...refsByField]) => [
      term,
      new CompactPosting(termIndex, refsByField),
    ]),
    pipeline: compact.pipeline,
  });
}
