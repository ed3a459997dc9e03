import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setCookieHeaders } from '../support/cookies.js';
import { locales } from '../../src/i18n/locales.js';
import { buildTestApp } from '../support/app.js';
import { bigTopic, realContentWithBigTopic } from './big-topic.js';
import { hiddenField } from '../support/html.js';

type Site = Awaited<ReturnType<typeof buildTestApp>>;

let site: Site;
let content: ReturnType<typeof realContentWithBigTopic>;

beforeAll(async () => {
  // The real content, a topic long enough to have ?page=2, and one question left
  // untranslated in each language, so that both languages have a notice page.
  content = realContentWithBigTopic();
  await rm(path.join(content.dir, 'fr/articles/supplement-au-diplome.md'));
  await rm(path.join(content.dir, 'en/articles/europass-certificate-supplement.md'));
  site = await buildTestApp({ CONTENT_DIR: content.dir });
});

afterAll(async () => {
  await site.services.surveyStore.close();
  await rm(site.config.dataDir, { recursive: true, force: true });
  content.cleanup();
});

const article = '/en/eu-login/forgotten-eu-login-password';

/** One address of each kind of public answer, per language. */
const publicAnswers = locales.flatMap((locale) => [
  `/${locale}/`,
  locale === 'en' ? '/en/eu-login' : '/fr/modeles-europass',
  `${bigTopic[locale].path}?page=2`,
  locale === 'en'
    ? '/en/eu-login/forgotten-eu-login-password'
    : '/fr/modeles-europass/decrire-competences-numeriques',
  // Where a "Was this helpful?" vote leads: the article thanking every voter alike.
  locale === 'en'
    ? '/en/eu-login/forgotten-eu-login-password?feedback=thanks'
    : '/fr/modeles-europass/decrire-competences-numeriques?feedback=thanks',
  locale === 'en'
    ? '/en/notice/article/certificate-supplement'
    : '/fr/notice/article/diploma-supplement',
  `/${locale}/search?q=europass`,
  `/${locale}/search?q=europass&page=2`,
  `/api/search?lang=${locale}&q=pass`,
]);

/** Cookies a returning visitor carries: a chosen language, the survey form's token. */
const returning = 'lang=fr; help-centre.csrf=abc123';

function expectShareable(url: string, res: Response): void {
  expect(res.status, url).toBe(200);
  const cacheControl = String(res.headers['cache-control']);
  expect(cacheControl, url).toMatch(/^public, /);
  expect(cacheControl, url).toMatch(/\bs-maxage=\d+/);
  expect(cacheControl, url).toMatch(/\bstale-while-revalidate=\d+/);
  expect(res.headers.etag, url).toMatch(/^"[^"]+"$/);
  expect(res.headers['set-cookie'], url).toBeUndefined();
  expect(res.headers.vary, url).toMatch(/Accept-Encoding/);
  expect(res.headers.vary ?? '', url).not.toMatch(/Cookie/i);
}

describe('public pages, the same for every visitor', () => {
  it.each(publicAnswers)('%s: any cache may keep it, on the first visit and later', async (url) => {
    const first = await request(site.app).get(url);
    expectShareable(url, first);
    const again = await request(site.app).get(url).set('Cookie', returning);
    expectShareable(url, again);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.text).toBe(first.text);
  });

  it.each(publicAnswers)('%s: answers 304 to a browser that has it', async (url) => {
    const { headers } = await request(site.app).get(url);
    const revalidated = await request(site.app)
      .get(url)
      .set('If-None-Match', headers.etag as string);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers['cache-control']).toBe(headers['cache-control']);
    const changed = await request(site.app).get(url).set('If-None-Match', '"something else"');
    expect(changed.status).toBe(200);
  });

  it('sets no cookie on any page read, whatever the visitor carries', async () => {
    for (const url of [...publicAnswers, '/en/survey/thanks', '/en/no-such-page']) {
      for (const cookie of [undefined, returning, 'survey_invitation=hidden']) {
        const req = request(site.app).get(url);
        const res = await (cookie ? req.set('Cookie', cookie) : req);
        expect(res.headers['set-cookie'], `${url} with ${cookie}`).toBeUndefined();
      }
    }
  });

  it('keeps the survey form, the thank-you page and the staff pages out of every cache', async () => {
    for (const url of ['/en/survey', '/fr/survey', '/en/survey/thanks', '/en/no-such-page']) {
      expect((await request(site.app).get(url)).headers['cache-control'], url).toBe('no-store');
    }
    const first = await request(site.app).get('/en/survey');
    const second = await request(site.app).get('/en/survey');
    expect(first.headers['set-cookie']).toBeDefined();
    expect(hiddenField(first.text, '_csrf')).not.toBe('');
    expect(hiddenField(second.text, '_csrf')).not.toBe(hiddenField(first.text, '_csrf'));
  });
});

