/**
 * Query timings in the measuring child: the first query after start, a JIT warm-up, the
 * cold pass (every query once), the extra work of the no-result path, a warm repeat, and
 * where a cold query's time goes phase by phase. See bench/README.md for what each means.
 */
import { performance } from 'node:perf_hooks';
import { locales, otherLocales, type Locale } from '../../src/i18n/locales.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { parseQuery, runQuery } from '../../src/search/query.js';
import type { SearchService } from '../../src/search/service.js';
import type { Rng } from '../corpus/random.js';
import { profiled, type ProfileSummary } from './profile.js';
import { kinds, type BenchQuery, type Kind, type QuerySet } from './queries.js';
import {
  phases,
  summarise,
  type ChildOptions,
  type LocaleResult,
  type Phase,
  type Summary,
} from './results.js';

/** Process CPU time (user + system, all threads) so far, in ms. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One locale, before its queries are timed: its own engine, its queries, its index figures. */
export interface LocaleSetup {
  engine: SearchEngine;
  set: QuerySet;
  built: Omit<
    LocaleResult,
    | 'queries'
    | 'queriesCpu'
    | 'hitsByKind'
    | 'warm'
    | 'phases'
    | 'meanHits'
    | 'zeroHit'
    | 'zeroHitExtra'
  >;
}

export interface QueryTimes {
  firstQueryMs: number;
  /** The measured queries, both locales interleaved, in the order they ran. */
  all: BenchQuery[];
  cold: { q: BenchQuery; ms: number; cpu: number; total: number }[];
  zeroHit: { q: BenchQuery; ms: number }[];
  warm: { q: BenchQuery; ms: number }[];
  profile: ProfileSummary | undefined;
}

/** Every query through the app's search service, as the /search page runs it. */
export async function timeQueries(
  search: SearchService,
  setups: Map<Locale, LocaleSetup>,
  rng: Rng,
  child: ChildOptions,
  log: (s: string) => void,
): Promise<QueryTimes> {
  // The first query after start, then a JIT warm-up on queries that are not measured.
  const first = setups.get('en')?.set.warmup[0];
  let firstQueryMs = NaN;
  if (first) {
    const t = performance.now();
    search.search(first.locale, first.text);
    firstQueryMs = performance.now() - t;
  }
  for (const locale of locales) {
    for (const q of setups.get(locale)?.set.warmup ?? []) search.search(q.locale, q.text);
  }

  // Cold pass: every query once, both locales interleaved, in a seeded random order.
  const all = locales.flatMap((l) => setups.get(l)?.set.measured ?? []);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j] as BenchQuery, all[i] as BenchQuery];
  }
  log(`${all.length} distinct cold queries…`);
  const cold = await profiled(child.profileDir, `${child.label}-queries`, () =>
    all.map((q) => {
      const c = cpuMs();
      const t = performance.now();
      const page = search.search(q.locale, q.text);
      const ms = performance.now() - t;
      return { q, ms, cpu: cpuMs() - c, total: page.total };
    }),
  );

  // What the search page adds when nothing matches: "did you mean" and the other languages.
  const zeroHit = cold.result
    .filter((r) => r.total === 0)
    .map((r) => {
      const t = performance.now();
      search.didYouMean(r.q.locale, r.q.text);
      for (const other of otherLocales(r.q.locale)) {
        search.search(other, r.q.text, { perPage: 5 });
      }
      return { q: r.q, ms: performance.now() - t };
    });

  // Warm pass: the same queries again. Nothing memoises whole queries any more (the page
  // cache keeps answers); this shows a repeat with the stems and the JIT warm.
  const warm = all.map((q) => {
    const t = performance.now();
    search.search(q.locale, q.text);
    return { q, ms: performance.now() - t };
  });
  return { firstQueryMs, all, cold: cold.result, zeroHit, warm, profile: cold.profile };
}

/**
 * Where the time goes: the same queries, phase by phase, on this process' own engines
 * (same code, no memo; the stem memo is warm by now, so "parse + expand" reads a little low).
 */
export function timePhases(
  all: BenchQuery[],
  setups: Map<Locale, LocaleSetup>,
): Map<Locale, Record<Phase, number[]>> {
  const phaseTimes = new Map<Locale, Record<Phase, number[]>>(
    locales.map((l) => [
      l,
      Object.fromEntries(phases.map((p) => [p, []])) as unknown as Record<Phase, number[]>,
    ]),
  );
  for (const q of all) {
    const own = setups.get(q.locale);
    const times = phaseTimes.get(q.locale);
    if (!own || !times) continue;
    const { engine } = own;
    const { index } = engine;
    const t0 = performance.now();
    const words = engine.expand(parseQuery(q.text, engine.language).terms);
    const t1 = performance.now();
    runQuery(index, words);
    const t2 = performance.now();
    const hits = engine.search(words); // runs lunr again, then ranks
    const t3 = performance.now();
    for (const hit of hits.slice(0, 10)) engine.snippet(hit, words);
    const t4 = performance.now();
    times['parse + expand'].push(t1 - t0);
    times['lunr query'].push(t2 - t1);
    times['rank hits'].push(Math.max(0, t3 - t2 - (t2 - t1)));
    times['snippets (page 1)'].push(t4 - t3);
  }
  return phaseTimes;
}

/** Each locale's figures: its index build, and its timings summarised by query kind. */
export function localeResults(
  timed: QueryTimes,
  setups: Map<Locale, LocaleSetup>,
  phaseTimes: Map<Locale, Record<Phase, number[]>>,
): LocaleResult[] {
  return locales.map((locale) => {
    const mine = timed.cold.filter((r) => r.q.locale === locale);
    const queries = Object.fromEntries([
      ...kinds.map((k) => [k, summarise(mine.filter((r) => r.q.kind === k).map((r) => r.ms))]),
      ['all', summarise(mine.map((r) => r.ms))],
    ]) as Record<Kind | 'all', Summary>;
    const info = setups.get(locale)?.built;
    const times = phaseTimes.get(locale);
    if (!info || !times) throw new Error(`no build figures for ${locale}`);
    const meanOf = (rs: typeof mine) =>
      rs.reduce((s, r) => s + r.total, 0) / Math.max(1, rs.length);
    return {
      ...info,
      queries,
      queriesCpu: summarise(mine.map((r) => r.cpu)),
      hitsByKind: Object.fromEntries([
        ...kinds.map((k) => [k, meanOf(mine.filter((r) => r.q.kind === k))]),
        ['all', meanOf(mine)],
      ]) as Record<Kind | 'all', number>,
      phases: Object.fromEntries(phases.map((p) => [p, summarise(times[p])])) as Record<
        Phase,
        Summary
      >,
      warm: summarise(timed.warm.filter((r) => r.q.locale === locale).map((r) => r.ms)),
      meanHits: mine.reduce((s, r) => s + r.total, 0) / Math.max(1, mine.length),
      zeroHit: mine.filter((r) => r.total === 0).length,
      zeroHitExtra: summarise(timed.zeroHit.filter((r) => r.q.locale === locale).map((r) => r.ms)),
    };
  });
}
