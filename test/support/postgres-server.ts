/**
 * A throw-away PostgreSQL server for one test run: a new cluster in a temp folder, on a free
 * loopback port, stopped and removed when the run ends, also when it is interrupted.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './server-process.js';
import { postgresBinaries } from './system.js';

export interface PostgresServer {
  /** postgres:// URL of an empty database, for TEST_DATABASE_URL. */
  url: string;
  /** Stops the server and removes its folder; safe to call more than once. */
  stop: () => void;
}

/** PostgreSQL refuses to run as root: as root, it runs as the postgres user Debian creates. */
function runner(): { run: (file: string, args: string[]) => void; owner?: number } {
  const root = process.getuid?.() === 0;
  const id = root ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;
  if (root && id?.status !== 0) {
    throw new Error('PostgreSQL will not run as root and there is no postgres user to run it as.');
  }
  const run = (file: string, args: string[]) => {
    const [command, all] = root
      ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
      : [file, args];
    const result = spawnSync(command, all, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${path.basename(file)} failed: ${result.stderr || result.error}`);
    }
  };
  return { run, owner: root ? Number(id?.stdout.trim()) : undefined };
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL is not installed: sudo apt-get install -y postgresql');
  const { run, owner } = runner();
  const dir = mkdtempSync(path.join(tmpdir(), 'help-centre-pg-'));
  if (owner !== undefined) {
    chmodSync(dir, 0o755);
    chownSync(dir, owner, -1);
  }
  const data = path.join(dir, 'data');
  let started = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const signal of signals) process.removeListener(signal, onSignal);
    process.removeListener('exit', stop);
    if (started) {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already gone: nothing to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ctrl-C or a kill: stop the server, then let the signal do what it would have done.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  process.once('exit', stop);

  try {
    const port = await freePort();
    run(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-locale',
    ]);
    run(path.join(bin, 'pg_ctl'), [
      ...['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-o'],
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
    started = true;
    const server = `postgres://postgres@127.0.0.1:${port}`;
    const client = new pg.Client({ connectionString: `${server}/postgres` });
    await client.connect();
    await client.query('CREATE DATABASE help_centre_test');
    await client.end();
    return { url: `${server}/help_centre_test`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
