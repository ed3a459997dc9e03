import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import type { Services } from '../../src/services.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

/**
 * Whatever a visitor (or a robot) types, search answers normally: no exception, no 500,
 * no lunr query-syntax error, and nothing typed comes back as markup.
 */
const hostile: { name: string; q: string }[] = [
  { name: 'field prefix "foo:"', q: 'foo:' },
  { name: 'lone colon', q: ':' },
  { name: 'lone plus', q: '+' },
  { name: 'lone minus', q: '-' },
  { name: 'lone tilde', q: '~' },
  { name: 'lone caret', q: '^' },
  { name: 'lone star', q: '*' },
  { name: 'plus star', q: '+*' },
  { name: 'field query "title:x"', q: 'title:x' },
  { name: 'long word with edit distance', q: 'abcdefghijklmnopqrstuvwxyz~4' },
  { name: '5,000 characters', q: 'a'.repeat(5000) },
  { name: '300 words', q: Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ') },
  { name: 'percent', q: '%' },
  { name: 'double quote', q: '"' },
  { name: 'single quote', q: "'" },
  { name: 'script tag', q: '<script>alert(1)</script>' },
  { name: 'template injection {{7*7}}', q: '{{7*7}}' },
  { name: 'template literal ${7*7}', q: '${7*7}' },
  { name: 'NUL byte', q: '\u0000' },
  { name: 'emoji', q: '🔑 mot de passe 👍🏽' },
];

const cases = locales.flatMap((locale) => hostile.map((h) => ({ ...h, locale })));
const injected = '<script>alert(1)</script>';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
let services: Services;

beforeAll(async () => {
  ({ app, services } = await buildTestApp());
});

describe('search service with hostile input', () => {
  it.each(cases)('$locale: $name', ({ locale, q }) => {
    const page = services.search.search(locale, q);
    expect(typeof page.query).toBe('string');
    expect(page.query.length).toBeLessThanOrEqual(200);
    expect(page.total).toBeGreaterThanOrEqual(0);
    expect(page.page).toBe(1);
    expect(page.pageCount).toBeGreaterThanOrEqual(1);
    expect(page.results.length).toBeLessThanOrEqual(10);
    for (const result of page.results) {
      // Snippets are HTML: only our own <mark> may appear in them.
      expect(result.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    const suggestion = services.search.didYouMean(locale, q);
    if (suggestion !== undefined) {
      expect(typeof suggestion).toBe('string');
      expect(suggestion).not.toMatch(/[<>]/);
    }
  });

  it('caps what it echoes and searches: 300 words give a query of at most 200 characters', () => {
    for (const locale of locales) {
      const page = services.search.search(locale, 'word '.repeat(300));
      expect(page.query.length).toBeLessThanOrEqual(200);
      expect(page.query).toMatch(/^word word /);
    }
  });

  it('finds nothing, rather than everything, for query syntax alone', () => {
    for (const locale of locales) {
      for (const q of ['*', '+*', ':', '~', '^', '-', '+']) {
        expect(services.search.search(locale, q).total, `${locale} "${q}"`).toBe(0);
      }
    }
  });
});

describe('GET /{lang}/search with hostile input', () => {
  it.each(cases)('$locale: $name', async ({ locale, q }) => {
    const res = await request(app).get(`/${locale}/search`).query({ q });
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).not.toContain(injected);
    expect(res.text).not.toContain('<script>alert');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    for (const script of doc.querySelectorAll('script')) {
      if (script.getAttribute('type') === 'application/ld+json') continue;
      // The only executable scripts are our own files.
      expect(script.getAttribute('src')).toMatch(/^\/assets\/js\//);
      expect(script.text.trim()).toBe('');
    }
  });

  it('answers a malformed percent-encoding ("?q=%") with 200', async () => {
    for (const locale of locales) {
      const res = await request(app).get(`/${locale}/search?q=%`);
      expect(res.status, locale).toBe(200);
    }
  });

  it('shows the results the search service finds (control: the page really searches)', async () => {
    for (const [locale, q] of [
      ['en', 'forgotten password'],
      ['fr', 'mot de passe oublié'],
    ] as const) {
      const expected = services.search.search(locale, q).results[0];
      expect(expected, `${locale} "${q}"`).toBeDefined();
      const res = await request(app).get(`/${locale}/search`).query({ q });
      expect(res.status).toBe(200);
      const hrefs = parseHtml(res.text)
        .querySelectorAll('main a[href]')
        .map((a) => a.getAttribute('href'));
      expect(hrefs, `${locale} "${q}"`).toContain(expected?.url);
    }
  });
});

describe('GET /api/search with hostile input', () => {
  it.each(cases)('$locale: $name', async ({ locale, q }) => {
    const res = await request(app).get('/api/search').query({ lang: locale, q });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    // Served as JSON, yet never with a raw "<script>" in it (e.g. Express's "json escape").
    expect(res.text).not.toContain(injected);
    expect(res.text).not.toContain('<script');
    const body = res.body as { query: unknown; total: unknown; results: unknown };
    expect(typeof body.query).toBe('string');
    expect((body.query as string).length).toBeLessThanOrEqual(200);
    expect(typeof body.total).toBe('number');
    expect(Array.isArray(body.results)).toBe(true);
    for (const result of body.results as Record<string, unknown>[]) {
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['id', 'title', 'url', 'category', 'snippet']),
      );
      expect(String(result.snippet).replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('answers a malformed percent-encoding ("q=%") with 200', async () => {
    for (const locale of locales) {
      const res = await request(app).get(`/api/search?lang=${locale}&q=%`);
      expect(res.status, locale).toBe(200);
      expect(res.type).toBe('application/json');
    }
  });

  it('returns the same answers as the search service (control)', async () => {
    const q = 'mot de passe oublié';
    const res = await request(app).get('/api/search').query({ lang: 'fr', q });
    expect(res.status).toBe(200);
    const ids = (res.body as { results: { id: string }[] }).results.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const expected = services.search.search('fr', q, { perPage: ids.length }).results;
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it.each([
    { name: 'an unknown lang', query: { lang: 'xx', q: 'password' } },
    { name: 'a script as lang', query: { lang: injected, q: 'password' } },
  ])('answers 400 JSON for $name', async ({ query }) => {
    const res = await request(app).get('/api/search').query(query);
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/json');
    expect(res.text).not.toContain('<script');
  });
});
