import { createServer, get, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { createRequestHandler } from '../../src/web/fast-path.js';
import { cookieValue } from '../../src/web/raw-cookies.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

let site: Awaited<ReturnType<typeof buildTestApp>>;
const article = '/en/eu-login/forgotten-eu-login-password';

beforeAll(async () => {
  site = await buildTestApp();
});
afterAll(() => site.services.surveyStore.close());

/** Headers that differ between any two answers, whoever writes them. */
function comparable(res: Response): Record<string, unknown> {
  const { date, 'x-request-id': id, ...rest } = res.headers as Record<string, unknown>;
  expect(id).toMatch(/^[\w-]{36}$/);
  expect(date).toBeTruthy();
  return rest;
}

/** The raw bytes and headers of an answer (HTTP clients decode the body). */
async function raw(app: RequestListener, url: string, headers: Record<string, string>) {
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('answers written before Express', () => {
  it.each([
    ['a page', article, 'lang=en', 'br, gzip'],
    ['a page without the invitation', '/fr/', 'lang=fr; survey-invitation=hidden', 'gzip'],
    ['a page, plain', '/en/eu-login', 'lang=en', 'identity'],
    ['search results', '/en/search?q=password', 'lang=en', 'br'],
    ['search suggestions', '/api/search?lang=fr&q=te', '', 'gzip, br'],
  ])('carry exactly the headers the app gives %s', async (_kind, url, cookie, encoding) => {
    const ask = (app: RequestListener) =>
      request(app).get(url).set('Cookie', cookie).set('Accept-Encoding', encoding);
    await ask(site.app);
    const fromApp = await ask(site.express);
    const fromFastPath = await ask(site.app);
    expect(fromFastPath.status).toBe(200);
    expect(comparable(fromFastPath)).toEqual(comparable(fromApp));
    expect(fromFastPath.text).toBe(fromApp.text);
  });

  it('answer 304 and HEAD as the app does', async () => {
    const ask = (app: RequestListener, method: 'get' | 'head' = 'get') =>
      request(app)[method](article).set('Cookie', 'lang=en').set('Accept-Encoding', 'gzip');
    const first = await ask(site.app);
    const etag = first.headers.etag as string;
    for (const app of [site.app, site.express]) {
      const revalidated = await ask(app).set('If-None-Match', `"other", W/${etag}`);
      expect(revalidated.status).toBe(304);
      expect(revalidated.text).toBe('');
      expect(revalidated.headers.etag).toBe(etag);
      const reload = await ask(app).set('If-None-Match', etag).set('Cache-Control', 'no-cache');
      expect(reload.status).toBe(200);
      const head = await ask(app, 'head');
      expect(head.headers['content-length']).toBe(first.headers['content-length']);
      expect(head.text ?? '').toBe('');
    }
  });

  it('leave the language cookie, and unusual cookies, to the app', async () => {
    await request(site.app).get('/fr/').set('Cookie', 'lang=fr');
    for (const cookie of ['lang=en', '']) {
      const res = await request(site.app).get('/fr/').set('Cookie', cookie);
      expect(res.headers['set-cookie']?.[0], cookie).toMatch(/^lang=fr;/);
      expect(res.headers['cache-control']).toBe('private, max-age=300');
    }
    for (const cookie of ['lang=fr; lang=en', 'lang="fr"', 'survey-invitation=%68idden; lang=fr']) {
      const res = await request(site.app).get('/fr/').set('Cookie', cookie);
      const fromApp = await request(site.express).get('/fr/').set('Cookie', cookie);
      expect(comparable(res), cookie).toEqual(comparable(fromApp));
    }
    const encoded = await request(site.app)
      .get('/fr/')
      .set('Cookie', 'survey-invitation=%68idden; lang=fr');
    expect(encoded.text).not.toContain('survey-banner');
  });

  it('give the same search page for every way of writing the same query', async () => {
    const first = await request(site.app).get('/en/search?q=password').set('Cookie', 'lang=en');
    for (const url of ['/en/search?q=%20password%20%20', '/en/search?q=password&utm=x']) {
      const res = await request(site.app).get(url).set('Cookie', 'lang=en');
      expect(res.headers.etag, url).toBe(first.headers.etag);
    }
    const api = await request(site.app).get('/api/search?lang=en&q=pa');
    const same = await request(site.app).get('/api/search?q=pa+&lang=en&limit=5');
    expect(same.headers.etag).toBe(api.headers.etag);
    expect(same.body).toEqual(api.body);
  });

  it('close the connection once the server is stopping, leaving the answer to the app', async () => {
    const stopping = await buildTestApp();
    await request(stopping.app).get('/en/').set('Cookie', 'lang=en');
    stopping.services.lifecycle.state = 'stopping';
    const res = await request(stopping.app).get('/en/').set('Cookie', 'lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.connection).toBe('close');
    await stopping.services.surveyStore.close();
  });
});

describe('the blank survey form', () => {
  const token = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const submission = (html: string) => /name="submission" value="([^"]+)"/.exec(html)?.[1];

  it('is filled in per visitor, with the headers and bytes the app gives', async () => {
    const url = '/fr/survey?from=%2Ffr%2Fmodeles-europass';
    const rendered = await request(site.express).get(url).set('Cookie', 'lang=fr');
    const filled = await request(site.app).get(url).set('Cookie', 'lang=fr');
    const again = await request(site.app).get(url).set('Cookie', 'lang=fr');
    const fields = (html: string) => [token(html), submission(html)];
    expect(
      new Set([...fields(rendered.text), ...fields(filled.text), ...fields(again.text)]).size,
    ).toBe(6);
    const blank = (html: string) =>
      html.replace(token(html) as string, 'T').replace(submission(html) as string, 'S');
    expect(blank(filled.text)).toBe(blank(rendered.text));
    expect(parseHtml(filled.text).querySelector('input[name="from"]')?.getAttribute('value')).toBe(
      '/fr/modeles-europass',
    );
    const cookieOf = (res: Response) => res.headers['set-cookie']?.[0] ?? '';
    expect(cookieOf(filled)).toContain(`=${token(filled.text)};`);
    expect(cookieOf(filled).replace(/=[^;]+/, '')).toBe(cookieOf(rendered).replace(/=[^;]+/, ''));
    const withoutCookie = (res: Response) => ({ ...comparable(res), 'set-cookie': undefined });
    expect(withoutCookie(filled)).toEqual(withoutCookie(rendered));
    expect(filled.headers['cache-control']).toBe('no-store');
  });

  it('is gzipped without compressing it again, and takes a post with its token', async () => {
    await request(site.app).get('/en/survey').set('Cookie', 'lang=en');
    const { headers, body } = await raw(site.app, '/en/survey', {
      cookie: 'lang=en',
      'accept-encoding': 'br, gzip',
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(Number(headers['content-length'])).toBe(body.length);
    const html = gunzipSync(body).toString();
    expect(parseHtml(html).querySelector('h1')).not.toBeNull();
    const res = await request(site.app)
      .post('/en/survey')
      .set('Cookie', (headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; '))
      .type('form')
      .send({
        _csrf: token(html),
        submission: submission(html),
        satisfaction: '4',
        found: 'partly',
        topic: 'eu-login',
        ease: '5',
      });
    expect(res.status).toBe(303);
  });
});

describe('the request log', () => {
  it('writes one line per answer, the same from both paths, without query, address or agent', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const services = { ...site.services, logger };
    const app = createRequestHandler(createApp(services, site.config), services, site.config);
    const url = '/en/eu-login?q=my+secret+words';
    for (let i = 0; i < 2; i++) {
      await request(app)
        .get(url)
        .set('Cookie', 'lang=en')
        .set('User-Agent', 'LogPrivacyProbe/1.0')
        .set('X-Request-Id', `probe-${i}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed).toHaveLength(2);
    for (const [i, line] of parsed.entries()) {
      expect(Object.keys(line)).toEqual(['level', 'time', 'reqId', 'req', 'res', 'ms', 'msg']);
      expect(line).toMatchObject({
        level: 30,
        reqId: `probe-${i}`,
        req: { method: 'GET', path: '/en/eu-login' },
        res: { status: 200 },
        msg: '200',
      });
    }
    const all = lines.join('');
    for (const secret of ['secret', 'LogPrivacyProbe', '127.0.0.1'])
      expect(all).not.toContain(secret);
  });
});

describe('reading a cookie without cookie-parser', () => {
  it.each([
    ['lang=en', 'en'],
    ['a=1; lang=fr', 'fr'],
    ['a=1;lang=fr; b=2', 'fr'],
    ['a=1', undefined],
    ['xlang=en', null],
    ['language=fr; lang=en', null],
    ['lang=fr; lang=en', null],
    ['lang="en"', null],
    ['lang=%65n', null],
    ['lang = en', null],
  ])('reads %j as %j (null: left to cookie-parser)', (header, expected) => {
    expect(cookieValue(header, 'lang')).toBe(expected);
  });
});
