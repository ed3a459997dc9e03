import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request, { type Response, type Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCookieHeaders } from '../support/cookies.js';
import { projectRoot } from '../../src/config.js';
import { isLocale, type Locale } from '../../src/i18n/locales.js';
import type { SurveyResponse } from '../../src/survey/questions.js';
import { buildTestApp } from '../support/app.js';
import { hiddenField, parseHtml } from '../support/html.js';
import {
  staff,
  staffAuthorization,
  surveyFormFields,
  validAnswers,
} from '../support/page-types.js';
import { storedVotes, voted } from '../support/feedback-flow.js';
import { rawRequest } from '../support/raw-http.js';
import { timed } from '../support/timing.js';

// Whatever arrives, on any route: no 5xx, no stack trace, a localized page or JSON, no
// template evaluation, nothing stored, and no answer that stalls.

/** The bound: not a speed target, a "nothing stalls" limit for every answer. */
const maxMs = 100;

interface Route {
  method: 'get' | 'post';
  /** Path, with any query the route always needs. */
  path: string;
  /** The parameter visitors' text goes into (query for GET, form field for POST). */
  param: string;
  admin?: boolean;
  /** POST with the survey's CSRF cookie and token, so the input reaches the validation. */
  csrf?: boolean;
  /** Form fields sent before the text (POST), so that it reaches the validation. */
  fields?: string;
  /** Shows the text back: it must come back literally. */
  echoes?: boolean;
}

interface Input {
  name: string;
  /** Text typed into the route's parameter. */
  value?: string;
  /** A raw query (or form body for POST routes); `$p` is the route's parameter. */
  raw?: string;
  /** Appended to the route's path. */
  suffix?: string;
  headers?: Record<string, string>;
  /** A POST body of another kind, sent to every route. */
  body?: { type: string; data: string } | 'multipart';
  method?: 'head' | 'options';
}

const words300 = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
const big = 'a'.repeat(33 * 1024);
const templates = ['{{7*7}}', '${7*7}', '{% raw %}'];

const inputs: Input[] = [
  { name: 'nothing' },
  ...['foo:', ':', '+', '-', '~', '^', '*', '+*', 'title:x'].map((value) => ({
    name: `lunr syntax ${value}`,
    value,
  })),
  { name: 'runaway fuzzy', value: 'abcdefghijklmnopqrstuvwxyz~4' },
  { name: '5,000 characters', value: 'a'.repeat(5000) },
  { name: '300 words', value: words300 },
  ...templates.map((value) => ({ name: `template ${value}`, value })),
  { name: 'NUL byte', value: '\u0000' },
  { name: 'NUL inside', value: 'pin\u0000code' },
  { name: 'repeated parameter', raw: '$p=a&$p=b' },
  { name: 'nested parameter', raw: '$p[x]=1' },
  { name: '__proto__', raw: '__proto__[x]=1' },
  { name: 'constructor.prototype', raw: 'constructor[prototype][x]=1' },
  { name: 'malformed percent in query', raw: '$p=%E0%A4%A&x=%' },
  { name: 'lng traversal', raw: 'lng=../../x' },
  { name: 'lng=__proto__', raw: 'lng=__proto__' },
  { name: 'lang traversal', raw: 'lang=../../x' },
  { name: 'lang=__proto__', raw: 'lang=__proto__' },
  { name: 'huge page and limit', raw: 'page=99999999999999999999&limit=1e9&$p=europass' },
  { name: 'malformed percent path', suffix: '%E0%A4%A' },
  { name: 'lone percent segment', suffix: '/%' },
  { name: 'encoded traversal', suffix: '/..%2f..%2fpackage.json' },
  { name: 'NUL in path', suffix: '/%00' },
  { name: '10 KB Accept-Language', headers: { 'Accept-Language': 'fr;q=0.5,'.repeat(1024) } },
  { name: 'oversized form', body: { type: 'form', data: `$p=${big}` } },
  { name: 'oversized JSON', body: { type: 'json', data: JSON.stringify({ q: big }) } },
  { name: 'JSON', body: { type: 'json', data: '{"q":"{{7*7}}","__proto__":{"x":1}}' } },
  { name: 'text/plain', body: { type: 'text/plain', data: 'q={{7*7}}' } },
  { name: 'multipart', body: 'multipart' },
  {
    name: 'form in UTF-16',
    body: { type: 'application/x-www-form-urlencoded; charset=utf-16', data: 'q=1' },
  },
  { name: 'HEAD', method: 'head' },
  { name: 'OPTIONS', method: 'options' },
];

