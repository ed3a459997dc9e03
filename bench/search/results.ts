/**
 * What a measuring child process reports back to the parent (as JSON), and the summary
 * statistics every timing is reduced to. The report and the saved JSON are built from these.
 */
import type { Locale } from '../../src/i18n/locales.js';
import type { ProfileSummary } from './profile.js';
import type { Kind } from './queries.js';

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles. */
export function summarise(values: number[]): Summary {
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

/** Where a cold query's time goes (see timePhases in query-timing.ts). */
export const phases = ['parse + expand', 'lunr query', 'rank hits', 'snippets (page 1)'] as const;
export type Phase = (typeof phases)[number];

export interface ChildOptions {
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
export interface RestartResult {
  startupMs: number;
  startupCpuMs: number;
  rssMB: number;
  heapMB: number;
  source: string;
  profile?: ProfileSummary;
}

export interface LocaleResult {
  locale: Locale;
  articles: number;
  textMB: number;
  engineMs: number;
  indexMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  indexTerms: number;
  vocabularyWords: number;
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

export interface CorpusResult {
  label: string;
  /** DATA_DIR size after the first start (survey database, index cache if any). */
  dataDirBytes: number;
  restart?: RestartResult;
  /** src/ as this child loaded it (see fingerprint.ts). */
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