describe('"Was this helpful?"', () => {
  it('keeps a vote and its answers out of every cache, and sets no cookie', async () => {
    const post = (fields: Record<string, string>) =>
      request(site.app).post('/en/feedback').type('form').send(fields);
    const id = 'eu-login-forgotten-password';
    const stored = await post({ article: id, helpful: 'yes' });
    const tooLong = await post({ article: id, helpful: 'no', comment: 'x'.repeat(501) });
    const refused = await post({ article: id, helpful: 'maybe' });
    expect([stored.status, tooLong.status, refused.status]).toEqual([303, 400, 400]);
    for (const res of [stored, tooLong, refused]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // The page with the error is not what the article's address shows afterwards.
    const page = await request(site.app).get(article);
    expect(page.text).not.toContain('error-summary');
  });
});

describe('the survey invitation, dismissed', () => {
  const hidden = 'survey_invitation=hidden';

  it('makes a private page without the invitation, and never leaks into the public one', async () => {
    for (const url of ['/fr/', '/en/eu-login', article, '/en/search?q=password']) {
      // Both orders: the page cache must keep the two versions apart.
      const hiddenFirst = await request(site.app).get(url).set('Cookie', `lang=en; ${hidden}`);
      const shown = await request(site.app).get(url);
      const hiddenAgain = await request(site.app).get(url).set('Cookie', hidden);
      expect(shown.text, url).toContain('survey-banner');
      expectShareable(url, shown);
      for (const res of [hiddenFirst, hiddenAgain]) {
        expect(res.status, url).toBe(200);
        expect(res.text, url).not.toContain('survey-banner');
        expect(res.headers['cache-control'], url).toBe('private, max-age=0');
        expect(res.headers.etag, url).not.toBe(shown.headers.etag);
      }
      expect(hiddenAgain.headers.etag).toBe(hiddenFirst.headers.etag);
    }
  });

  it('is remembered when the visitor dismisses it, and the page comes back without it', async () => {
    const res = await request(site.app)
      .post('/en/survey/dismiss')
      .type('form')
      .send({ return: '/en/eu-login' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/en/eu-login');
    const cookie = setCookieHeaders(res).join(';');
    expect(cookie).toMatch(/survey_invitation=hidden/);
    const after = await request(site.app).get('/en/eu-login').set('Cookie', hidden);
    expect(after.text).not.toContain('survey-banner');
  });
});

/** The raw bytes and headers of a response, whatever its encoding (HTTP clients decode it). */
async function raw(url: string, encoding: string) {
  const server = createServer(site.app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get(
        { host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': encoding } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      ).on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('compressed once, negotiated per request', () => {
  it('sends brotli, gzip and plain bytes that are the same page, each with its own ETag', async () => {
    const plain = await raw(article, 'identity');
    const br = await raw(article, 'gzip, deflate, br, zstd');
    const gzip = await raw(article, 'gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(Number(br.headers['content-length'])).toBeLessThan(plain.body.length / 3);
    expect(new Set([plain, br, gzip].map((r) => r.headers.etag)).size).toBe(3);
  });

  it.each([
    ['br;q=0.5, gzip', 'gzip'],
    ['deflate', undefined],
    ['*', 'br'],
  ])('answers Accept-Encoding %s with %s', async (header, expected) => {
    expect((await raw('/fr/', header)).headers['content-encoding']).toBe(expected);
  });

  it('serves a kept page with exactly the headers of a freshly rendered one', async () => {
    const url = '/fr/modeles-europass';
    const rendered = await request(site.app).get(url);
    const kept = await request(site.app).get(url);
    expect(kept.headers.etag).toBe(rendered.headers.etag);
    // Everything but what differs per request: the date and the request id.
    const comparable = (res: Response) =>
      Object.entries(res.headers).filter(([name]) => name !== 'date' && name !== 'x-request-id');
    expect(comparable(kept)).toEqual(comparable(rendered));
    expect(kept.headers['content-security-policy']).toBeTruthy();
    expect(kept.headers['x-request-id']).not.toBe(rendered.headers['x-request-id']);
  });

  it('forgets kept pages and search answers when the content reloads', async () => {
    const api = '/api/search?lang=en&q=password';
    const results = '/en/search?q=password';
    const before = await request(site.app).get(article);
    for (const url of [api, api, results, results]) {
      expect((await request(site.app).get(url)).text).not.toContain('Lost your password?');
    }
    const file = path.join(content.dir, 'en', 'articles', 'forgotten-eu-login-password.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Lost your password?'),
    );
    await site.services.content.reload();
    const after = await request(site.app).get(article);
    expect(after.text).toContain('<h1>Lost your password?</h1>');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    for (const url of [api, results]) {
      expect((await request(site.app).get(url)).text, url).toContain('Lost your password?');
    }
  });
});

describe('a flood of made-up addresses', () => {
  it('redirects query strings a page does not read, so nothing new is rendered or kept', async () => {
    const cache = site.services.pageCache;
    await request(site.app).get('/en/');
    const render = vi.spyOn(site.services.views, 'render');
    const before = cache.bytes;
    for (let n = 0; n < 2000; n++) {
      const res = await request(site.app).get(`/en/?x=${n}&utm_source=${'a'.repeat(n % 500)}`);
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe('/en/');
    }
    expect(render).not.toHaveBeenCalled();
    expect(cache.bytes).toBe(before);
    const home = await request(site.app).get('/en/');
    expect(home.status).toBe(200);
    expect(render).not.toHaveBeenCalled();
    render.mockRestore();
  }, 60_000);

  it('counts the addresses in the byte limit, and keeps pages apart from searches', async () => {
    const cache = site.services.pageCache;
    await request(site.app).get('/fr/');
    const long = (n: number) => `/en/search?q=${n}${'x'.repeat(4000)}`;
    const before = cache.bytes;
    await request(site.app).get(long(0));
    const stored = cache.get(cache.key(long(0), false));
    const bodies = stored ? [stored.identity, stored.gzip, stored.br] : [];
    const bodyBytes = bodies.reduce((sum, r) => sum + r.body.length, 0);
    expect(cache.bytes - before).toBe(bodyBytes + cache.key(long(0), false).length * 2);
    // Thousands of distinct searches stay within the searches' share; pages stay kept.
    for (let n = 1; n <= 300; n++) await request(site.app).get(long(n));
    expect(cache.bytes).toBeLessThanOrEqual(96 * 1024 * 1024);
    expect(cache.get(cache.key('/fr/', false))).toBeDefined();
  }, 60_000);
});
