import lunr from 'lunr';

/** How a stem was reached from a query word, strongest first. */
export type Route = 'exact' | 'prefix' | 'fuzzy';

/** One stem a query may look up, with what it is worth and which query words it stands for. */
export interface Candidate {
  stem: string;
  route: Route;
  boost: number;
  /** Bit i set: a document matching this stem matched query word i. */
  words: number;
}

/** What lunr is asked: a stem, in some of the fields, with a boost. */
export interface Clause {
  term: string;
  fields: string[];
  boost: number;
  /** The query words this stem stands for (as in Candidate). */
  words: number;
  /** Only these documents' postings (in its one field): the ones where the stem weighs most. */
  refs?: readonly string[];
}

export interface QueryPlan {
  clauses: Clause[];
  /** Postings (document fields) lunr will walk for these clauses. */
  postings: number;
}

/**
 * The most postings (document fields) one query may make lunr walk. lunr visits every posting
 * of every term it is given, building match data and a vector product for each, at a few
 * microseconds a posting: this, not the length of the query, bounds its time (800 postings
 * take 2–3 ms on the 2-core machine `npm run bench:search` ran on). A content of a few
 * hundred articles never reaches it; on a large one, the rarest (most telling) stems and the
 * fields that weigh most go first, and the commonest stems are looked up in fewer fields or
 * not at all.
 */
export const postingBudget = 800;

/** Title and keywords decide relevance (see index-builder.ts): they are looked up first. */
const headFields = new Set(['title', 'keywords']);
export const routeOrder: Record<Route, number> = { exact: 0, prefix: 1, fuzzy: 2 };

// Parts of lunr.Index that @types/lunr leaves out (or gets wrong).
type FieldPostings = Record<string, unknown>;
type Posting = Record<string, FieldPostings> & { _index: number };
interface IndexInternals {
  fields: string[];
  invertedIndex: Record<string, Posting | undefined>;
  fieldVectors: Record<string, lunr.Vector & { elements: number[] }>;
  tokenSet: lunr.TokenSet;
  pipeline: lunr.Pipeline;
}
const internals = (index: lunr.Index) => index as unknown as IndexInternals;

/** Postings per field (in the index's field order) of each stem, counted on first use. */
const postingCounts = new WeakMap<lunr.Index, Map<string, number[]>>();

export function fieldsOf(index: lunr.Index): readonly string[] {
  return internals(index).fields;
}

export function postingsOf(index: lunr.Index, stem: string): readonly number[] {
  let counts = postingCounts.get(index);
  if (!counts) postingCounts.set(index, (counts = new Map()));
  let perField = counts.get(stem);
  if (!perField) {
    const { fields, invertedIndex } = internals(index);
    // Only stems the index holds (no inherited keys such as "constructor").
    const posting = Object.hasOwn(invertedIndex, stem) ? invertedIndex[stem] : undefined;
    perField = fields.map((field) => Object.keys(posting?.[field] ?? {}).length);
    counts.set(stem, perField);
  }
  return perField;
}

/**
 * Chooses which (stem, field) pairs to look up within the posting budget: exact stems in
 * title and keywords, then prefix and typo stems there, then the same in category and body;
 * within each step the cheapest (rarest) first. A query that would otherwise look up nothing
 * still gets its cheapest pair, cut down to the budget, so a word found in every document
 * finds something.
 */
