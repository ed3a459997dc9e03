import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { measureRelevance, type SetScores } from '../../bench/search/relevance.js';

/**
 * The relevance benchmark's two tables (bench/search/relevance.ts), held as a floor: the
 * site finds the answer in its top three at least as often as MiniSearch and lunr do on the
 * same text, on the shipped content and on the 200-article corpus of bench/relevance/.
 */
let sets: SetScores[];

beforeAll(async () => {
  sets = await measureRelevance();
}, 60_000);

describe.each(locales)('relevance against other engines (%s)', (locale) => {
  it('scores every query of both tables, on every article of the large corpus', () => {
    const [suite, corpus] = sets;
    expect(suite?.articles[locale]).toBe(25);
    expect(corpus?.articles[locale]).toBe(200);
    for (const set of sets) {
      const counts = set.scores.filter((s) => s.locale === locale).map((s) => s.queries);
      expect(new Set(counts).size, set.label).toBe(1);
      expect(counts[0], set.label).toBeGreaterThanOrEqual(60);
    }
  });

  it('finds the answer in the top 3 at least as often as MiniSearch and lunr', () => {
    for (const set of sets) {
      const mine = set.scores.filter((s) => s.locale === locale);
      const [site, ...others] = mine;
      for (const other of others) {
        expect(site?.success3, `${set.label}: ${other.engine}`).toBeGreaterThanOrEqual(
          other.success3,
        );
      }
    }
  });

  it('finds every answer of the test suite in its top 3, and at least 78 % of the large corpus', () => {
    const [suite, corpus] = sets;
    const site = (set: SetScores | undefined) =>
      set?.scores.find((s) => s.locale === locale && s.engine === 'this site');
    expect(site(suite)?.misses).toEqual([]);
    expect(site(corpus)?.success3).toBeGreaterThanOrEqual(0.78);
  });
});
