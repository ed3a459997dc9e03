/**
 * Search benchmark: start-up, index build, index size, memory and query latency, for the
 * real content/ and for a generated corpus (bench/generate-corpus.ts). See bench/README.md.
 *
 *   npm run bench:search
 *   npm run bench:search -- --articles 10000 --seed 1 --queries 60 --profile --json out.json
 *
 * Each corpus is measured in a fresh child process (same Node, same tsx loader), so memory
 * and JIT state of one corpus do not leak into the other. This file is the command line and
 * also the child's entry point (`--child`); the parts are in bench/search/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { generateCorpus } from './generate-corpus.js';
import { measureFirstStart, measureRestart } from './search/child.js';
import { sourceFingerprint } from './search/fingerprint.js';
import { parseOptions, type Options } from './search/options.js';
import { measureCorpus } from './search/parent.js';
import { measureRelevance, relevanceReport } from './search/relevance.js';
import { report } from './search/report.js';
import type { CorpusResult } from './search/results.js';

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** What ran, where and on which code: the first lines of every report. */
function runHeader(invoked: string, options: Options, source: string): string[] {
  const cpus = os.cpus();
  return [
    'Search benchmark',
    `date:    ${new Date().toISOString()}`,
    `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}`,
    `node:    ${process.version}`,
    `load:    ${loadAverage()} (1/5/15-min load average at start; other work on the machine skews timings)`,
    `command: ${invoked}`,
    `src/:    ${source}`,
    `options: ${options.articles} articles/locale, seed ${options.seed}, ${options.queries} queries per kind and locale${options.profile ? ', profiled' : ''}`,
  ];
}

/** Every run is kept in bench/results/ (git-ignored), as text and JSON. */
function save(text: string, json: string, options: Options): void {
  const resultsDir = path.join(projectRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const base = path.join(resultsDir, `search-${stamp}`);
  writeFileSync(`${base}.txt`, `${text}\n`);
  writeFileSync(`${base}.json`, json);
  console.log(`Report saved to ${path.relative(projectRoot, base)}.txt and .json`);
  if (options.json) {
    writeFileSync(options.json, json);
    console.log(`JSON written to ${options.json}`);
  }
}

/** The real content/, then a generated corpus (written to `work` unless --corpus names one). */
async function measureCorpora(
  options: Options,
  work: string,
  profileDir: string | undefined,
): Promise<{ results: CorpusResult[]; generation: string | undefined }> {
  const childArgs = ['--seed', String(options.seed), '--queries', String(options.queries)];
  if (options.showQueries) childArgs.push('--show-queries', String(options.showQueries));
  const results: CorpusResult[] = [];
  let generation: string | undefined;
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
  return { results, generation };
}

/** A child that loaded different code from the parent's fingerprint says so in the header. */
function driftWarnings(results: CorpusResult[], source: string): string[] {
  const warnings: string[] = [];
  for (const r of results) {
    for (const ran of new Set([r.source, r.restart?.source ?? source])) {
      if (ran !== source) {
        warnings.push(`WARNING: src/ changed during the run: the ${r.label} corpus ran ${ran}`);
      }
    }
  }
  return warnings;
}

/** Runs `measure` with a temporary folder, removed afterwards (also on Ctrl-C). */
async function measureInWorkDir<T>(measure: (work: string) => Promise<T>): Promise<T> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'help-centre-bench-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  return measure(work).finally(cleanup);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (options.child) {
    return options.child.mode === 'restart'
      ? measureRestart(options.child)
      : measureFirstStart(options.child, options);
  }

  const invoked = process.env.npm_lifecycle_event
    ? `npm run ${process.env.npm_lifecycle_event}${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `tsx bench/search.ts ${argv.join(' ')}`.trim();
  const source = sourceFingerprint();
  const header = runHeader(invoked, options, source);
  console.log(`Search benchmark (${invoked}) …`);

  console.log('\nScoring relevance against MiniSearch and lunr …');
  const relevance = await measureRelevance();
  const profileDir = options.profile
    ? mkdtempSync(path.join(os.tmpdir(), 'help-centre-profiles-'))
    : undefined;
  const { results, generation } =
    options.only === 'relevance'
      ? { results: [], generation: undefined }
      : await measureInWorkDir((work) => measureCorpora(options, work, profileDir));
  header.push(...driftWarnings(results, source));
  const after = sourceFingerprint();
  if (after !== source) header.push(`WARNING: src/ changed during the run; it is now ${after}`);
  header.push(`load at end: ${loadAverage()}`);
  const text = [
    ...(results.length ? [report(results, header, generation)] : header),
    '',
    ...relevanceReport(relevance),
  ].join('\n');
  console.log(`\n${text}`);
  if (profileDir) console.log(`CPU profiles kept in ${profileDir}`);
  save(text, JSON.stringify({ header, generation, results, relevance }, null, 2), options);
}

await main();
