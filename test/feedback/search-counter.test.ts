import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDayKept, scheduleRetention } from '../../src/feedback/retention.js';
import { scrubQuery, storedQueryMaxLength } from '../../src/feedback/scrub.js';
import { SearchCounter } from '../../src/feedback/search-counter.js';
import { SqliteFeedbackStore } from '../../src/feedback/sqlite-store.js';
import { tempDir } from '../support/app.js';
import { allSearchCounts, allVotes, searchCount, vote } from './store-contract.js';

describe('a query before it is stored', () => {
  it.each([
    ['an email address', 'reset for jane.doe+eu@example.org please', 'reset for please'],
    ['a phone number', 'call +33 6 12 34 56 78 about my account', 'call about my account'],
    ['an ID number', 'passport 18AB12345 lost', 'passport 18ab lost'],
    ['a card number with dashes', '4111-1111-1111-1111', ''],
    ['control characters', 'pass\u0000word\nreset', 'pass word reset'],
  ])('loses %s', (_kind, raw, kept) => {
    expect(scrubQuery(raw)).toBe(kept);
  });

  it.each([
    ['a year', 'CV template 2024', 'cv template 2024'],
    ['an error code', 'error 4043', 'error 4043'],
    ['accents, in lower case', 'Télécharger MON CV', 'télécharger mon cv'],
    ['spaces collapsed', '  two   words  ', 'two words'],
  ])('keeps %s', (_kind, raw, kept) => {
    expect(scrubQuery(raw)).toBe(kept);
  });

  it('is cut to a bounded length, never inside a character', () => {
    const long = `${'é'.repeat(storedQueryMaxLength - 1)}😀😀😀`;
    const scrubbed = scrubQuery(long);
    expect(Array.from(scrubbed)).toHaveLength(storedQueryMaxLength);
    expect(scrubbed.endsWith('😀')).toBe(true);
    // A lone half of a surrogate pair would not survive a round trip through UTF-8.
    expect(Buffer.from(scrubbed, 'utf8').toString('utf8')).toBe(scrubbed);
  });
});

describe('counting searches', () => {
  let store: SqliteFeedbackStore;
  let cleanup: () => Promise<void>;
  let counter: SearchCounter;
  const errors: unknown[] = [];
  let now = new Date('2026-03-01T23:59:59Z');

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir('help-centre-counter-'));
    store = new SqliteFeedbackStore(dir);
    errors.length = 0;
    counter = new SearchCounter(
      store,
      (error) => errors.push(error),
      () => now,
    );
  });

  afterEach(async () => {
    await counter.close();
    await store.close();
    await cleanup();
  });

  it('holds counts in memory until flushed, then adds them up per day, language and query', async () => {
    now = new Date('2026-03-01T23:59:59Z');
    counter.count('en', 'Password', 3);
    counter.count('en', 'password ', 2);
    counter.count('fr', 'password', 0);
    counter.count('en', 'me@example.org', 0); // nothing left to count
    expect(await allSearchCounts(store)).toEqual([]);
    await counter.flush();
    now = new Date('2026-03-02T00:00:00Z');
    counter.count('en', 'password', 4);
    await counter.close();
    expect(await allSearchCounts(store)).toEqual([
      searchCount({ query: 'password', count: 2, results: 2 }),
      searchCount({ query: 'password', locale: 'fr', results: 0 }),
      searchCount({ day: '2026-03-02', query: 'password', results: 4 }),
    ]);
    expect(errors).toEqual([]);
  });

  it('keeps counts that could not be written, and writes them with the next batch', async () => {
    now = new Date('2026-03-01T12:00:00Z');
    counter.count('en', 'pin', 1);
    const add = store.searches.add.bind(store.searches);
    store.searches.add = () => Promise.reject(new Error('disk full'));
    await expect(counter.flush()).rejects.toThrow('disk full');
    store.searches.add = add;
    counter.count('en', 'pin', 1);
    await counter.flush();
    expect(await allSearchCounts(store)).toEqual([
      searchCount({ query: 'pin', count: 2, results: 1 }),
    ]);
  });
});

describe('retention', () => {
  it('names the first day kept', () => {
    expect(firstDayKept(30, new Date('2026-03-31T08:00:00Z'))).toBe('2026-03-01');
    expect(firstDayKept(1, new Date('2027-01-01T00:00:00Z'))).toBe('2026-12-31');
  });

  it('deletes what is older than the retention as soon as it is scheduled', async () => {
    const { dir, cleanup } = await tempDir('help-centre-retention-');
    const store = new SqliteFeedbackStore(dir);
    try {
      const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString();
      const recent = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
      await store.saveVote(vote({ createdAt: old }));
      await store.saveVote(vote({ createdAt: recent }));
      await store.searches.add([
        searchCount({ day: old.slice(0, 10) }),
        searchCount({ day: recent.slice(0, 10) }),
      ]);
      const stop = await scheduleRetention(store, 30, (error) => {
        throw error;
      });
      stop();
      expect((await allVotes(store)).map((v) => v.createdAt)).toEqual([recent]);
      expect((await allSearchCounts(store)).map((c) => c.day)).toEqual([recent.slice(0, 10)]);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
