/**
 * Search benchmark: start-up, index build, index size, memory and query latency, for the
 * real content/ and for a generated corpus (bench/generate-corpus.ts). See bench/README.md.
 *
 *   npm run bench:search
 *   npm run bench:search -- --articles 10000 --seed 1 --queries 60 --profile --json out.json
 *
 * Each corpus is measured in a fresh child process (same Node, same tsx loader), so memory
 * and JIT state of one corpus do not leak into the other.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type lunr from 'lunr';
import { loadConfig, projectRoot } from '../src/config.js';
import { locales, otherLocale, type Locale } from '../src/i18n/locales.js';
import type { SearchDocument } from '../src/search/documents.js';
import { SearchEngine } from '../src/search/engine.js';
import { fold, foldedWords } from '../src/search/fold.js';
import { buildIndex } from '../src/search/index-builder.js';
import { searchLanguages, type SearchLanguage } from '../src/search/language.js';
import { parseQuery, runQuery } from '../src/search/query.js';
import { buildServices, closeServices } from '../src/services.js';
import { searchDocuments } from '../src/web/view-models/search-documents.js';
import { generateCorpus, mulberry32, pick, chance, int, type Rng } from './generate-corpus.js';

const targets = { p50: 5, p99: 25, max: 100, startupMs: 3000 };
const targetArticles = 10_000;

// ---------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------

interface Options {
  articles: number;
  seed: number;
  /** Distinct cold queries per kind and per locale (four kinds). */
  queries: number;
  only: 'real' | 'generated' | undefined;
  corpus: string | undefined;
  profile: boolean;
  json: string | undefined;
  /** Print this many example queries per kind and locale (to stderr). */
  showQueries: number;
}

