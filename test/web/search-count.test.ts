import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchCount } from '../../src/feedback/store.js';
import { searchCountedHeader } from '../../src/web/middleware/search-count.js';
import { buildTestApp } from '../support/app.js';

type Built = Awaited<ReturnType<typeof buildTestApp>>;

const today = () => new Date().toISOString().slice(0, 10);

/** What the store holds once the counter has written: [locale, query, count, results]. */
async function stored(built: Built): Promise<[string, string, number, number][]> {
  await built.services.searchCounter.flush();
  const rows: SearchCount[] = [];
  for await (const row of built.services.feedbackStore.searches.all({ from: today(), to: today() }))
    rows.push(row);
  return rows.map((r) => [r.locale, r.query, r.count, r.results]);
}

describe('counting searches', () => {
  let built: Built;
  let passwordResults: number;
  const get = (url: string) => request(built.app).get(url);

  beforeEach(async () => {
    built = await buildTestApp();
    passwordResults = built.services.search.search('en', 'password').total;
  });

  it('counts a results page each time it is asked for, from the page cache too', async () => {
    const { pageCache } = built.services;
    for (let i = 0; i < 3; i++) {
      expect((await get('/en/search?q=Password')).status).toBe(200);
      // From the second on, the page cache answers before the search route runs.
      expect(pageCache.get(pageCache.key('/en/search?q=Password', false))).toBeDefined();
    }
    expect(await stored(built)).toEqual([['en', 'password', 3, passwordResults]]);
  });

  it('counts a browser checking back on the page it has (304)', async () => {
    const first = await get('/en/search?q=password');
    const etag = String(first.headers.etag);
    const again = await get('/en/search?q=password').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(await stored(built)).toEqual([['en', 'password', 2, passwordResults]]);
  });

  it('counts page 1 only: not later pages, suggestions, empty queries or HEAD', async () => {
    await get('/en/search?q=europass&page=2');
    await get('/en/search?q=europass&page=2');
    await get('/api/search?lang=en&q=europass');
    await get('/api/search?lang=en&q=europas');
    await get('/en/search');
    await get('/en/search?q=%20%20');
    await request(built.app).head('/en/search?q=europass');
    expect(await stored(built)).toEqual([]);
    await get('/en/search?q=europass&page=1');
    expect((await stored(built)).map(([, query, count]) => [query, count])).toEqual([
      ['europass', 1],
    ]);
  });

  it('counts searches that find nothing, per language', async () => {
    await get('/fr/search?q=zzxqvw');
    await get('/en/search?q=zzxqvw');
    expect(await stored(built)).toEqual([
      ['en', 'zzxqvw', 1, 0],
      ['fr', 'zzxqvw', 1, 0],
    ]);
  });

  it('stores no email address, no long number, nothing past 100 characters', async () => {
    const query = 'password jo.bloggs@example.com +33 6 12 34 56 78 error 2026 ';
    await get(`/en/search?q=${encodeURIComponent(query + 'x'.repeat(150))}`);
    const [[, kept] = []] = await stored(built);
    expect(kept).toBe(`password error 2026 ${'x'.repeat(80)}`);
  });

  it('does not count a page already counted by the proxy in front', async () => {
    await get('/en/search?q=password').set(searchCountedHeader, 'nginx');
    expect(await stored(built)).toEqual([]);
  });

  it('tells nginx the result count of page 1 of a query, and only of it', async () => {
    expect((await get('/en/search?q=password')).headers['x-search-results']).toBe(
      String(passwordResults),
    );
    // From the page cache too: the header is kept with the page.
    expect((await get('/en/search?q=password')).headers['x-search-results']).toBe(
      String(passwordResults),
    );
    expect((await get('/en/search?q=password&page=2')).headers['x-search-results']).toBeUndefined();
    expect((await get('/en/search')).headers['x-search-results']).toBeUndefined();
  });
});
