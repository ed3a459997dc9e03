/**
 * The real server as a child process that a test controls: started on given data, sent any
 * signal, started again on the same data. (test/support/server.ts builds the browser tests'
 * one-server helper on it.)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../src/config.js';

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

export interface ServerProcess {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
  /** What the process printed (the last 2 MB): its log lines when LOG_LEVEL is set. */
  output: () => string;
  /** SIGTERM, then SIGKILL if it has not ended after 10 s. */
  stop: () => Promise<void>;
}

const startTimeoutMs = 30_000;

/**
 * Starts `node --import tsx src/server.ts` on a free port and resolves once /readyz says
 * ready. `env` must say where the data lives (DATA_DIR or DATABASE_URL).
 */
export async function launchServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
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
      DATABASE_URL: undefined,
      ADMIN_USERNAME: undefined,
      ADMIN_PASSWORD: undefined,
      SHUTDOWN_TIMEOUT: undefined,
      LOG_LEVEL: undefined,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      CONTENT_WATCH: 'false',
      SURVEY_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2_000_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A process that could not be spawned at all never exits.
    child.once('error', (error) => {
      output += `\n${String(error)}`;
      resolve({ code: null, signal: null });
    });
  });
  // A test runner that dies must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const server: ServerProcess = {
    url,
    port,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    output: () => output,
    stop: async () => {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(url, exited);
  } catch (error) {
    server.kill('SIGKILL');
    await exited;
    throw new Error(
      `The help centre server did not start on ${url}: ${String(error)}\n${output.slice(-4000)}`,
      {
        cause: error,
      },
    );
  }
  return server;
}

/** Polls /readyz until it answers 200; gives up when the child exits or time runs out. */
async function waitUntilReady(url: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('the process exited');
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await response.text();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no 200 from /readyz within ${startTimeoutMs / 1000} s`);
}