const get = (path: string, param = 'q', more: Partial<Route> = {}): Route => ({
  method: 'get',
  path,
  param,
  ...more,
});
/** The stylesheet's fingerprinted address, known once the app is built. */
const stylesheet = 'the stylesheet';

const routes: Route[] = [
  get('/'),
  get('/en/'),
  get('/fr/'),
  get('/fr/eu-login'),
  get('/fr/eu-login/mot-de-passe-eu-login-oublie'),
  get('/en/search', 'q', { echoes: true }),
  get('/fr/search', 'q', { echoes: true }),
  get('/api/search?lang=en', 'q', { echoes: true }),
  get('/api/search'),
  get('/en/survey', 'from'),
  { method: 'post', path: '/en/survey', param: 'improve', csrf: true, echoes: true },
  { method: 'post', path: '/en/survey/dismiss', param: 'return' },
  // A No with the text as its comment: short ones are stored (as typed), long ones shown back.
  {
    method: 'post',
    path: '/en/feedback',
    param: 'comment',
    fields: `article=${voted.id}&helpful=no`,
  },
  get('/en/survey/thanks'),
  get('/en/notice/article/x'),
  get('/sitemap.xml'),
  get('/robots.txt'),
  get('/healthz'),
  get('/admin/survey', 'from', { admin: true }),
  get('/admin/survey.csv', 'from', { admin: true }),
  get('/admin/survey?lang=fr', 'to'),
  get('/admin', 'period', { admin: true }),
  get('/admin/feedback', 'sort', { admin: true }),
  get('/admin/feedback?locale=fr', 'article', { admin: true }),
  get('/admin/feedback.csv', 'period', { admin: true }),
  get('/admin/searches?lang=fr', 'period', { admin: true }),
  get('/admin/searches.csv', 'period', { admin: true }),
  get('/admin/content', 'lang', { admin: true }),
  get('/admin/feedback?period=7', 'cpage'),
  get(stylesheet),
  get('/%E0%A4%A'),
  get('/en/%'),
  get('/en/..%2f..%2fetc'),
  get('/assets/..%2f..%2fpackage.json'),
];

let site: Awaited<ReturnType<typeof buildTestApp>>;
let server: Server;
let port: number;
let stylesheetPath = '';
let csrfCookie = '';
let csrfToken = '';
let before: SurveyResponse[] = [];

async function allResponses(): Promise<SurveyResponse[]> {
  const rows: SurveyResponse[] = [];
  for await (const row of site.services.surveyStore.responses({})) rows.push(row);
  return rows;
}

