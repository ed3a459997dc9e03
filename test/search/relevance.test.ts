import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { buildServices, type Services } from '../../src/services.js';
import { relevanceCases as cases } from './relevance-cases.js';

// The table and what it asks for are in relevance-cases.ts; `npm run bench:search -- --only
// relevance` scores the same table against MiniSearch and lunr.

let services: Services;

beforeAll(async () => {
  services = await buildServices(loadConfig({ NODE_ENV: 'test' }));
});

/** The ranked ids for a query (all of them: the table asks for at most rank 3). */
function rankedIds(locale: Locale, q: string): string[] {
  return services.search.search(locale, q, { perPage: 50 }).results.map((r) => r.id);
}

describe.each(locales)('search relevance (%s)', (locale) => {
  it('has a meaningful table: at least 30 queries, every expected id exists, every article is sought', () => {
    const table = cases[locale];
    expect(table.length).toBeGreaterThanOrEqual(30);
    const ids = services.content.repo.articles(locale).map((a) => a.id);
    for (const { q, id } of table) expect(ids, `"${q}" expects an unknown id`).toContain(id);
    for (const id of ids)
      expect(
        table.map((c) => c.id),
        `no query finds ${id}`,
      ).toContain(id);
  });

  it.each(cases[locale])('"$q" → $id', ({ q, id, first }) => {
    const ids = rankedIds(locale, q);
    const message = `"${q}" (${locale}) gave ${ids.slice(0, 5).join(', ') || 'nothing'}`;
    expect(ids.slice(0, first ? 1 : 3), message).toContain(id);
  });
});
