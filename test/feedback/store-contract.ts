/**
 * What every FeedbackStore promises, whatever keeps the data: run by the SQLite and the
 * PostgreSQL store tests, so the routes can rely on either one behaving the same.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackStore, SearchCount, Vote } from '../../src/feedback/store.js';

export interface FeedbackStoreUnderTest<S extends FeedbackStore = FeedbackStore> {
  /** An empty store. */
  store: S;
  /** Closes the store and opens it again on the same data. */
  reopen: () => Promise<S>;
  /** Closes whichever store is open now and removes its data. */
  cleanup: () => Promise<void>;
}

/** A helpful vote on the English "forgot-password" article; any field can be replaced. */
export function vote(changes: Partial<Vote> = {}): Vote {
  return {
    createdAt: '2026-03-01T12:00:00.000Z',
    locale: 'en',
    articleId: 'forgot-password',
    helpful: true,
    reason: null,
    comment: null,
    ...changes,
  };
}

export function searchCount(changes: Partial<SearchCount> = {}): SearchCount {
  return { day: '2026-03-01', locale: 'en', query: 'password', count: 1, results: 3, ...changes };
}

export async function allVotes(store: FeedbackStore, from = '2000-01-01', to = '2999-12-31') {
  const votes: Vote[] = [];
  for await (const v of store.votes({ from, to })) votes.push(v);
  return votes;
}

export async function allSearchCounts(
  store: FeedbackStore,
  from = '2000-01-01',
  to = '2999-12-31',
) {
  const counts: SearchCount[] = [];
  for await (const c of store.searches.all({ from, to })) counts.push(c);
  return counts;
}

const always = { from: '2000-01-01', to: '2999-12-31' };

