/**
 * The real server in a child process, for browser tests: `node --import tsx src/server.ts`
 * on a free 127.0.0.1 port, with its own empty survey database in a temp folder.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';

export const adminCredentials = { username: 'staff', password: 'correct horse battery' };

export interface RunningServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  stop: () => Promise<void>;
}

const startTimeoutMs = 30_000;

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server; `env` adds to or overrides the test settings (e.g. CONTENT_DIR). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'help-centre-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // Settings of the developer's shell must not change what the tests see.
      SITE_URL: undefined,
      CONTENT_DIR: undefined,
      CSRF_SECRET: undefined,
      TRUST_PROXY: undefined,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      CONTENT_WATCH: 'false',
      SURVEY_RATE_LIMIT: '0',
      ADMIN_USERNAME: adminCredentials.username,
      ADMIN_PASSWORD: adminCredentials.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let serving = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // Said loudly: otherwise the tests only see "connection refused" pages.
      if (serving)
        console.error(`Server ${url} exited (${signal ?? code}) during the tests:\n${output}`);
      resolve();
    }),
  );
  // A test runner that dies must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    serving = false;
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`The help centre server did not start on ${url}: ${String(error)}\n${output}`, {
      cause: error,
    });
  }
  serving = true;
  return { url, stop };
}

/** Polls /healthz until it answers 200; gives up when the child exits or time runs out. */
async function waitForHealth(url: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('the process exited');
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from /healthz within ${startTimeoutMs / 1000} s`);
}
