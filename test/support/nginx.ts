/**
 * Debian's nginx in front of test servers, running the real deploy/nginx.conf with only its
 * ports replaced, as the current user, from a temp folder.
 */
import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { freePort } from './server-process.js';

export const nginxBinary = '/usr/sbin/nginx';
const deployConfig = path.join(projectRoot, 'deploy', 'nginx.conf');
const startTimeoutMs = 15_000;

export interface RunningNginx {
  url: string;
  /** The site configuration nginx runs: deploy/nginx.conf with the test's ports. */
  siteConfig: string;
  stop: () => Promise<void>;
}

/** deploy/nginx.conf with its instance ports (3001, 3002) and its listen port (8080) replaced. */
export async function deployConfigWithPorts(instancePorts: [number, number], listen: number) {
  const original = await readFile(deployConfig, 'utf8');
  const replacements: [RegExp, string][] = [
    [/127\.0\.0\.1:3001\b/g, `127.0.0.1:${instancePorts[0]}`],
    [/127\.0\.0\.1:3002\b/g, `127.0.0.1:${instancePorts[1]}`],
    [/\blisten 8080;/g, `listen ${listen};`],
  ];
  let text = original;
  for (const [pattern, port] of replacements) {
    if ((original.match(pattern) ?? []).length !== 1) {
      throw new Error(`deploy/nginx.conf no longer has exactly one ${pattern}: update this test`);
    }
    text = text.replace(pattern, port);
  }
  return text;
}

/** Starts nginx in front of two instances; fails with how to install it when it is missing. */
export async function startNginx(instancePorts: [number, number]): Promise<RunningNginx> {
  try {
    await access(nginxBinary, constants.X_OK);
  } catch {
    throw new Error(`${nginxBinary} is missing: apt-get install -y nginx-light`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'help-centre-nginx-'));
  const port = await freePort();
  const siteConfig = await deployConfigWithPorts(instancePorts, port);
  await writeFile(path.join(dir, 'help-centre.conf'), siteConfig);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  await writeFile(
    path.join(dir, 'nginx.conf'),
    [
      // Started by root, nginx would run its workers as nobody, who cannot use this folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 512; }',
      'http {',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      `  include ${path.join(dir, 'help-centre.conf')};`,
      '  access_log off;',
      '}',
      '',
    ].join('\n'),
  );

  const child = spawn(
    nginxBinary,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      output += String(error);
      resolve();
    });
  }).then(() => (gone = true));
  // SIGTERM, not SIGKILL: the master then stops its workers instead of orphaning them.
  const terminate = () => child.kill('SIGTERM');
  process.once('exit', terminate);

  const stop = async () => {
    process.removeListener('exit', terminate);
    if (!gone) {
      terminate();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (!gone && Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await res.text();
      if (res.status === 200) return { url, siteConfig, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
  await stop();
  throw new Error(`nginx did not proxy /healthz on ${url}:\n${output}\n${log}`);
}
