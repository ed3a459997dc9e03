/**
 * The servers `npm run bench` measures: the production build (one or two instances), the
 * Express "hello world", and a second nginx serving a page's bytes as a plain file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { nginxBinary } from '../test/support/nginx.js';
import { freePort } from '../test/support/server-process.js';

export interface Running {
  url: string;
  port: number;
  child: ChildProcess;
  /** Process start → first 200 on the probe. */
  startupMs: number;
}

/** Starts a Node server and resolves when `probePath` answers 200, with the time it took. */
export async function startNode(
  args: string[],
  env: Record<string, string>,
  probePath: string,
  port?: number,
): Promise<Running> {
  const listen = port ?? (await freePort());
  const url = `http://127.0.0.1:${listen}`;
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(listen), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 12_000; i++) {
    try {
      if ((await fetch(url + probePath)).status === 200) {
        return { url, port: listen, child, startupMs: performance.now() - began };
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not answer ${probePath} within 120 s`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export async function rssMb(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The production build, as an operator runs it (rate limit off: a benchmark is one client). */
export function siteEnv(contentDir: string, dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    CONTENT_DIR: contentDir,
    CONTENT_WATCH: 'false',
    SURVEY_RATE_LIMIT: '0',
    FEEDBACK_RATE_LIMIT: '0',
    LOG_LEVEL: 'info',
    CSRF_SECRET: 'benchmark-secret-benchmark-secret-0000',
  };
}

export const startSite = (env: Record<string, string>, port?: number) =>
  startNode(['dist/server.js'], env, '/en/', port);

export const startHelloWorld = () =>
  startNode(['--import', 'tsx', 'bench/hello-world.ts'], {}, '/');

/** A page's bytes as sent with `Accept-Encoding: encoding` (fetch() would decode them). */
export function encodedBody(url: string, encoding: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

export interface StaticNginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * nginx serving files as they are, the ceiling of this machine for a page: each file holds
 * a page's bytes as the cache sends them (brotli), with the same Content-Encoding.
 */
export async function startStaticNginx(files: Record<string, Buffer>): Promise<StaticNginx> {
  const dir = await mkdtemp(path.join(tmpdir(), 'help-centre-static-'));
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  access_log off;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    default_type "text/html; charset=utf-8";
    add_header Content-Encoding br;
    add_header Vary Accept-Encoding;
  }
}
`,
  );
  const child = spawn(
    nginxBinary,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const first = Object.keys(files)[0] ?? '';
  for (let i = 0; i < 500; i++) {
    try {
      if ((await fetch(`${url}/${first}`)).status === 200) break;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    url,
    stop: async () => {
      await stop(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
