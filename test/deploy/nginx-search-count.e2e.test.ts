/**
 * Searches counted behind deploy/nginx.conf (README, "Counting searches behind a cache"):
 * nginx writes every results page it answers, from its cache or not, to its search log, which
 * the first instance reads (SEARCH_LOG), and tells the instances not to count the pages it
 * proxies; so each results page asked for is counted exactly once, whichever instance made it.
 */
import { describe, expect, it } from 'vitest';
import type { SearchCount } from '../../src/feedback/store.js';
import { buildTestApp } from '../support/app.js';
import { useDeployment } from '../support/deployment.js';

const site = useDeployment();

async function get(pathAndQuery: string): Promise<{ status: number; cache: string | null }> {
  const res = await fetch(`${site().nginx.url}${pathAndQuery}`, { redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, cache: res.headers.get('x-cache-status') };
}

describe('search counts behind nginx', () => {
  it('counts each results page once, from nginx’s cache or not', async () => {
    expect(await get('/en/search?q=password')).toEqual({ status: 200, cache: 'MISS' });
    expect(await get('/en/search?q=password')).toEqual({ status: 200, cache: 'HIT' });
    expect(await get('/en/search?q=password')).toEqual({ status: 200, cache: 'HIT' });
    expect(await get('/fr/search?q=zzxqvw')).toEqual({ status: 200, cache: 'MISS' });
    // Not searches: a later page, suggestions, an address the app redirects.
    expect((await get('/en/search?q=password&page=2')).status).toBe(200);
    expect((await get('/api/search?lang=en&q=password')).status).toBe(200);
    expect((await get('/en/search?q=password&utm_source=x')).status).toBe(301);

    // The reader counts the log when its instance stops; read the counts from the database.
    await Promise.all(site().instances.map((instance) => instance.stop()));
    const reader = await buildTestApp({ DATABASE_URL: site().databaseUrl });
    const today = new Date().toISOString().slice(0, 10);
    const counts: SearchCount[] = [];
    for await (const row of reader.services.feedbackStore.searches.all({ from: today, to: today }))
      counts.push(row);
    const found = reader.services.search.search('en', 'password').total;
    expect(counts.map((c) => [c.locale, c.query, c.count, c.results])).toEqual([
      ['en', 'password', 3, found],
      ['fr', 'zzxqvw', 1, 0],
    ]);
  });
});