function parseOptions(argv: string[]): Options & { child?: ChildOptions } {
  const options: Options = {
    articles: targetArticles,
    seed: 1,
    queries: 60,
    only: undefined,
    corpus: undefined,
    profile: false,
    json: undefined,
    showQueries: 0,
  };
  let child: ChildOptions | undefined;
  const value = (i: number) => {
    const v = argv[i + 1];
    if (v === undefined) usage(`${argv[i]} needs a value`);
    return v;
  };
  const count = (i: number) => {
    const n = Number(value(i));
    if (!Number.isInteger(n) || n < 1) usage(`${argv[i]} needs a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--articles') options.articles = count(i++);
    else if (arg === '--seed') options.seed = count(i++);
    else if (arg === '--queries') options.queries = count(i++);
    else if (arg === '--only') {
      const v = value(i++);
      if (v !== 'real' && v !== 'generated') usage('--only takes "real" or "generated"');
      options.only = v;
    } else if (arg === '--corpus') options.corpus = path.resolve(value(i++));
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--json') options.json = path.resolve(value(i++));
    else if (arg === '--show-queries') options.showQueries = count(i++);
    else if (arg === '--child') {
      child = JSON.parse(value(i++)) as ChildOptions;
    } else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  return { ...options, child };
}

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(
    [
      'usage: npm run bench:search -- [options]',
      '  --articles N   articles per locale in the generated corpus (default 10000)',
      '  --seed N       corpus and query seed (default 1)',
      '  --queries N    distinct cold queries per kind and locale; 4 kinds (default 60)',
      '  --only real|generated   measure one corpus only',
      '  --corpus DIR   use an existing generated tree instead of generating one (kept)',
      '  --profile      CPU-profile start-up and the cold queries; print the top functions',
      '  --json FILE    also write every figure as JSON',
      '  --show-queries N   print N example queries per kind and locale',
    ].join('\n'),
  );
  process.exit(problem ? 2 : 0);
}

// ---------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------

interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles. */
function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return {
    n: sorted.length,
    p50: rank(50),
    p99: rank(99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
  };
}

// ---------------------------------------------------------------------------------------
// Queries built from the corpus' own vocabulary
// ---------------------------------------------------------------------------------------

const kinds = ['1 word', '3 words', 'prefix', 'typo'] as const;
type Kind = (typeof kinds)[number];

const phases = ['parse + expand', 'lunr query', 'rank hits', 'snippets (page 1)'] as const;
type Phase = (typeof phases)[number];

interface BenchQuery {
  locale: Locale;
  kind: Kind;
  text: string;
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbour(rng: Rng, letter: string): string {
  for (const row of keyboardRows) {
    const i = row.indexOf(letter);
    if (i < 0) continue;
    const options = [row[i - 1], row[i + 1]].filter((c): c is string => c !== undefined);
    return pick(rng, options);
  }
  return pick(rng, [...'etaoinsr']);
}

/** One typing mistake (not on the first letter): swap, drop, double-hit or transpose. */
function typo(rng: Rng, word: string): string {
  const i = int(rng, 1, word.length - 1);
  const c = word[i] as string;
  switch (int(rng, 0, 3)) {
    case 0:
      return word.slice(0, i) + neighbour(rng, c) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + neighbour(rng, c) + word.slice(i);
    default:
      return i < word.length - 1
        ? word.slice(0, i) + (word[i + 1] as string) + c + word.slice(i + 2)
        : word.slice(0, -1);
  }
}

interface QuerySet {
  measured: BenchQuery[];
  warmup: BenchQuery[];
}

/**
 * Distinct queries for one locale: distinct by their folded, non-stop words, so no two
 * measured queries are the same search.
 */
function buildQueries(
  docs: readonly SearchDocument[],
  language: SearchLanguage,
  rng: Rng,
  perKind: number,
  warmupCount: number,
): QuerySet {
  const locale = language.locale;
  const isContentWord = (w: string) =>
    w.length >= 3 && /^\p{L}+$/u.test(w) && !language.isStopWord(fold(w));
  const written = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(isContentWord);

  const titleWordSet = new Set<string>();
  const allWordSet = new Set<string>();
  const folded = new Set<string>();
  const titles: string[][] = [];
  for (const doc of docs) {
    const t = written(doc.title);
    titles.push(t);
    for (const w of t) titleWordSet.add(w);
    for (const w of [...t, ...written(doc.keywords.join(' ')), ...written(doc.text)])
      allWordSet.add(w);
    for (const w of foldedWords(
      `${doc.title} ${doc.category} ${doc.keywords.join(' ')} ${doc.text}`,
    )) {
      folded.add(w);
    }
  }
  const titleWords = [...titleWordSet];
  const allWords = [...allWordSet];
  const someWord = (minLength = 3) => {
    for (let tries = 0; tries < 100; tries++) {
      const w = chance(rng, 0.6) ? pick(rng, titleWords) : pick(rng, allWords);
      if (w.length >= minLength) return w;
    }
    return undefined;
  };
  // Visitors often leave accents out in French.
  const asTyped = (w: string) =>
    locale === 'fr' && chance(rng, 0.5) ? fold(w).replace(/\s+/g, '') : w;
  const twoFromTitle = (): [string, string] | undefined => {
    const t = pick(rng, titles);
    if (t.length < 2) return undefined;
    const i = int(rng, 0, t.length - 2);
    return [t[i] as string, t[i + 1] as string];
  };

  const make: Record<Kind, () => string | undefined> = {
    '1 word': () => {
      const w = someWord();
      return w && asTyped(w);
    },
    '3 words': () => {
      const t = pick(rng, titles);
      if (t.length < 3) return undefined;
      const picks = new Set<number>();
      while (picks.size < 3) picks.add(int(rng, 0, t.length - 1));
      return [...picks]
        .sort((a, b) => a - b)
        .map((i) => asTyped(t[i] as string))
        .join(' ');
    },
    prefix: () => {
      const k = int(rng, 2, 5);
      if (chance(rng, 0.4)) {
        const pair = twoFromTitle();
        if (!pair || pair[1].length < k + 1) return undefined;
        return `${asTyped(pair[0])} ${asTyped(pair[1]).slice(0, k)}`;
      }
      const w = someWord(k + 2);
      return w && asTyped(w).slice(0, k);
    },
    typo: () => {
      const pair = chance(rng, 0.5) ? twoFromTitle() : undefined;
      const w = pair ? pair[1] : someWord(5);
      if (!w || w.length < 5) return undefined;
      const wrong = typo(rng, asTyped(w));
      const f = fold(wrong).trim();
      if (!f || f.includes(' ') || folded.has(f)) return undefined;
      return pair ? `${asTyped(pair[0])} ${wrong}` : wrong;
    },
  };

  const seen = new Set<string>();
  const take = (kind: Kind, count: number): BenchQuery[] => {
    const out: BenchQuery[] = [];
    for (let tries = 0; out.length < count && tries < count * 200; tries++) {
      const text = make[kind]();
      if (!text) continue;
      const key = parseQuery(text, language).terms.join(' ');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ locale, kind, text });
    }
    return out;
  };
  const measured = kinds.flatMap((kind) => take(kind, perKind));
  const warmup = kinds.flatMap((kind) => take(kind, Math.ceil(warmupCount / kinds.length)));
  return { measured, warmup };
}

// ---------------------------------------------------------------------------------------
// CPU profiles (the V8 sampling profiler that `node --cpu-prof` uses, started around one phase)
// ---------------------------------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface ProfileSummary {
  file: string;
  totalMs: number;
  self: { name: string; ms: number; share: number }[];
  inclusive: { name: string; ms: number; share: number }[];
}

async function profiled<T>(
  profileDir: string | undefined,
  name: string,
  run: () => T | Promise<T>,
) {
  if (!profileDir) return { result: await run(), profile: undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const result = await run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = path.join(profileDir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return { result, profile: summariseProfile(profile as unknown as CpuProfile, file) };
}

function frameName(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  const fn = name.length > 80 ? `${name.slice(0, 77)}…` : name;
  if (!frame.url) return fn;
  const url = frame.url.replace(/^file:\/\//, '');
  const where = url.startsWith(projectRoot) ? path.relative(projectRoot, url) : url;
  // tsx compiles TypeScript on the fly, so line numbers only mean something for .js files.
  const line = /\.[cm]?js$/.test(url) ? `:${frame.lineNumber + 1}` : '';
  return `${fn} (${where.replace(/^.*node_modules\//, '')}${line})`;
}

function summariseProfile(profile: CpuProfile, file: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      // Stopping the profiler itself (serialising the profile) is not part of the phase.
      if (frame?.url === 'node:inspector') return;
      if (frame && frame.url.includes('/src/')) onStack.add(frameName(frame));
    }
    total += dt;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    for (const n of onStack) inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { file, totalMs: total, self: top(self, 15), inclusive: top(inclusive, 12) };
}

// ---------------------------------------------------------------------------------------
// Child: measures one corpus
// ---------------------------------------------------------------------------------------

interface ChildOptions {
  /** "full": every measurement; "restart": start-up only, on the data folder a full run left. */
  mode: 'full' | 'restart';
  dir: string;
  label: string;
  out: string;
  profileDir: string | undefined;
  /** DATA_DIR for the app: the survey database and, where the code has one, the index cache. */
  dataDir: string;
}

/** A second start on the same content and data folder, in a fresh process. */
interface RestartResult {
  startupMs: number;
  startupCpuMs: number;
  rssMB: number;
  heapMB: number;
  source: string;
  profile?: ProfileSummary;
}

interface LocaleResult {
  locale: Locale;
  articles: number;
  textMB: number;
  engineMs: number;
  indexMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  indexTerms: number;
  vocabularyWords: number | undefined;
  queries: Record<Kind | 'all', Summary>;
  queriesCpu: Summary;
  hitsByKind: Record<Kind | 'all', number>;
  warm: Summary;
  /** Where a cold query's time goes, measured on a separate SearchEngine with the same queries. */
  phases: Record<Phase, Summary>;
  meanHits: number;
  zeroHit: number;
  zeroHitExtra: Summary;
}

interface CorpusResult {
  label: string;
  /** DATA_DIR size after the first start (survey database, index cache if any). */
  dataDirBytes: number;
  restart?: RestartResult;
  /** src/ as this child loaded it (see sourceFingerprint). */
  source: string;
  dir: string;
  startupMs: number;
  /** Process CPU time (user + system, all threads) during start-up. */
  startupCpuMs: number;
  rssMB: number;
  heapMB: number;
  maxRssMB: number;
  firstQueryMs: number;
  locales: LocaleResult[];
  all: Summary;
  /** Process CPU time per cold query: less sensitive than wall time to other load on the machine. */
  allCpu: Summary;
  warmAll: Summary;
  profiles: ProfileSummary[];
}

/**
 * Which code was measured: a hash of every file under src/ and the newest change, so a
 * report can be tied to a version of the code (and a change during the run is noticed).
 */
function sourceFingerprint(): string {
  const root = path.join(projectRoot, 'src');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /\.(ts|json)$/.test(f))
    .sort();
  const hash = createHash('sha256');
  let newest = { file: '', time: 0 };
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(file).update(readFileSync(full));
    const time = statSync(full).mtimeMs;
    if (time > newest.time) newest = { file, time };
  }
  const when = new Date(newest.time).toISOString().replace('T', ' ').slice(0, 19);
  return `${hash.digest('hex').slice(0, 12)} (${files.length} files; newest src/${newest.file}, ${when} UTC)`;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(path.join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

function servicesConfig(child: ChildOptions) {
  return loadConfig({
    NODE_ENV: 'production',
    CONTENT_DIR: child.dir,
    // The app keeps its survey database (and any index cache) here: never the project's data/.
    DATA_DIR: child.dataDir,
    LOG_LEVEL: 'silent',
  });
}

async function runRestartChild(child: ChildOptions): Promise<void> {
  const source = sourceFingerprint();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const started = await profiled(child.profileDir, `${child.label}-restart`, () =>
    buildServices(servicesConfig(child)),
  );
  const startupMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const memory = process.memoryUsage();
  await closeServices(started.result);
  const result: RestartResult = {
    startupMs,
    startupCpuMs: (cpu.user + cpu.system) / 1000,
    rssMB: memory.rss / 2 ** 20,
    heapMB: memory.heapUsed / 2 ** 20,
    source,
    profile: started.profile,
  };
  process.stderr.write(`  [${child.label}] restart ${(startupMs / 1000).toFixed(2)} s\n`);
  writeFileSync(child.out, JSON.stringify(result));
}

async function runChild(child: ChildOptions, options: Options): Promise<void> {
  const log = (s: string) => process.stderr.write(`  [${child.label}] ${s}\n`);
  const profiles: ProfileSummary[] = [];

  const sourceAtStart = sourceFingerprint();
  const dataDir = child.dataDir;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const t0 = performance.now();
  const c0 = cpuMs();
  const started = await profiled(child.profileDir, `${child.label}-startup`, () =>
    buildServices(servicesConfig(child)),
  );
  const startupMs = performance.now() - t0;
  const startupCpuMs = cpuMs() - c0;
  if (started.profile) profiles.push(started.profile);
  const services = started.result;
  const memory = process.memoryUsage();
  log(`start-up ${(startupMs / 1000).toFixed(2)} s, RSS ${(memory.rss / 2 ** 20).toFixed(0)} MB`);

  const repo = services.content.repo;
  const rng = mulberry32(options.seed * 7919 + 17);
  const perLocale = new Map<Locale, { engine: SearchEngine; set: QuerySet }>();
  const built = new Map<
    Locale,
    Omit<
      LocaleResult,
      | 'queries'
      | 'queriesCpu'
      | 'hitsByKind'
      | 'warm'
      | 'phases'
      | 'meanHits'
      | 'zeroHit'
      | 'zeroHitExtra'
    >
  >();

  for (const locale of locales) {
    const docs = searchDocuments(repo, locale);
    const language = searchLanguages[locale];
    let t = performance.now();
    const engine = new SearchEngine(docs, language);
    const engineMs = performance.now() - t;
    // SearchEngine keeps its vocabulary private; read its size if it is still there.
    const vocabulary = (engine as unknown as { vocabulary?: { words?: () => Iterable<unknown> } })
      .vocabulary;
    const vocabularyWords = vocabulary?.words ? [...vocabulary.words()].length : undefined;
    t = performance.now();
    const index = buildIndex(docs, language);
    const indexMs = performance.now() - t;
    const serialisable = index.toJSON() as { invertedIndex: unknown[] };
    const json = JSON.stringify(serialisable);
    built.set(locale, {
      locale,
      articles: docs.length,
      textMB: docs.reduce((s, d) => s + d.text.length, 0) / 2 ** 20,
      engineMs,
      indexMs,
      indexBytes: Buffer.byteLength(json),
      indexGzipBytes: gzipSync(json).length,
      indexTerms: serialisable.invertedIndex.length,
      vocabularyWords,
    });
    log(
      `${locale}: SearchEngine ${(engineMs / 1000).toFixed(2)} s, index ${(Buffer.byteLength(json) / 2 ** 20).toFixed(1)} MB`,
    );
    const set = buildQueries(docs, language, rng, options.queries, 40);
    perLocale.set(locale, { engine, set });
    for (const kind of options.showQueries ? kinds : []) {
      const examples = set.measured.filter((q) => q.kind === kind).slice(0, options.showQueries);
      log(`${locale} ${kind}: ${examples.map((q) => JSON.stringify(q.text)).join(', ')}`);
    }
  }

  // The first query after start, then a JIT warm-up on queries that are not measured.
  const first = perLocale.get('en')?.set.warmup[0];
  let firstQueryMs = NaN;
  if (first) {
    const t = performance.now();
    services.search.search(first.locale, first.text);
    firstQueryMs = performance.now() - t;
  }
  for (const locale of locales) {
    for (const q of perLocale.get(locale)?.set.warmup ?? [])
      services.search.search(q.locale, q.text);
  }

  // Cold pass: every query once, both locales interleaved, in a seeded random order.
  const all = locales.flatMap((l) => perLocale.get(l)?.set.measured ?? []);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j] as BenchQuery, all[i] as BenchQuery];
  }
  log(`${all.length} distinct cold queries…`);
  const cold = await profiled(child.profileDir, `${child.label}-queries`, () =>
    all.map((q) => {
      const c = cpuMs();
      const t = performance.now();
      const page = services.search.search(q.locale, q.text);
      const ms = performance.now() - t;
      return { q, ms, cpu: cpuMs() - c, total: page.total };
    }),
  );
  if (cold.profile) profiles.push(cold.profile);

  // What the search page adds when nothing matches: "did you mean" and the other language.
  const zeroHit = cold.result
    .filter((r) => r.total === 0)
    .map((r) => {
      const t = performance.now();
      services.search.didYouMean(r.q.locale, r.q.text);
      services.search.search(otherLocale(r.q.locale), r.q.text, { perPage: 5 });
      return { q: r.q, ms: performance.now() - t };
    });

  // Warm pass: the same queries again. Nothing memoises whole queries any more (the page
  // cache keeps answers); this shows a repeat with the stems and the JIT warm.
  const warm = all.map((q) => {
    const t = performance.now();
    services.search.search(q.locale, q.text);
    return { q, ms: performance.now() - t };
  });

  // Where the time goes: the same queries, phase by phase, on this process' own engines
  // (same code, no memo; the stem memo is warm by now, so "parse + expand" reads a little low).
  const phaseTimes = new Map<Locale, Record<Phase, number[]>>(
    locales.map((l) => [
      l,
      Object.fromEntries(phases.map((p) => [p, []])) as unknown as Record<Phase, number[]>,
    ]),
  );
  for (const q of all) {
    const own = perLocale.get(q.locale);
    const times = phaseTimes.get(q.locale);
    if (!own || !times) continue;
    const { engine } = own;
    // SearchEngine keeps its lunr index private: reach it to time lunr on its own.
    const index = (engine as unknown as { index: lunr.Index }).index;
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

  const locResults: LocaleResult[] = locales.map((locale) => {
    const mine = cold.result.filter((r) => r.q.locale === locale);
    const queries = Object.fromEntries([
      ...kinds.map((k) => [k, summarise(mine.filter((r) => r.q.kind === k).map((r) => r.ms))]),
      ['all', summarise(mine.map((r) => r.ms))],
    ]) as Record<Kind | 'all', Summary>;
    const info = built.get(locale);
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
      warm: summarise(warm.filter((r) => r.q.locale === locale).map((r) => r.ms)),
      meanHits: mine.reduce((s, r) => s + r.total, 0) / Math.max(1, mine.length),
      zeroHit: mine.filter((r) => r.total === 0).length,
      zeroHitExtra: summarise(zeroHit.filter((r) => r.q.locale === locale).map((r) => r.ms)),
    };
  });

  const result: CorpusResult = {
    label: child.label,
    dataDirBytes: 0,
    source: sourceAtStart,
    dir: child.dir,
    startupMs,
    startupCpuMs,
    rssMB: memory.rss / 2 ** 20,
    heapMB: memory.heapUsed / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    firstQueryMs,
    locales: locResults,
    all: summarise(cold.result.map((r) => r.ms)),
    allCpu: summarise(cold.result.map((r) => r.cpu)),
    warmAll: summarise(warm.map((r) => r.ms)),
    profiles,
  };
  result.dataDirBytes = folderBytes(dataDir);
  await closeServices(services);
  writeFileSync(child.out, JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------
// Parent: generates the corpus, runs one child per corpus, prints the report
// ---------------------------------------------------------------------------------------

function runInChild<T>(child: ChildOptions, argv: string[]): Promise<T> {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, ...argv, '--child', JSON.stringify(child)];
  return new Promise<T>((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (code !== 0) {
        return reject(
          new Error(`${child.label} ${child.mode} run failed (exit ${code ?? signal})`),
        );
      }
      resolve(JSON.parse(readFileSync(child.out, 'utf8')) as T);
    });
  });
}

