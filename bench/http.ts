/**
 * `npm run bench`: page and search throughput of the production site, compared with a bare
 * Express "hello world" on the same machine in the same run, for the real content and for a
 * generated corpus of 10,000 articles per locale. Prints tables; see bench/README.md.
 *
 *   npm run bench                      # both corpora
 *   BENCH_CORPORA=real npm run bench   # real content only
 */
import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { loadContent } from '../src/content/loader.js';
import type { Locale } from '../src/i18n/locales.js';
import { articlePath, categoryPath } from '../src/web/urls.js';
import { generateCorpus } from './generate-corpus.js';

const connections = 32;
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const runs = 2;
const restartRuns = 3;

interface Route {
  name: string;
  requests: { path: string; locale: Locale }[];
}
interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts a server process and resolves when `probePath` answers 200, with the time it took. */
async function start(
  args: string[],
  env: Record<string, string>,
  probePath: string,
): Promise<{ child: ChildProcess; url: string; startupMs: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 12_000; i++) {
    try {
      if ((await fetch(url + probePath)).status === 200) {
        return { child, url, startupMs: performance.now() - began };
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

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function rssMb(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function load(url: string, route: Route, seconds: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        // As a browser that has visited before: compressed bodies, language cookie set.
        requests: route.requests.map(({ path: p, locale }) => ({
          method: 'GET',
          path: p,
          headers: { 'accept-encoding': 'br, gzip', cookie: `lang=${locale}` },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
  });
}

/** Warm up, then the best of two runs (machine noise only ever makes a run slower). */
async function measure(url: string, route: Route): Promise<Measure> {
  await load(url, route, warmupSeconds);
  const results: Measure[] = [];
  for (let i = 0; i < runs; i++) results.push(await load(url, route, durationSeconds));
  return results.sort((a, b) => b.rps - a.rps)[0] as Measure;
}

async function routesFor(contentDir: string): Promise<Route[]> {
  const repo = await loadContent(contentDir, { externalLinkLabel: () => '' });
  const category = repo.categories('en')[0];
  const article = repo.articles('en')[0];
  if (!category || !article) throw new Error('no content to benchmark');
  const en = (p: string) => ({ path: p, locale: 'en' as const });
  const fr = (p: string) => ({ path: p, locale: 'fr' as const });
  const queries: [Locale, string][] = [
    ['en', 'password'],
    ['en', 'qr code invalid'],
    ['en', 'two factor'],
    ['en', 'downlod app'],
    ['fr', 'competences numeriques'],
    ['fr', 'mot de passe oublie'],
    ['fr', 'telecharg'],
    ['fr', 'cadre europeen'],
  ];
  return [
    { name: 'home', requests: [en('/en/')] },
    { name: 'category', requests: [en(categoryPath(category))] },
    { name: 'article', requests: [en(articlePath(article, category))] },
    {
      name: 'search page',
      requests: queries.map(([l, q]) => ({
        path: `/${l}/search?q=${encodeURIComponent(q)}`,
        locale: l,
      })),
    },
    {
      name: '/api/search (2 letters)',
      requests: [
        en('/api/search?lang=en&q=pa'),
        en('/api/search?lang=en&q=qr'),
        fr('/api/search?lang=fr&q=co'),
        fr('/api/search?lang=fr&q=te'),
      ],
    },
    { name: 'survey form', requests: [en('/en/survey')] },
  ];
}

async function benchCorpus(label: string, contentDir: string) {
  const routes = await routesFor(contentDir);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'help-centre-bench-'));
  const hello = await start(['--import', 'tsx', 'bench/hello-world.ts'], {}, '/');
  const helloResults: Measure[] = [];
  for (const route of routes) helloResults.push(await measure(hello.url, route));
  await stop(hello.child);

  const siteEnv = {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    CONTENT_DIR: contentDir,
    CONTENT_WATCH: 'false',
    SURVEY_RATE_LIMIT: '0',
    LOG_LEVEL: 'info',
    CSRF_SECRET: 'benchmark-secret-benchmark-secret-0000',
  };
  // The first start fills DATA_DIR's start-up caches (parsed content, search index); an
  // operator's restart, and the instance measured here, starts from them.
  const first = await start(['dist/server.js'], siteEnv, '/en/');
  await stop(first.child);
  // Start-up is noisy on a shared machine: the median of three restarts; the last one serves.
  const restarts: number[] = [];
  let site = await start(['dist/server.js'], siteEnv, '/en/');
  for (let i = 1; i < restartRuns; i++) {
    restarts.push(site.startupMs);
    await stop(site.child);
    site = await start(['dist/server.js'], siteEnv, '/en/');
  }
  restarts.push(site.startupMs);
  restarts.sort((a, b) => a - b);
  const startup = restarts[Math.floor(restarts.length / 2)] as number;
  const siteResults: Measure[] = [];
  for (const route of routes) siteResults.push(await measure(site.url, route));
  const rss = await rssMb(site.child);
  await stop(site.child);
  await rm(dataDir, { recursive: true, force: true });

  console.log(`\n## ${label}\n`);
  console.log(
    `start-up (process start → first 200 on /en/): ${startup.toFixed(0)} ms, median of ` +
      `${restartRuns} restarts (${restarts.map((ms) => ms.toFixed(0)).join(', ')} ms); ` +
      `first start, empty DATA_DIR: ${first.startupMs.toFixed(0)} ms`,
  );
  console.log(`RSS after the run: ${rss.toFixed(0)} MB\n`);
  console.log(
    '| route | hello req/s | hello p99 ms | site req/s | ratio | site p50 ms | site p99 ms | errors/non-2xx |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  routes.forEach((route, i) => {
    const h = helloResults[i] as Measure;
    const s = siteResults[i] as Measure;
    console.log(
      `| ${route.name} | ${h.rps.toFixed(0)} | ${h.p99} | ${s.rps.toFixed(0)} | ${(s.rps / h.rps).toFixed(2)} | ${s.p50} | ${s.p99} | ${s.errors}/${s.non2xx} |`,
    );
  });
}

const corpora = (process.env.BENCH_CORPORA ?? 'real,generated').split(',');
console.log(`# HTTP benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
);
console.log(
  `${connections} connections, ${warmupSeconds} s warm-up, best of ${runs} × ${durationSeconds} s`,
);
execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'ignore' });
if (corpora.includes('real'))
  await benchCorpus('Real content (25 articles per locale)', path.join(projectRoot, 'content'));
if (corpora.includes('generated')) {
  const dir = await mkdtemp(path.join(tmpdir(), 'help-centre-corpus-'));
  generateCorpus(dir, 10_000);
  await benchCorpus('Generated corpus (10,000 articles per locale)', dir);
  await rm(dir, { recursive: true, force: true });
}
