/**
 * `npm run bench`: page and search throughput of the deployment, for two kinds of visitor
 * (a first visit without cookies; a returning one with the cookies earlier pages set), (a)
 * from the production build alone and (b) from two instances behind the real
 * deploy/nginx.conf, beside an Express "hello world" and nginx serving a page's bytes as a
 * file, all in the same run; for the real content and a generated corpus of 10,000 articles
 * per locale. Prints tables; see bench/README.md.
 *
 *   npm run bench                      # both corpora
 *   BENCH_CORPORA=real npm run bench   # real content only
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { loadContent } from '../src/content/loader.js';
import type { Locale } from '../src/i18n/locales.js';
import { articlePath, categoryPath } from '../src/web/urls.js';
import { startNginx } from '../test/support/nginx.js';
import { generateCorpus } from './generate-corpus.js';
import {
  encodedBody,
  rssMb,
  siteEnv,
  startHelloWorld,
  startSite,
  startStaticNginx,
  stop,
  type Running,
} from './http-servers.js';
import {
  browserEncodings,
  cell,
  connections,
  durationSeconds,
  measure,
  median,
  warmupSeconds,
  type Measure,
  type Visit,
} from './load.js';

const restartRuns = 3;

interface Route {
  name: string;
  requests: { path: string; locale: Locale }[];
  /** A page whose bytes the static nginx also serves. */
  page?: boolean;
}

async function routesFor(contentDir: string): Promise<Route[]> {
  const repo = await loadContent(contentDir, { externalLinkLabel: () => '' });
  const category = repo.categories('en')[0];
  const article = category && repo.articlesIn(category)[0];
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
    { name: 'home', requests: [en('/en/')], page: true },
    { name: 'topic', requests: [en(categoryPath(category))], page: true },
    { name: 'article', requests: [en(articlePath(article, category))], page: true },
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

/** The cookies a returning visitor carries: the language chosen, the survey form's token. */
async function returningCookies(site: Running): Promise<(locale: Locale) => string> {
  const res = await fetch(`${site.url}/en/survey`);
  const csrf = res.headers
    .getSetCookie()
    .find((c) => c.includes('csrf'))
    ?.split(';')[0];
  if (!csrf) throw new Error('the survey form set no CSRF cookie');
  return (locale) => `lang=${locale}; ${csrf}`;
}

/** Fails the run if a page is not served from nginx's cache once warm. */
async function expectCached(url: string, route: Route): Promise<void> {
  if (route.name === 'survey form') return;
  const first = route.requests[0]?.path ?? '';
  const headers = { 'accept-encoding': browserEncodings };
  await (await fetch(url + first, { headers })).arrayBuffer();
  const res = await fetch(url + first, { headers });
  await res.arrayBuffer();
  if (res.headers.get('x-cache-status') !== 'HIT') {
    throw new Error(`${first} through nginx: X-Cache-Status ${res.headers.get('x-cache-status')}`);
  }
}

interface Row {
  route: Route;
  hello: Measure;
  results: Record<string, Measure | undefined>;
}
const columns = [
  'app, first visit',
  'app, returning',
  'nginx, first visit',
  'nginx, returning',
] as const;

async function benchCorpus(label: string, contentDir: string) {
  const routes = await routesFor(contentDir);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'help-centre-bench-'));
  const env = { ...siteEnv(contentDir, dataDir), SITE_URL: 'https://help.example.org' };
  // The first start fills DATA_DIR's start-up caches; an operator's restart starts from them.
  const first = await startSite(env);
  await stop(first.child);
  // Start-up is noisy on a shared machine: the median of three restarts; the last one serves.
  const restarts: number[] = [];
  let site = await startSite(env);
  for (let i = 1; i < restartRuns; i++) {
    restarts.push(site.startupMs);
    await stop(site.child);
    site = await startSite(env);
  }
  restarts.push(site.startupMs);
  restarts.sort((a, b) => a - b);
  const second = await startSite(env);
  const nginx = await startNginx([site.port, second.port], { workerProcesses: 'auto' });
  const hello = await startHelloWorld();
  const cookies = await returningCookies(site);
  const pageBytes: Record<string, Buffer> = {};
  for (const route of routes.filter((r) => r.page)) {
    const url = site.url + (route.requests[0]?.path ?? '');
    pageBytes[`${route.name}.html`] = await encodedBody(url, browserEncodings);
  }
  const files = await startStaticNginx(pageBytes);

  const rows: Row[] = [];
  const statics: Record<string, Measure> = {};
  let rss: number | undefined;
  try {
    for (const route of routes) {
      const firstVisit: Visit[] = route.requests.map(({ path: p }) => ({ path: p }));
      const returning: Visit[] = route.requests.map(({ path: p, locale }) => ({
        path: p,
        cookie: cookies(locale),
      }));
      const helloMeasure = await measure(hello.url, firstVisit);
      const results: Row['results'] = {
        [columns[0]]: await measure(site.url, firstVisit),
        [columns[1]]: await measure(site.url, returning),
      };
      await expectCached(nginx.url, route);
      results[columns[2]] = await measure(nginx.url, firstVisit);
      results[columns[3]] = await measure(nginx.url, returning);
      if (route.page)
        statics[route.name] = await measure(files.url, [{ path: `/${route.name}.html` }]);
      rows.push({ route, hello: helloMeasure, results });
    }
    rss = await rssMb(site.child);
  } finally {
    await files.stop();
    await nginx.stop();
    await Promise.all([site, second, hello].map((server) => stop(server.child)));
    await rm(dataDir, { recursive: true, force: true });
  }

  console.log(`\n## ${label}\n`);
  console.log(
    `start-up (process start → first 200 on /en/): ` +
      `${restarts[Math.floor(restarts.length / 2)]?.toFixed(0)} ms, median of ${restartRuns} ` +
      `restarts (${restarts.map((ms) => ms.toFixed(0)).join(', ')} ms); first start, empty ` +
      `DATA_DIR: ${first.startupMs.toFixed(0)} ms; RSS of the measured instance after the run: ` +
      `${rss?.toFixed(0)} MB\n`,
  );
  // Hello world answers the same bytes on every route: the median of its measurements (one
  // per route, each just before the route's own) is a steadier yardstick than any one of them.
  const helloRps = median(rows.map((row) => row.hello.rps));
  const helloP99 = median(rows.map((row) => row.hello.p99));
  console.log(
    `Hello world: median ${helloRps.toFixed(0)} req/s (${rows.map((r) => r.hello.rps.toFixed(0)).join(', ')}), ` +
      `p99 median ${helloP99} ms. Each cell: req/s · **ratio to that median** · p99 ms.\n`,
  );
  console.log(`| route | ${columns.join(' | ')} | nginx, static file |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} | ---: |`);
  for (const { route, results } of rows) {
    const cells = columns.map((column) => cell(results[column], helloRps));
    console.log(
      `| ${route.name} | ${cells.join(' | ')} | ${cell(statics[route.name], helloRps)} |`,
    );
  }
}

const corpora = (process.env.BENCH_CORPORA ?? 'real,generated').split(',');
console.log(`# HTTP benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; ` +
    `${connections} connections, ${warmupSeconds} s warm-up, best of 2 × ${durationSeconds} s`,
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
