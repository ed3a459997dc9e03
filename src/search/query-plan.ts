import type lunr from 'lunr';
import { fieldsOf, postingOf } from './lunr-internals.js';
import { strongestRefs } from './query-narrowing.js';

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

/** Postings per field (in the index's field order) of each stem, counted on first use. */
const postingCounts = new WeakMap<lunr.Index, Map<string, number[]>>();

export function postingsOf(index: lunr.Index, stem: string): readonly number[] {
  let counts = postingCounts.get(index);
  if (!counts) postingCounts.set(index, (counts = new Map<string, number[]>()));
  let perField = counts.get(stem);
  if (!perField) {
    const posting = postingOf(index, stem);
    perField = fieldsOf(index).map((field) => Object.keys(posting?.[field] ?? {}).length);
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

/**
 * Which query words each matching document matched (bit i: word i), by document ref, read
 * from the postings the plan looks up: cheaper than asking each of lunr's results for the
 * terms of its match data.
 */
export function matchedWordsByRef(index: lunr.Index, plan: QueryPlan): Map<string, number> {
  const matched = new Map<string, number>();
  const add = (ref: string, words: number) => matched.set(ref, (matched.get(ref) ?? 0) | words);
  for (const { term, fields, words, refs } of plan.clauses) {
    if (refs) for (const ref of refs) add(ref, words);
    else
      for (const field of fields)
        for (const ref in postingOf(index, term)?.[field]) add(ref, words);
  }
  return matched;
}
