/**
 * Debian's nginx in front of test servers, running the real deploy/nginx.conf with only its
 * ports and paths replaced, as the current user, from a temp folder that stop() removes.
 */
import { execFile, spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config.js';
import { freePort } from './server-process.js';

export const nginxBinary = '/usr/sbin/nginx';
const deployConfig = path.join(projectRoot, 'deploy', 'nginx.conf');
const startTimeoutMs = 15_000;

export interface RunningNginx {
  /** Plain HTTP to the TLS server's locations (a listen the tests add; production has none). */
  url: string;
  /** The TLS server itself, HTTP/2 or HTTP/1.1, with a certificate signed by `ca`. */
  httpsUrl: string;
  /** PEM of the self-signed certificate, to trust in clients. */
  ca: string;
  /** The port-80 server, which only redirects to HTTPS. */
  redirectUrl: string;
  /** Where nginx keeps cached pages and assets. */
  cacheDir: string;
  /** Where nginx keeps cached search results and suggestions. */
  searchCacheDir: string;
  /** The site configuration nginx runs: deploy/nginx.conf with the test's ports and paths. */
  siteConfig: string;
  stop: () => Promise<void>;
}

/** The ports nginx listens on: the TLS server, its added plain-HTTP listen, the redirect. */
export interface NginxPorts {
  https: number;
  plain: number;
  redirect: number;
}

export interface NginxOptions {
  /** 1 for tests; the benchmark wants 'auto' (one per core), as in production. */
  workerProcesses?: number | 'auto';
  /** Chosen in advance, e.g. to give the instances SITE_URL; free ports otherwise. */
  ports?: NginxPorts;
  /** Where nginx writes its search log, e.g. to give an instance SEARCH_LOG; in its folder otherwise. */
  searchLog?: string;
}

/** Three ports that nothing listens on right now. */
export async function freeNginxPorts(): Promise<NginxPorts> {
  return { https: await freePort(), plain: await freePort(), redirect: await freePort() };
}

interface TestPorts extends NginxPorts {
  instances: [number, number];
}

/** deploy/nginx.conf with each production port and path swapped for the test's own. */
export async function testSiteConfig(
  ports: TestPorts,
  dir: string,
  searchLog = path.join(dir, 'searches.log'),
): Promise<string> {
  const replacements: [RegExp, string][] = [
    [/127\.0\.0\.1:3001\b/g, `127.0.0.1:${ports.instances[0]}`],
    [/127\.0\.0\.1:3002\b/g, `127.0.0.1:${ports.instances[1]}`],
    [/\/var\/cache\/nginx\/help-centre-search\b/g, path.join(dir, 'cache-search')],
    [/\/var\/cache\/nginx\/help-centre(?= )/g, path.join(dir, 'cache')],
    [/\/var\/log\/nginx\/help-centre-searches\.log\b/g, searchLog],
    [/\/var\/log\/nginx\/access\.log\b/g, path.join(dir, 'access.log')],
    [/\/etc\/ssl\/help-centre\/fullchain\.pem\b/g, path.join(dir, 'cert.pem')],
    [/\/etc\/ssl\/help-centre\/privkey\.pem\b/g, path.join(dir, 'key.pem')],
    // The same server block also listens in plain HTTP, so that fetch() and the benchmark
    // reach exactly the locations that HTTPS visitors do.
    [
      /\blisten 443 ssl http2;/g,
      `listen 127.0.0.1:${ports.https} ssl http2;\n    listen 127.0.0.1:${ports.plain};`,
    ],
    [/\blisten 80;/g, `listen 127.0.0.1:${ports.redirect};`],
  ];
  let text = await readFile(deployConfig, 'utf8');
  for (const [pattern, replacement] of replacements) {
    const count = (text.match(pattern) ?? []).length;
    if (count !== 1) {
      throw new Error(
        `deploy/nginx.conf has ${count} × ${pattern}, not exactly one: update test/support/nginx.ts`,
      );
    }
    text = text.replace(pattern, replacement);
  }
  return text;
}

/** A throw-away self-signed certificate for 127.0.0.1 and localhost. */
async function makeCertificate(dir: string): Promise<string> {
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-out',
    path.join(dir, 'cert.pem'),
  ]);
  return readFile(path.join(dir, 'cert.pem'), 'utf8');
}

/** The top-level nginx.conf: everything in the temp folder, the site included in http { }. */
function mainConfig(dir: string, workerProcesses: number | 'auto'): string {
  const temp = (name: string) => `  ${name}_temp_path ${path.join(dir, name)};`;
  return [
    // Started by root, nginx would run its workers as nobody, who cannot use this folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    `worker_processes ${workerProcesses};`,
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    `  include ${path.join(dir, 'help-centre.conf')};`,
    '  access_log off;',
    '}',
    '',
  ].join('\n');
}

/** Starts nginx in front of two instances; fails with how to install it when it is missing. */
export async function startNginx(
  instancePorts: [number, number],
  { workerProcesses = 1, ports, searchLog }: NginxOptions = {},
): Promise<RunningNginx> {
  try {
    await access(nginxBinary, constants.X_OK);
  } catch {
    throw new Error(`${nginxBinary} is missing: apt-get install -y nginx-light openssl`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'help-centre-nginx-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const { https, plain, redirect } = ports ?? (await freeNginxPorts());
  let ca: string;
  let siteConfig: string;
  try {
    ca = await makeCertificate(dir);
    siteConfig = await testSiteConfig(
      { instances: instancePorts, https, plain, redirect },
      dir,
      searchLog,
    );
    await writeFile(path.join(dir, 'help-centre.conf'), siteConfig);
    await writeFile(path.join(dir, 'nginx.conf'), mainConfig(dir, workerProcesses));
  } catch (error) {
    await removeDir();
    throw error;
  }

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
  // SIGTERM, not SIGKILL: the master then stops its workers (and cache processes) with it.
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
    await removeDir();
  };

  const running: RunningNginx = {
    url: `http://127.0.0.1:${plain}`,
    httpsUrl: `https://127.0.0.1:${https}`,
    ca,
    redirectUrl: `http://127.0.0.1:${redirect}`,
    cacheDir: path.join(dir, 'cache'),
    searchCacheDir: path.join(dir, 'cache-search'),
    siteConfig,
    stop,
  };
  const deadline = Date.now() + startTimeoutMs;
  while (!gone && Date.now() < deadline) {
    try {
      const res = await fetch(`${running.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await res.text();
      if (res.status === 200) return running;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
  await stop();
  throw new Error(`nginx did not proxy /healthz on ${running.url}:\n${output}\n${log}`);
}
