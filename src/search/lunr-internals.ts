import lunr from 'lunr';
import registerStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import registerFrench from 'lunr-languages/lunr.fr.js';

/*
 * Every reach into lunr beyond its typed public API, in one place. The search reads lunr's
 * inverted index to plan queries within a budget (query-plan.ts), narrows it for the
 * over-budget case (query-narrowing.ts), and serializes it in a compact form
 * (index-builder.ts); @types/lunr describes none of these. A lunr upgrade that changes them
 * must fail test/search/lunr-internals.test.ts, which checks each shape assumed here.
 */

/** One field's postings of a term: document ref → metadata (empty: none is whitelisted). */
export type FieldPostings = Record<string, object>;

/** A term's entry in the inverted index: its column in the field vectors, postings per field. */
export type Posting = Record<string, FieldPostings> & { _index: number };

/** lunr.Index's own state, as its constructor receives it. */
interface IndexInternals {
  fields: string[];
  invertedIndex: Record<string, Posting>;
  /** Keyed "field/ref"; elements are [term index, weight, …] sorted by term index. */
  fieldVectors: Record<string, lunr.Vector & { elements: ArrayLike<number> }>;
  tokenSet: lunr.TokenSet;
  pipeline: lunr.Pipeline;
}

/** lunr.Index#toJSON's output, which lunr.Index.load reads back. */
export interface SerializedIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Posting][];
  pipeline: string[];
}

const internals = (index: lunr.Index) => index as unknown as IndexInternals;

export function fieldsOf(index: lunr.Index): readonly string[] {
  return internals(index).fields;
}

/** The term's posting, or undefined for a term the index lacks (or an inherited key). */
export function postingOf(index: lunr.Index, term: string): Posting | undefined {
  const { invertedIndex } = internals(index);
  return Object.hasOwn(invertedIndex, term) ? invertedIndex[term] : undefined;
}

export function allPostings(index: lunr.Index): Iterable<Posting> {
  return Object.values(internals(index).invertedIndex);
}

/** A document field's vector elements: [term index, weight, …] sorted by term index. */
export function vectorElementsOf(index: lunr.Index, field: string, ref: string): ArrayLike<number> {
  return internals(index).fieldVectors[`${field}/${ref}`]?.elements ?? [];
}

/** A view of the index with another inverted index: same vectors, token set and pipeline. */
export function withInvertedIndex(
  index: lunr.Index,
  invertedIndex: Record<string, Posting>,
): lunr.Index {
  const { fields, fieldVectors, tokenSet, pipeline } = internals(index);
  const attributes = { fields, invertedIndex, fieldVectors, tokenSet, pipeline };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

export function serializeIndex(index: lunr.Index): SerializedIndex {
  return index.toJSON() as unknown as SerializedIndex;
}

/**
 * lunr.Index.load over a serialized form whose vectors may be typed-array views (lunr only
 * indexes them) and whose postings may build their fields on first read.
 */
export function loadIndex(
  serialized: Omit<SerializedIndex, 'fieldVectors' | 'invertedIndex'> & {
    fieldVectors: [string, ArrayLike<number>][];
    invertedIndex: [string, object][];
  },
): lunr.Index {
  return lunr.Index.load(serialized);
}

/** lunr-languages' French plugin: its stop-word filter and Snowball stemmer. */
export interface FrenchSupport {
  stopWordFilter: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
}

registerStemmerSupport(lunr);
registerFrench(lunr);
// lunr-languages registers itself as a property of the lunr object it is given.
export const french = (lunr as unknown as { fr: FrenchSupport }).fr;
