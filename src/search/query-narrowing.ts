import type lunr from 'lunr';
import { itemAt } from '../item-at.js';
import {
  postingOf,
  vectorElementsOf,
  withInvertedIndex,
  type FieldPostings,
  type Posting,
} from './lunr-internals.js';
import type { QueryPlan } from './query-plan.js';

/*
 * The over-budget case of query planning (query-plan.ts): a word in nearly every document
 * is looked up only in the documents where it weighs most, which lunr would rank first
 * anyway. Those documents are chosen here, and lunr searches a view of the index narrowed
 * to them.
 */

/** Kept for the over-budget case: one list per (index, stem, field), a few hundred at most. */
const strongest = new WeakMap<lunr.Index, Map<string, readonly string[]>>();

/** The `count` documents in whose `field` the stem has the highest tf-idf weight. */
export function strongestRefs(
  index: lunr.Index,
  stem: string,
  field: string,
  count: number,
): readonly string[] {
  let lists = strongest.get(index);
  if (!lists || lists.size > 500)
    strongest.set(index, (lists = new Map<string, readonly string[]>()));
  const key = `${field}/${stem}`;
  let refs = lists.get(key);
  if (!refs) {
    const posting = postingOf(index, stem);
    const weighted = Object.keys(posting?.[field] ?? {}).map((ref) => ({
      ref,
      weight: posting ? weightIn(vectorElementsOf(index, field, ref), posting._index) : 0,
    }));
    // Heaviest first; the sort is stable, so among equal weights the index's order decides.
    weighted.sort((a, b) => b.weight - a.weight);
    refs = weighted.slice(0, count).map(({ ref }) => ref);
    lists.set(key, refs);
  }
  return refs;
}

/** A term's value in a lunr vector's elements: [index, value, index, value, …] by index. */
function weightIn(elements: ArrayLike<number>, termIndex: number): number {
  let lo = 0;
  let hi = elements.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = itemAt(elements, mid * 2);
    if (at === termIndex) return itemAt(elements, mid * 2 + 1);
    if (at < termIndex) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/**
 * The index lunr should search for a plan: the index itself, or, when a clause is cut down
 * to some documents, a view of it (same vectors and token set, a narrowed inverted index).
 */
export function indexFor(index: lunr.Index, plan: QueryPlan): lunr.Index {
  if (!plan.clauses.some((clause) => clause.refs)) return index;
  // No prototype: a term such as "constructor" must not find an inherited property.
  const narrowed = Object.create(null) as Record<string, Posting>;
  for (const { term, fields, refs } of plan.clauses) {
    const original = postingOf(index, term);
    if (!original) continue;
    // Only what lunr reads for this clause: the term's index and the fields it looks in
    // (a cached index builds its postings' fields on first read: see index-builder.ts).
    const byField: Record<string, FieldPostings> = {};
    for (const field of fields) {
      const all = original[field] ?? {};
      byField[field] = refs ? Object.fromEntries(refs.map((ref) => [ref, all[ref] ?? {}])) : all;
    }
    narrowed[term] = Object.assign(byField, { _index: original._index });
  }
  return withInvertedIndex(index, narrowed);
}
