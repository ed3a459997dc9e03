/**
 * The measuring side of the search benchmark, run in a fresh child process per corpus (see
 * parent.ts): starts the app's services on one corpus, times start-up, builds each
 * locale's index again to size it, times the queries, and writes its figures as JSON to
 * `child.out` for the parent.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../src/config.js';
import type { ContentRepository } from '../../src/content/repository.js';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { SearchEngine } from '../../src/search/engine.js';
import { buildIndex, prepareSearchData } from '../../src/search/index-builder.js';
import { serializeIndex } from '../../src/search/lunr-internals.js';
import { searchLanguages } from '../../src/search/language.js';
import { buildServices, closeServices } from '../../src/services.js';
import { searchDocuments } from '../../src/web/view-models/search-documents.js';
import { mulberry32, type Rng } from '../corpus/random.js';
import { sourceFingerprint } from './fingerprint.js';
import { cpuMs, localeResults, timePhases, timeQueries, type LocaleSetup } from './query-timing.js';
import type { Options } from './options.js';
import { profiled, type ProfileSummary } from './profile.js';
import { buildQueries, kinds } from './queries.js';
import { summarise, type ChildOptions, type CorpusResult, type RestartResult } from './results.js';

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

/** A second start on the data folder a full run left: start-up time and memory only. */
export async function measureRestart(child: ChildOptions): Promise<void> {
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

/**
 * Each locale's search engine and index built again outside the app, to time and size them,
 * and its queries. Locales in order: they share `rng`, so the queries depend on it.
 */
function setUpLocales(
  repo: ContentRepository,
  rng: Rng,
  options: Options,
  log: (s: string) => void,
): Map<Locale, LocaleSetup> {
  const setups = new Map<Locale, LocaleSetup>();
  for (const locale of locales) {
    const docs = searchDocuments(repo, locale);
    const language = searchLanguages[locale];
    let t = performance.now();
    const data = prepareSearchData(docs, language);
    const engine = new SearchEngine(docs, language, data);
    const engineMs = performance.now() - t;
    const vocabularyWords = [...data.vocabulary.words()].length;
    t = performance.now();
    const index = buildIndex(docs, language);
    const indexMs = performance.now() - t;
    const serialisable = serializeIndex(index);
    const json = JSON.stringify(serialisable);
    log(
      `${locale}: SearchEngine ${(engineMs / 1000).toFixed(2)} s, index ${(Buffer.byteLength(json) / 2 ** 20).toFixed(1)} MB`,
    );
    const set = buildQueries(docs, language, rng, options.queries, 40);
    setups.set(locale, {
      engine,
      set,
      built: {
        locale,
        articles: docs.length,
        textMB: docs.reduce((s, d) => s + d.text.length, 0) / 2 ** 20,
        engineMs,
        indexMs,
        indexBytes: Buffer.byteLength(json),
        indexGzipBytes: gzipSync(json).length,
        indexTerms: serialisable.invertedIndex.length,
        vocabularyWords,
      },
    });
    for (const kind of options.showQueries ? kinds : []) {
      const examples = set.measured.filter((q) => q.kind === kind).slice(0, options.showQueries);
      log(`${locale} ${kind}: ${examples.map((q) => JSON.stringify(q.text)).join(', ')}`);
    }
  }
  return setups;
}

/** Every measurement on a first start (empty DATA_DIR). */
export async function measureFirstStart(child: ChildOptions, options: Options): Promise<void> {
  const log = (s: string) => process.stderr.write(`  [${child.label}] ${s}\n`);
  const profiles: ProfileSummary[] = [];

  const sourceAtStart = sourceFingerprint();
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

  const rng = mulberry32(options.seed * 7919 + 17);
  const setups = setUpLocales(services.content.repo, rng, options, log);
  const timed = await timeQueries(services.search, setups, rng, child, log);
  if (timed.profile) profiles.push(timed.profile);
  const phaseTimes = timePhases(timed.all, setups);
  const perLocale = localeResults(timed, setups, phaseTimes);

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
    firstQueryMs: timed.firstQueryMs,
    locales: perLocale,
    all: summarise(timed.cold.map((r) => r.ms)),
    allCpu: summarise(timed.cold.map((r) => r.cpu)),
    warmAll: summarise(timed.warm.map((r) => r.ms)),
    profiles,
  };
  result.dataDirBytes = folderBytes(child.dataDir);
  await closeServices(services);
  writeFileSync(child.out, JSON.stringify(result));
}