/** Both runs for one corpus: everything on a first start, then a restart on its data folder. */
async function measureCorpus(
  label: string,
  dir: string,
  work: string,
  profileDir: string | undefined,
  argv: string[],
): Promise<CorpusResult> {
  const dataDir = mkdtempSync(path.join(work, `data-${label}-`));
  const base = { dir, label, profileDir, dataDir };
  const full = await runInChild<CorpusResult>(
    { ...base, mode: 'full', out: path.join(work, `${label}.json`) },
    argv,
  );
  full.restart = await runInChild<RestartResult>(
    { ...base, mode: 'restart', out: path.join(work, `${label}-restart.json`) },
    argv,
  );
  return full;
}

const ms = (v: number) =>
  Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

function report(results: CorpusResult[], header: string[], generation: string | undefined): string {
  const out: string[] = [...header, ''];
  if (generation) out.push(generation, '');
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

  out.push('Start-up (buildServices, wall and process CPU time) and memory', '');
  const secs = (v: number | undefined) => (v === undefined ? '–' : `${(v / 1000).toFixed(2)} s`);
  const mbs = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(0)} MB`);
  out.push(
    table(
      [
        'corpus',
        'articles/locale',
        'first start',
        'CPU',
        'restart',
        'CPU',
        'RSS first / restart',
        'heap first / restart',
        'DATA_DIR after',
        'max RSS (run)',
        'first query',
      ],
      results.map((r) => [
        r.label,
        String(r.locales[0]?.articles ?? 0),
        secs(r.startupMs),
        secs(r.startupCpuMs),
        secs(r.restart?.startupMs),
        secs(r.restart?.startupCpuMs),
        `${mbs(r.rssMB)} / ${mbs(r.restart?.rssMB)}`,
        `${mbs(r.heapMB)} / ${mbs(r.restart?.heapMB)}`,
        `${mb(r.dataDirBytes)} MB`,
        mbs(r.maxRssMB),
        `${ms(r.firstQueryMs)} ms`,
      ]),
    ),
    '',
    'first start: empty DATA_DIR, so the search indexes are built (and cached, if the code caches them);',
    'restart: a second fresh process on the same content and DATA_DIR. "max RSS" includes the extra',
    'engines and indexes this benchmark builds after start.',
    '',
  );

  out.push('Index, per locale (SearchEngine = lunr index + display map + vocabulary)', '');
  out.push(
    table(
      [
        'corpus',
        'locale',
        'articles',
        'text',
        'new SearchEngine',
        'of which lunr index',
        'index JSON',
        'gzipped',
        'index terms',
        'vocabulary',
      ],
      results.flatMap((r) =>
        r.locales.map((l) => [
          r.label,
          l.locale,
          String(l.articles),
          `${l.textMB.toFixed(1)} MB`,
          `${ms(l.engineMs)} ms`,
          `${ms(l.indexMs)} ms`,
          `${mb(l.indexBytes)} MB`,
          `${mb(l.indexGzipBytes)} MB`,
          String(l.indexTerms),
          l.vocabularyWords === undefined ? '–' : String(l.vocabularyWords),
        ]),
      ),
    ),
    '',
  );

  out.push(
    'Query time, ms: services.search.search(locale, q), page 1; every query distinct, run once (memo cold)',
    '',
  );
  const rows: string[][] = [];
  const row = (r: CorpusResult, locale: string, label: string, s: Summary, hits: string) =>
    rows.push([
      r.label,
      locale,
      label,
      String(s.n),
      ms(s.p50),
      ms(s.p99),
      ms(s.max),
      ms(s.mean),
      hits,
    ]);
  for (const r of results) {
    for (const l of r.locales) {
      for (const k of [...kinds, 'all'] as const) {
        row(r, l.locale, k, l.queries[k], l.hitsByKind[k].toFixed(0));
      }
      row(r, l.locale, 'all, CPU time', l.queriesCpu, '');
      row(r, l.locale, 'warm (repeat)', l.warm, '');
    }
    row(r, 'both', 'all cold', r.all, '');
    row(r, 'both', 'all cold, CPU time', r.allCpu, '');
  }
  out.push(
    table(['corpus', 'locale', 'queries', 'n', 'p50', 'p99', 'max', 'mean', 'mean hits'], rows),
    '',
  );

  out.push(
    'Where a cold query spends its time, ms, p50 / mean / max (same queries, on a separate SearchEngine)',
    '',
  );
  out.push(
    table(
      ['corpus', 'locale', ...phases],
      results.flatMap((r) =>
        r.locales.map((l) => [
          r.label,
          l.locale,
          ...phases.map((p) => {
            const s = l.phases[p];
            return `${ms(s.p50)} / ${ms(s.mean)} / ${ms(s.max)}`;
          }),
        ]),
      ),
    ),
    '',
  );

  out.push(
    'No-result path (didYouMean + search in the other language, as the /search page does)',
    '',
  );
  out.push(
    table(
      ['corpus', 'locale', 'queries with no hits', 'extra p50', 'extra max'],
      results.flatMap((r) =>
        r.locales.map((l) => [
          r.label,
          l.locale,
          `${l.zeroHit}/${l.queries.all.n}`,
          l.zeroHitExtra.n ? `${ms(l.zeroHitExtra.p50)} ms` : '–',
          l.zeroHitExtra.n ? `${ms(l.zeroHitExtra.max)} ms` : '–',
        ]),
      ),
    ),
    '',
  );

  const big = results.filter((r) => (r.locales[0]?.articles ?? 0) >= targetArticles);
  if (big.length) {
    out.push(`Targets at ${targetArticles} articles per locale (cold queries)`, '');
    const check = (name: string, value: number, limit: number, unit: 'ms' | 's') => {
      const shown = unit === 's' ? (value / 1000).toFixed(2) : ms(value);
      const target = unit === 's' ? limit / 1000 : limit;
      return `- ${value <= limit ? 'MET   ' : 'MISSED'} ${name}: ${shown} ${unit} (target ≤ ${target} ${unit})`;
    };
    for (const r of big) {
      out.push(`${r.label}:`);
      for (const l of r.locales) {
        const q = l.queries.all;
        out.push(check(`${l.locale} p50`, q.p50, targets.p50, 'ms'));
        out.push(check(`${l.locale} p99`, q.p99, targets.p99, 'ms'));
        out.push(check(`${l.locale} max`, q.max, targets.max, 'ms'));
      }
      out.push(check('first start', r.startupMs, targets.startupMs, 's'));
      if (r.restart) out.push(check('restart', r.restart.startupMs, targets.startupMs, 's'));
      out.push('');
    }
  }

  for (const r of results) {
    for (const p of [...r.profiles, ...(r.restart?.profile ? [r.restart.profile] : [])]) {
      out.push(
        `CPU profile ${path.basename(p.file)}: ${(p.totalMs / 1000).toFixed(1)} s sampled ` +
          '(profiling slows the run: use the figures above from a run without --profile)',
        '',
      );
      out.push(
        table(
          ['self ms', 'share', 'function (top self time)'],
          p.self.map((f) => [f.ms.toFixed(0), pct(f.share), f.name]),
        ),
        '',
      );
      out.push(
        table(
          ['total ms', 'share', 'src/ function (inclusive time)'],
          p.inclusive.map((f) => [f.ms.toFixed(0), pct(f.share), f.name]),
        ),
        '',
      );
      out.push(`(open ${p.file} in Chrome DevTools › Performance for the full picture)`, '');
    }
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (options.child) {
    return options.child.mode === 'restart'
      ? runRestartChild(options.child)
      : runChild(options.child, options);
  }

  const cpus = os.cpus();
  const invoked = process.env.npm_lifecycle_event
    ? `npm run ${process.env.npm_lifecycle_event}${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `tsx bench/search.ts ${argv.join(' ')}`.trim();
  const source = sourceFingerprint();
  const header = [
    'Search benchmark',
    `date:    ${new Date().toISOString()}`,
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    `node:    ${process.version}`,
    `load:    ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15-min load average at start; other work on the machine skews timings)`,
    `command: ${invoked}`,
    `src/:    ${source}`,
    `options: ${options.articles} articles/locale, seed ${options.seed}, ${options.queries} queries per kind and locale${options.profile ? ', profiled' : ''}`,
  ];
  console.log(`Search benchmark (${invoked}) …`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'help-centre-bench-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const profileDir = options.profile
    ? mkdtempSync(path.join(os.tmpdir(), 'help-centre-profiles-'))
    : undefined;
  const childArgs = ['--seed', String(options.seed), '--queries', String(options.queries)];
  if (options.showQueries) childArgs.push('--show-queries', String(options.showQueries));
  const results: CorpusResult[] = [];
  let generation: string | undefined;
  try {
    if (options.only !== 'generated') {
      console.log('\nMeasuring the real content/ …');
      const real = path.join(projectRoot, 'content');
      results.push(await measureCorpus('real', real, work, profileDir, childArgs));
    }
    if (options.only !== 'real') {
      let dir = options.corpus;
      if (!dir) {
        dir = path.join(work, 'corpus');
        console.log(`\nGenerating ${options.articles} articles per locale …`);
        const stats = generateCorpus(dir, options.articles, options.seed);
        generation =
          `Generated corpus: ${stats.categories} categories and ${stats.articlesPerLocale} articles per locale ` +
          `(${stats.files} files, seed ${options.seed}) in ${(stats.ms / 1000).toFixed(1)} s; answers ` +
          `en ${stats.words.en.min}–${stats.words.en.max} words (mean ${stats.words.en.mean}), ` +
          `fr ${stats.words.fr.min}–${stats.words.fr.max} (mean ${stats.words.fr.mean}).`;
      }
      console.log(`Measuring the generated corpus (${dir}) …`);
      results.push(await measureCorpus('generated', dir, work, profileDir, childArgs));
    }
  } finally {
    cleanup();
  }
  for (const r of results) {
    for (const ran of new Set([r.source, r.restart?.source ?? source])) {
      if (ran !== source) {
        header.push(`WARNING: src/ changed during the run: the ${r.label} corpus ran ${ran}`);
      }
    }
  }
  const after = sourceFingerprint();
  if (after !== source) header.push(`WARNING: src/ changed during the run; it is now ${after}`);
  header.push(
    `load at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const text = report(results, header, generation);
  console.log(`\n${text}`);
  if (profileDir) console.log(`CPU profiles kept in ${profileDir}`);
  // Every run is kept in bench/results/ (git-ignored), as text and JSON.
  const resultsDir = path.join(projectRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const base = path.join(resultsDir, `search-${stamp}`);
  const json = JSON.stringify({ header, generation, results }, null, 2);
  writeFileSync(`${base}.txt`, `${text}\n`);
  writeFileSync(`${base}.json`, json);
  console.log(`Report saved to ${path.relative(projectRoot, base)}.txt and .json`);
  if (options.json) {
    writeFileSync(options.json, json);
    console.log(`JSON written to ${options.json}`);
  }
}

await main();
