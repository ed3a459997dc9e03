import { readFile, writeFile } from 'node:fs/promises';
import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFresh, preferredEncoding } from '../../src/web/page-cache.js';
import { buildTestApp, copyOfRealContent } from '../support/app.js';

let site: Awaited<ReturnType<typeof buildTestApp>>;
let cleanup: () => Promise<void>;
const article = '/en/eu-login/forgotten-eu-login-password';

beforeAll(async () => {
  const copy = await copyOfRealContent();
  cleanup = copy.cleanup;
  site = await buildTestApp({ CONTENT_DIR: copy.dir });
});
afterAll(() => cleanup());

/** The raw bytes and headers of a response, whatever its encoding (HTTP clients decode it). */
async function raw(url: string, encoding: string) {
  const server = createServer(site.app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get(
        {
          host: '127.0.0.1',
          port,
          path: url,
          headers: { 'accept-encoding': encoding, cookie: 'lang=en' },
        },
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

describe('page cache', () => {
  it('answers the same page with the same strong ETag, and 304 when the browser has it', async () => {
    const first = await request(site.app).get(article);
    const second = await request(site.app).get(article);
    expect(first.headers.etag).toMatch(/^"[\w-]{20,}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    const revalidated = await request(site.app)
      .get(article)
      .set('If-None-Match', first.headers.etag as string);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
  });

  it('sends brotli, gzip and plain bytes that are the same page', async () => {
    const plain = await raw(article, 'identity');
    const br = await raw(article, 'br');
    const gzip = await raw(article, 'gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(Number(br.headers['content-length'])).toBeLessThan(plain.body.length / 3);
  });

  it('says how shared caches may keep pages and what makes them differ', async () => {
    await request(site.app).get('/fr/eu-login').set('Cookie', 'lang=fr');
    const res = await request(site.app).get('/fr/eu-login').set('Cookie', 'lang=fr');
    expect(res.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers.vary).toMatch(/Cookie/);
    // A response that sets the language cookie is for this visitor only.
    const first = await request(site.app).get('/fr/eu-login');
    expect(first.headers['set-cookie']).toBeDefined();
    expect(first.headers['cache-control']).toBe('private, max-age=300');
  });

  it('serves a cached page with exactly the security headers of a freshly rendered one', async () => {
    const url = '/fr/modeles-europass';
    const rendered = await request(site.app).get(url).set('Cookie', 'lang=fr');
    const cached = await request(site.app).get(url).set('Cookie', 'lang=fr');
    expect(cached.headers.etag).toBe(rendered.headers.etag);
    for (const name of [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
    ]) {
      expect(cached.headers[name], name).toBe(rendered.headers[name]);
    }
    expect(cached.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps a version with and without the survey invitation', async () => {
    const shown = await request(site.app).get('/en/').set('Cookie', 'lang=en');
    const hidden = await request(site.app)
      .get('/en/')
      .set('Cookie', 'lang=en; survey-invitation=hidden');
    expect(shown.text).toContain('survey-banner');
    expect(hidden.text).not.toContain('survey-banner');
    expect(hidden.headers.etag).not.toBe(shown.headers.etag);
  });

  it('forgets rendered pages and search answers when the content reloads', async () => {
    const api = '/api/search?lang=en&q=password';
    const results = '/en/search?q=password';
    const before = await request(site.app).get(article);
    for (const url of [api, api, results, results]) {
      const res = await request(site.app).get(url).set('Cookie', 'lang=en');
      expect(res.text).not.toContain('Lost your password?');
    }
    const file = path.join(
      site.config.contentDir,
      'en',
      'articles',
      'forgotten-eu-login-password.md',
    );
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Lost your password?'),
    );
    await site.services.content.reload();
    const after = await request(site.app).get(article);
    expect(after.text).toContain('<h1>Lost your password?</h1>');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    for (const url of [api, results]) {
      const res = await request(site.app).get(url).set('Cookie', 'lang=en');
      expect(res.text, url).toContain('Lost your password?');
    }
  });

  it('never caches the survey form, and gives each rendering a fresh token', async () => {
    const first = await request(site.app).get('/en/survey');
    const second = await request(site.app).get('/en/survey');
    expect(first.headers['cache-control']).toBe('no-store');
    const token = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    expect(token(first.text)).toBeTruthy();
    expect(token(second.text)).not.toBe(token(first.text));
  });
});

describe('content negotiation of cached answers', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['*', 'br'],
    ['deflate', 'identity'],
    ['br;q=0, gzip;q=0, identity;q=0', 'identity'],
    ['GZIP;Q=1', 'gzip'],
  ])('sends %s the %s bytes', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it('offers gzip over brotli when brotli is not on offer', () => {
    expect(preferredEncoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
    expect(preferredEncoding('br', ['gzip', 'identity'])).toBe('identity');
  });

  it('revalidates as Express does', () => {
    const etag = '"abc"';
    expect(isFresh({ 'if-none-match': '"abc"' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': 'W/"abc"' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': '"x", "abc"' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': '*' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': '"x"' }, etag)).toBe(false);
    expect(isFresh({ 'if-none-match': '"abc"', 'cache-control': 'no-cache' }, etag)).toBe(false);
    expect(isFresh({ 'if-modified-since': new Date().toUTCString() }, etag)).toBe(false);
  });
});
