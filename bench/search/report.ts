/**
 * The printed report: one markdown table per question (start-up and memory, index size,
 * query latency, where the time goes, the no-result path), the targets at 10,000 articles,
 * and the top functions of any CPU profile. Its shape is what bench/README.md documents.
 */
import path from 'node:path';
import { targetArticles } from './options.js';
import type { ProfileSummary } from './profile.js';
import { kinds } from './queries.js';
import { phases, type CorpusResult, type Summary } from './results.js';

const targets = { p50: 5, p99: 25, max: 100, startupMs: 3000 };

const ms = (v: number) =>
  Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1);
const secs = (v: number | undefined) => (v === undefined ? '–' : `${(v / 1000).toFixed(2)} s`);
const mbs = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(0)} MB`);
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

function startupSection(results: CorpusResult[]): string[] {
  const head = [
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
  ];
  const rows = results.map((r) => [
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
  ]);
  return [
    'Start-up (buildServices, wall and process CPU time) and memory',
    '',
    table(head, rows),
    '',
    'first start: empty DATA_DIR, so the search indexes are built (and cached, if the code caches them);',
    'restart: a second fresh process on the same content and DATA_DIR. "max RSS" includes the extra',
    'engines and indexes this benchmark builds after start.',
    '',
  ];
}

function indexSection(results: CorpusResult[]): string[] {
  const head = [
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
  ];
  const rows = results.flatMap((r) =>
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
      String(l.vocabularyWords),
    ]),
  );
  return [
    'Index, per locale (SearchEngine = lunr index + display map + vocabulary)',
    '',
    table(head, rows),
    '',
  ];
}

function querySection(results: CorpusResult[]): string[] {
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
  return [
    'Query time, ms: services.search.search(locale, q), page 1; every query distinct, run once (memo cold)',
    '',
    table(['corpus', 'locale', 'queries', 'n', 'p50', 'p99', 'max', 'mean', 'mean hits'], rows),
    '',
  ];
}

function phaseSection(results: CorpusResult[]): string[] {
  const rows = results.flatMap((r) =>
    r.locales.map((l) => [
      r.label,
      l.locale,
      ...phases.map((p) => {
        const s = l.phases[p];
        return `${ms(s.p50)} / ${ms(s.mean)} / ${ms(s.max)}`;
      }),
    ]),
  );
  return [
    'Where a cold query spends its time, ms, p50 / mean / max (same queries, on a separate SearchEngine)',
    '',
    table(['corpus', 'locale', ...phases], rows),
    '',
  ];
}

function zeroHitSection(results: CorpusResult[]): string[] {
  const rows = results.flatMap((r) =>
    r.locales.map((l) => [
      r.label,
      l.locale,
      `${l.zeroHit}/${l.queries.all.n}`,
      l.zeroHitExtra.n ? `${ms(l.zeroHitExtra.p50)} ms` : '–',
      l.zeroHitExtra.n ? `${ms(l.zeroHitExtra.max)} ms` : '–',
    ]),
  );
  return [
    'No-result path (didYouMean + search in the other language, as the /search page does)',
    '',
    table(['corpus', 'locale', 'queries with no hits', 'extra p50', 'extra max'], rows),
    '',
  ];
}

/** Only for corpora of the target size: smaller ones would meet the targets too easily. */
function targetsSection(results: CorpusResult[]): string[] {
  const big = results.filter((r) => (r.locales[0]?.articles ?? 0) >= targetArticles);
  if (!big.length) return [];
  const out = [`Targets at ${targetArticles} articles per locale (cold queries)`, ''];
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
  return out;
}

function profileSection(p: ProfileSummary): string[] {
  return [
    `CPU profile ${path.basename(p.file)}: ${(p.totalMs / 1000).toFixed(1)} s sampled ` +
      '(profiling slows the run: use the figures above from a run without --profile)',
    '',
    table(
      ['self ms', 'share', 'function (top self time)'],
      p.self.map((f) => [f.ms.toFixed(0), pct(f.share), f.name]),
    ),
    '',
    table(
      ['total ms', 'share', 'src/ function (inclusive time)'],
      p.inclusive.map((f) => [f.ms.toFixed(0), pct(f.share), f.name]),
    ),
    '',
    `(open ${p.file} in Chrome DevTools › Performance for the full picture)`,
    '',
  ];
}

export function report(
  results: CorpusResult[],
  header: string[],
  generation: string | undefined,
): string {
  const profiles = results.flatMap((r) => [
    ...r.profiles,
    ...(r.restart?.profile ? [r.restart.profile] : []),
  ]);
  return [
    ...header,
    '',
    ...(generation ? [generation, ''] : []),
    ...startupSection(results),
    ...indexSection(results),
    ...querySection(results),
    ...phaseSection(results),
    ...zeroHitSection(results),
    ...targetsSection(results),
    ...profiles.flatMap(profileSection),
  ].join('\n');
}
