/**
 * The parent's side of a measurement: one corpus is measured by two fresh Node processes
 * (a first start, then a restart on the data folder it left), so no corpus inherits another's
 * memory or JIT state. Each child runs the benchmark's own CLI with `--child`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildOptions, CorpusResult, RestartResult } from './results.js';

// The CLI, not this module: the child needs its option parsing and its dispatch on --child.
const cli = fileURLToPath(new URL('../search.ts', import.meta.url));

function runInChild<T>(child: ChildOptions, argv: string[]): Promise<T> {
  // Same Node and the same flags (tsx's loader among them) as this process.
  const args = [...process.execArgv, cli, ...argv, '--child', JSON.stringify(child)];
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
export async function measureCorpus(
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