export function describeFeedbackStore<S extends FeedbackStore>(
  name: string,
  makeStore: () => Promise<FeedbackStoreUnderTest<S>>,
): void {
  describe(`${name} (FeedbackStore contract)`, () => {
    let subject: FeedbackStoreUnderTest<S>;
    let store: S;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });

    afterEach(async () => {
      await subject?.cleanup();
    });

    describe('votes', () => {
      it('keeps every vote, reason and comment after the store is closed and opened again', async () => {
        const saved = [
          vote(),
          vote({
            locale: 'fr',
            articleId: 'mot-de-passe',
            helpful: false,
            reason: 'outdated',
            comment: 'Le lien ne marche plus « ici »',
            createdAt: '2026-03-02T08:30:00.000Z',
          }),
          vote({ helpful: false, reason: 'other', createdAt: '2026-03-03T00:00:00.000Z' }),
        ];
        for (const v of saved) await store.saveVote(v);
        store = await subject.reopen();
        expect(await allVotes(store)).toEqual(saved);
      });

      it('stores each of many votes saved at once exactly once', async () => {
        const many = Array.from({ length: 80 }, (_, i) =>
          vote({ articleId: `article-${i % 7}`, helpful: i % 3 === 0 }),
        );
        await Promise.all(many.map((v) => store.saveVote(v)));
        expect(await allVotes(store)).toHaveLength(80);
        const perArticle = await store.articleVotes(always);
        expect(perArticle.reduce((sum, a) => sum + a.votes, 0)).toBe(80);
      });

      it('refuses an unknown reason or language, storing nothing', async () => {
        await expect(
          store.saveVote(vote({ reason: 'spam' as unknown as Vote['reason'] })),
        ).rejects.toThrow();
        await expect(
          store.saveVote(vote({ locale: 'de' as unknown as Vote['locale'] })),
        ).rejects.toThrow();
        expect(await allVotes(store)).toEqual([]);
      });

      it('sums votes per article and language over whole days of the period', async () => {
        for (const v of [
          vote({ createdAt: '2026-03-01T00:00:00.000Z' }),
          vote({ createdAt: '2026-03-01T23:59:59.999Z', helpful: false, reason: 'unclear' }),
          vote({ helpful: false, reason: 'unclear', comment: 'Too long' }),
          vote({ helpful: false, reason: 'not-answered', comment: '' }),
          vote({ locale: 'fr', helpful: false, reason: 'outdated', comment: 'Vieux' }),
          vote({ createdAt: '2026-03-02T00:00:00.000Z', helpful: false, reason: 'other' }),
        ]) {
          await store.saveVote(v);
        }
        expect(await store.articleVotes({ from: '2026-03-01', to: '2026-03-01' })).toEqual([
          {
            locale: 'en',
            articleId: 'forgot-password',
            votes: 4,
            helpful: 1,
            reasons: { outdated: 0, unclear: 2, 'not-answered': 1, other: 0 },
            comments: 1,
          },
          {
            locale: 'fr',
            articleId: 'forgot-password',
            votes: 1,
            helpful: 0,
            reasons: { outdated: 1, unclear: 0, 'not-answered': 0, other: 0 },
            comments: 1,
          },
        ]);
        const nextDay = await store.articleVotes({ from: '2026-03-02', to: '2026-03-02' });
        expect(nextDay.map((a) => [a.votes, a.reasons.other])).toEqual([[1, 1]]);
        expect(await store.articleVotes({ from: '2026-03-03', to: '2026-03-09' })).toEqual([]);
      });

      it('pages comments newest first, and narrows them to one article and language', async () => {
        for (let i = 0; i < 5; i++) {
          await store.saveVote(
            vote({
              helpful: false,
              reason: 'unclear',
              comment: `Comment ${i}`,
              createdAt: `2026-03-0${i + 1}T10:00:00.000Z`,
              articleId: i === 4 ? 'other-article' : 'forgot-password',
            }),
          );
        }
        await store.saveVote(vote({ helpful: false, comment: null }));
        const first = await store.voteComments(always, {}, { offset: 0, limit: 2 });
        expect(first.total).toBe(5);
        expect(first.items.map((c) => c.text)).toEqual(['Comment 4', 'Comment 3']);
        expect(first.items[0]).toEqual({
          createdAt: '2026-03-05T10:00:00.000Z',
          locale: 'en',
          articleId: 'other-article',
          reason: 'unclear',
          text: 'Comment 4',
        });
        const narrowed = await store.voteComments(
          { from: '2026-03-02', to: '2026-03-31' },
          { locale: 'en', articleId: 'forgot-password' },
          { offset: 1, limit: 10 },
        );
        expect(narrowed.total).toBe(3);
        expect(narrowed.items.map((c) => c.text)).toEqual(['Comment 2', 'Comment 1']);
        expect(
          (await store.voteComments(always, { locale: 'fr' }, { offset: 0, limit: 9 })).total,
        ).toBe(0);
      });
    });

    describe('search counts', () => {
      it('adds counts of the same day, language and query, keeping the latest result count', async () => {
        await store.searches.add([searchCount({ count: 2 }), searchCount({ locale: 'fr' })]);
        await store.searches.add([searchCount({ count: 3, results: 5 })]);
        store = await subject.reopen();
        expect(await allSearchCounts(store)).toEqual([
          searchCount({ count: 5, results: 5 }),
          searchCount({ locale: 'fr' }),
        ]);
      });

      it('saves how far the search log was read with the counts, and only with them', async () => {
        expect(await store.searches.cursor()).toBeUndefined();
        await store.searches.add([searchCount()], { file: '2049:1234', offset: 4_096 });
        await store.searches.add([], { file: '2049:1234', offset: 5_000_000_000 });
        store = await subject.reopen();
        expect(await store.searches.cursor()).toEqual({ file: '2049:1234', offset: 5_000_000_000 });
        // A batch that fails leaves the counts and the cursor as they were.
        await expect(
          store.searches.add(
            [searchCount({ query: 'kept?' }), searchCount({ locale: 'de' as never })],
            { file: '2049:9', offset: 1 },
          ),
        ).rejects.toThrow();
        expect(await store.searches.cursor()).toEqual({ file: '2049:1234', offset: 5_000_000_000 });
        expect((await allSearchCounts(store)).map((c) => c.query)).toEqual(['password']);
      });

      it('lists the most frequent queries of a language, and those that found nothing', async () => {
        await store.searches.add([
          searchCount({ query: 'password', count: 5 }),
          searchCount({ query: 'pin', count: 2, results: 0 }),
          searchCount({ query: 'pin', count: 1, results: 0, day: '2026-03-02' }),
          searchCount({ query: 'qr code', count: 4, results: 0, day: '2026-02-27' }),
          searchCount({ query: 'qr code', count: 1, results: 2, day: '2026-03-02' }),
          searchCount({ query: 'mot de passe', count: 9, locale: 'fr' }),
          searchCount({ query: 'old', count: 50, day: '2026-01-01' }),
        ]);
        const period = { from: '2026-02-01', to: '2026-03-31' };
        expect(
          await store.searches.top(period, 'en', { withoutResults: false, limit: 10 }),
        ).toEqual([
          { query: 'password', count: 5, results: 3 },
          { query: 'qr code', count: 5, results: 2 },
          { query: 'pin', count: 3, results: 0 },
        ]);
        // "qr code" found nothing in February but found answers on its latest day.
        expect(await store.searches.top(period, 'en', { withoutResults: true, limit: 10 })).toEqual(
          [{ query: 'pin', count: 3, results: 0 }],
        );
        expect(await store.searches.top(period, 'en', { withoutResults: false, limit: 1 })).toEqual(
          [{ query: 'password', count: 5, results: 3 }],
        );
        expect(await store.searches.totals(period)).toEqual({ searches: 22, withoutResults: 7 });
        expect(await store.searches.totals({ from: '2027-01-01', to: '2027-01-31' })).toEqual({
          searches: 0,
          withoutResults: 0,
        });
      });

      it('yields every count of the period, by day, language and query', async () => {
        const counts = Array.from({ length: 1_203 }, (_, i) =>
          searchCount({
            day: `2026-03-0${1 + (i % 3)}`,
            query: `query ${String(i).padStart(4, '0')}`,
          }),
        );
        await store.searches.add(counts);
        const read = await allSearchCounts(store, '2026-03-02', '2026-03-03');
        expect(read).toHaveLength(802);
        const key = (c: SearchCount) => `${c.day} ${c.locale} ${c.query}`;
        expect(read.map(key)).toEqual(read.map(key).sort());
      });
    });

    it('deletes votes and search counts from before a day, keeping that day', async () => {
      await store.saveVote(vote({ createdAt: '2026-02-28T23:59:59.999Z' }));
      await store.saveVote(vote({ createdAt: '2026-03-01T00:00:00.000Z' }));
      await store.searches.add([
        searchCount({ day: '2026-02-28' }),
        searchCount({ day: '2026-03-01' }),
      ]);
      expect(await store.deleteBefore('2026-03-01')).toEqual({ votes: 1, searchCounts: 1 });
      expect((await allVotes(store)).map((v) => v.createdAt)).toEqual(['2026-03-01T00:00:00.000Z']);
      expect((await allSearchCounts(store)).map((c) => c.day)).toEqual(['2026-03-01']);
    });

    it('refuses to save once closed', async () => {
      await store.close();
      await expect(store.saveVote(vote())).rejects.toThrow();
      await expect(store.searches.add([searchCount()])).rejects.toThrow();
    });
  });
}
