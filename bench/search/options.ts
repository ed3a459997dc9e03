/**
 * The search benchmark's command line: what `npm run bench:search -- …` accepts, and the
 * internal `--child` option the parent uses to start a measuring process.
 */
import path from 'node:path';
import type { ChildOptions } from './results.js';

export const targetArticles = 10_000;

export interface Options {
  articles: number;
  seed: number;
  /** Distinct cold queries per kind and per locale (four kinds). */
  queries: number;
  only: 'real' | 'generated' | 'relevance' | undefined;
  corpus: string | undefined;
  profile: boolean;
  json: string | undefined;
  /** Print this many example queries per kind and locale (to stderr). */
  showQueries: number;
}

export function parseOptions(argv: string[]): Options & { child?: ChildOptions } {
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
      if (v !== 'real' && v !== 'generated' && v !== 'relevance') {
        usage('--only takes "real", "generated" or "relevance"');
      }
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
      '  --only real|generated   measure one corpus only (relevance is always scored)',
      '  --only relevance        score relevance only (seconds, no timing)',
      '  --corpus DIR   use an existing generated tree instead of generating one (kept)',
      '  --profile      CPU-profile start-up and the cold queries; print the top functions',
      '  --json FILE    also write every figure as JSON',
      '  --show-queries N   print N example queries per kind and locale',
    ].join('\n'),
  );
  process.exit(problem ? 2 : 0);
}