export function planQuery(
  index: lunr.Index,
  candidates: readonly Candidate[],
  budget = postingBudget,
): QueryPlan {
  const pairs: { candidate: Candidate; field: string; cost: number; step: number }[] = [];
  for (const candidate of candidates) {
    const counts = postingsOf(index, candidate.stem);
    fieldsOf(index).forEach((field, i) => {
      const cost = counts[i] ?? 0;
      if (cost === 0) return;
      const step = routeOrder[candidate.route] + (headFields.has(field) ? 0 : 3);
      pairs.push({ candidate, field, cost, step });
    });
  }
  pairs.sort((a, b) => a.step - b.step || a.cost - b.cost);
  let left = budget;
  const clauses = new Map<Candidate, Clause>();
  let postings = 0;
  for (const { candidate, field, cost } of pairs) {
    if (cost > left) continue;
    left -= cost;
    postings += cost;
    const clause = clauses.get(candidate);
    if (clause) clause.fields.push(field);
    else {
      const { stem: term, boost, words } = candidate;
      clauses.set(candidate, { term, fields: [field], boost, words });
    }
  }
  const cheapest = pairs.reduce<(typeof pairs)[number] | undefined>(
    (best, pair) => (!best || pair.cost < best.cost ? pair : best),
    undefined,
  );
  if (clauses.size === 0 && cheapest) {
    // Every look-up is over budget (a word in nearly every document): its cheapest one, cut
    // down to the documents where the stem weighs most, which lunr would rank first anyway.
    const { stem: term, boost, words } = cheapest.candidate;
    const refs = strongestRefs(index, term, cheapest.field, budget);
    return {
      clauses: [{ term, fields: [cheapest.field], boost, words, refs }],
      postings: refs.length,
    };
  }
  return { clauses: [...clauses.values()], postings };
}

/** Kept for the over-budget case: one list per (index, stem, field), a few hundred at most. */
const strongest = new WeakMap<lunr.Index, Map<string, readonly string[]>>();

/** The `count` documents in whose `field` the stem has the highest tf-idf weight. */
function strongestRefs(
  index: lunr.Index,
  stem: string,
  field: string,
  count: number,
): readonly string[] {
  let lists = strongest.get(index);
  if (!lists || lists.size > 500) strongest.set(index, (lists = new Map()));
  const key = `${field}/${stem}`;
  let refs = lists.get(key);
  if (!refs) {
    const { invertedIndex, fieldVectors } = internals(index);
    const posting = invertedIndex[stem] as Posting;
    const all = Object.keys(posting[field] ?? {});
    const weights = Float64Array.from(all, (ref) =>
      weightIn(fieldVectors[`${field}/${ref}`]?.elements ?? [], posting._index),
    );
    // Every document above the count-th highest weight, then as many as fit of those at it.
    const threshold = Float64Array.from(weights).sort().reverse()[count - 1] ?? -Infinity;
    const above = all.filter((_, i) => (weights[i] as number) > threshold);
    const at = all.filter((_, i) => weights[i] === threshold);
    refs = [...above, ...at.slice(0, count - above.length)];
    lists.set(key, refs);
  }
  return refs;
}

/** A term's value in a lunr vector's elements: [index, value, index, value, …] by index. */
function weightIn(elements: readonly number[], termIndex: number): number {
  let lo = 0;
  let hi = elements.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = elements[mid * 2] as number;
    if (at === termIndex) return elements[mid * 2 + 1] as number;
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
  const { invertedIndex, fieldVectors, tokenSet, fields, pipeline } = internals(index);
  const narrowed: Record<string, Posting> = Object.create(null);
  for (const { term, fields: clauseFields, refs } of plan.clauses) {
    // Only what lunr reads for this clause: the term's index and the fields it looks in
    // (a cached index builds its postings' fields on first read: see index-builder.ts).
    const original = invertedIndex[term] as Posting;
    const posting = { _index: original._index } as Posting;
    for (const field of clauseFields) {
      const all = original[field] ?? {};
      posting[field] = refs ? Object.fromEntries(refs.map((ref) => [ref, all[ref]])) : all;
    }
    narrowed[term] = posting;
  }
  const attributes = { invertedIndex: narrowed, fieldVectors, tokenSet, fields, pipeline };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}

/**
 * Which query words each matching document matched (bit i: word i), by document ref, read
 * from the postings the plan looks up: cheaper than asking each of lunr's results for the
 * terms of its match data.
 */
export function matchedWordsByRef(index: lunr.Index, plan: QueryPlan): Map<string, number> {
  const { invertedIndex } = internals(index);
  const matched = new Map<string, number>();
  const add = (ref: string, words: number) => matched.set(ref, (matched.get(ref) ?? 0) | words);
  for (const { term, fields, words, refs } of plan.clauses) {
    if (refs) for (const ref of refs) add(ref, words);
    else
      for (const field of fields) for (const ref in invertedIndex[term]?.[field]) add(ref, words);
  }
  return matched;
}