beforeAll(async () => {
  // Every hostile POST must reach the form handling, not the per-address limit.
  site = await buildTestApp({ ...staff, SURVEY_RATE_LIMIT: '100000', FEEDBACK_RATE_LIMIT: '0' });
  server = createServer(site.app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;

  const home = await request(server).get('/en/');
  stylesheetPath =
    parseHtml(home.text).querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
  expect(stylesheetPath).toMatch(/^\/assets\/css\//);
  expect(await request(server).get('/fr/eu-login/mot-de-passe-eu-login-oublie')).toHaveProperty(
    'status',
    200,
  );

  // One answer stored the ordinary way, whose comment looks like a template.
  const agent = request.agent(server);
  const form = await surveyFormFields(agent, 'fr');
  const improve = 'Avant {{7*7}} ${7*7} {% raw %}';
  const res = await agent
    .post('/fr/survey')
    .type('form')
    .send({ ...form, ...validAnswers, improve });
  expect(res.status).toBe(303);
  before = await allResponses();
  expect(before).toHaveLength(1);

  const survey = await request(server).get('/en/survey');
  const cookies = setCookieHeaders(survey);
  csrfCookie = cookies.find((c) => c.includes('csrf'))?.split(';')[0] ?? '';
  csrfToken = hiddenField(survey.text, '_csrf');
  expect(csrfCookie && csrfToken).toBeTruthy();

  // Warm-up: each route once, and each kind of error page once (templates compile lazily),
  // so that the time limit measures answers, not first compilations.
  for (const route of routes) await build(route, { name: 'warm-up' });
  const surveyPost = routes.find((r) => r.csrf) as Route;
  for (const input of inputs.filter((i) => i.body || i.suffix)) await build(surveyPost, input);
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await site.services.surveyStore.close();
});

/** The request a route gets for an input, ready to send. */
function build(route: Route, input: Input): Test {
  const [pathname = '', baseQuery] = (
    route.path === stylesheet ? stylesheetPath : route.path
  ).split('?');
  const path = pathname + (input.suffix ?? '');
  const typed =
    input.value !== undefined
      ? `${route.param}=${encodeURIComponent(input.value)}`
      : (input.raw?.replaceAll('$p', route.param) ?? '');
  const method = input.method ?? (input.body ? 'post' : route.method);
  const inBody = method === 'post' && !input.body;
  const query = [baseQuery, inBody ? '' : typed].filter(Boolean).join('&');
  let test = request(server)[method](query ? `${path}?${query}` : path);
  if (route.admin) test = test.set('Authorization', staffAuthorization);
  if (route.csrf) test = test.set('Cookie', csrfCookie);
  for (const [name, value] of Object.entries(input.headers ?? {})) test = test.set(name, value);
  if (input.body === 'multipart') return test.field(route.param, '{{7*7}}').field('q', 'x');
  if (input.body)
    return test.type(input.body.type).send(input.body.data.replaceAll('$p', route.param));
  if (inBody) {
    const csrf = route.csrf ? `_csrf=${encodeURIComponent(csrfToken)}&` : '';
    const fields = route.fields ? `${route.fields}&` : '';
    return test.type('form').send(csrf + fields + typed);
  }
  return test;
}

interface Timing {
  ms: number;
  cpuMs: number;
}

const tookTooLong = ({ ms, cpuMs }: Timing) =>
  `took ${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms of CPU) in the fastest of 5 attempts`;

/** What a page in each locale may be called when it reports an error. */
function errorTitles(locale: Locale): string[] {
  const t = site.services.i18n.t(locale);
  const kinds = ['notFound', 'badRequest', 'unauthorized', 'forbidden', 'tooLarge', 'unsupported'];
  // Many wrong passwords in a row: the staff pages refuse sign-in for a while (429).
  kinds.push('tooManySignIns');
  // A vote no form of ours could send (400).
  kinds.push('voteInvalid');
  const titles = [...kinds, 'tooMany', 'server'].map((kind) => t(`errors.${kind}.title`));
  // The survey shown again with its errors (400), and the voted article with a too-long comment.
  titles.push(`${t('survey.errorPrefix')} ${t('survey.title')}`);
  const article = site.services.content.repo.articleById(locale, voted.id);
  titles.push(`${t('survey.errorPrefix')} ${article?.title}`);
  return titles.map((title) => `${title} – ${t('site.name')}`);
}

/** Everything wrong with one answer, as sentences (none: it is fine). */
function problemsOf(route: Route, input: Input, res: Response, time: Timing): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  if (time.ms > maxMs) problems.push(tookTooLong(time));
  const body = res.text ?? '';
  if (body.includes(projectRoot) || /node_modules|\bat \S+ \(.*:\d+:\d+\)/.test(body)) {
    problems.push('shows a stack trace or a file path');
  }
  const path = (route.path.split('?')[0] ?? '') + (input.suffix ?? '');
  if (path.startsWith('/api/') && res.status >= 400) {
    if (res.type !== 'application/json') problems.push(`error as ${res.type}, not JSON`);
    else if (
      res.request.method !== 'HEAD' &&
      typeof (res.body as { error?: unknown } | undefined)?.error !== 'string'
    ) {
      problems.push('JSON error without an error message');
    }
  }
  let visible = '';
  if (res.type === 'text/html' && res.request.method !== 'HEAD') {
    const doc = parseHtml(body);
    const lang = doc.querySelector('html')?.getAttribute('lang') ?? '';
    const title = doc.querySelector('title')?.text ?? '';
    const segment = path.split('/')[1] ?? '';
    if (!isLocale(lang)) problems.push(`no page language (lang="${lang}")`);
    else if (isLocale(segment) && lang !== segment) problems.push(`page in ${lang} for ${segment}`);
    else if (res.status >= 400 && !errorTitles(lang).includes(title)) {
      problems.push(`error page titled "${title}"`);
    } else if (!title.endsWith(` – ${site.services.i18n.t(lang)('site.name')}`)) {
      problems.push(`page titled "${title}"`);
    }
    const fields = doc.querySelectorAll('input[value], textarea');
    visible = [doc.text, ...fields.map((f) => f.getAttribute('value') ?? f.text)].join('\n');
  } else if (res.type === 'application/json') {
    visible = JSON.stringify(res.body);
  }
  if (input.value && templates.includes(input.value)) {
    if (/\b49\b/.test(visible)) problems.push('evaluated the template to 49');
    if (route.echoes && res.status < 500 && res.request.method !== 'HEAD') {
      if (!visible.includes(input.value)) problems.push('did not show the text back literally');
    }
  }
  return problems;
}

const rawBytes = (path: string, acceptLanguage: string) =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ${acceptLanguage}\r\nConnection: close\r\n\r\n`;

const routeName = (route: Route) => `${route.method.toUpperCase()} ${route.path}`;

describe.each(routes.map((route) => ({ route, name: routeName(route) })))('$name', ({ route }) => {
  it.each(inputs)('with $name: no failure, leak, stall or template evaluation', async (input) => {
    const { result: res, ...time } = await timed(maxMs, async () => await build(route, input));
    expect(problemsOf(route, input, res, time)).toEqual([]);
  });

  // A line break inside a header value: HTTP clients refuse to send it, so raw bytes. Node's
  // HTTP parser answers these 400 itself, before the app sees them.
  it.each(['en\nfr', 'en\r\n fr', 'en\rfr'])(
    'with a line break in Accept-Language (%j): a 4xx at most, quickly',
    async (value) => {
      const path = route.path === stylesheet ? stylesheetPath : route.path;
      const { result: status, ...time } = await timed(maxMs, () =>
        rawRequest(port, rawBytes(path, value)),
      );
      expect(status).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
      expect(time.ms, tookTooLong(time)).toBeLessThanOrEqual(maxMs);
    },
  );
});

describe('after every hostile request', () => {
  it('has stored nothing but the answer given through the form before them', async () => {
    expect((await site.services.surveyStore.summary({})).total).toBe(1);
    expect(await allResponses()).toEqual(before);
    // The run's many wrong passwords have locked this client out of the staff pages on this
    // instance (as they should): read the CSV through a fresh instance on the same data.
    const fresh = await buildTestApp({ ...staff, DATA_DIR: site.config.dataDir });
    const csv = await request(fresh.app)
      .get('/admin/survey.csv')
      .set('Authorization', staffAuthorization);
    const records = csv.text.trim().split(/\r?\n/);
    expect(records).toHaveLength(2);
    expect(records[1]).toContain(before[0]?.submissionId);
    expect(records[1]).toContain('Avant {{7*7}} ${7*7} {% raw %}');
  });

  it('has stored votes only with a comment as it was typed, never evaluated or cut', async () => {
    // What the inputs become once read: NUL bytes dropped, spaces around trimmed; a raw
    // query's text as it was (the form parser leaves what it cannot decode as it came).
    const typed = new Set(
      inputs.map(
        (input) =>
          input.value?.replace(/\0/g, '').trim() ?? /\$p=([^&]*)/.exec(input.raw ?? '')?.[1],
      ),
    );
    const votes = await storedVotes(site.services);
    expect(votes.length).toBeGreaterThan(10);
    for (const vote of votes) {
      expect(vote).toMatchObject({
        locale: 'en',
        articleId: voted.id,
        helpful: false,
        reason: null,
      });
      if (vote.comment !== null) expect(typed, vote.comment).toContain(vote.comment);
    }
    expect(votes.map((vote) => vote.comment)).toContain('{{7*7}}');
  });

  it('cannot send a header with a line break through an HTTP client (hence the raw requests)', async () => {
    await expect(request(server).get('/en/').set('Accept-Language', 'en\nfr')).rejects.toThrow(
      /Invalid character in header content/,
    );
  });
});
