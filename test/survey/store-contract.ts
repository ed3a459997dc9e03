/**
 * What every SurveyStore promises, whatever keeps the data: run by the SQLite and the
 * PostgreSQL store tests, so the routes can rely on either one behaving the same.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers, SurveyResponse } from '../../src/survey/questions.js';
import type { ResponseFilter, SurveyStore } from '../../src/survey/store.js';

export interface StoreUnderTest<S extends SurveyStore = SurveyStore> {
  /** An empty store. */
  store: S;
  /** Closes the store and opens it again on the same data. */
  reopen: () => Promise<S>;
  /** Closes whichever store is open now and removes its data. */
  cleanup: () => Promise<void>;
}

let sequence = 0;

/** A response with a fresh submission id (a valid UUID); any field can be replaced. */
export function response(
  changes: Partial<Omit<SurveyResponse, 'answers'>> & { answers?: Partial<Answers> } = {},
): SurveyResponse {
  sequence += 1;
  return {
    submissionId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    locale: 'en',
    createdAt: '2026-03-01T12:00:00.000Z',
    fromPath: null,
    ...changes,
    answers: {
      satisfaction: '4',
      found: 'yes',
      topic: 'eu-login',
      ease: '5',
      improve: null,
      ...changes.answers,
    },
  };
}

/** Every response of a store matching the filter, in the order the store yields them. */
export async function all(store: SurveyStore, filter: ResponseFilter = {}) {
  const rows: SurveyResponse[] = [];
  for await (const row of store.responses(filter)) rows.push(row);
  return rows;
}

export function describeSurveyStore<S extends SurveyStore>(
  name: string,
  makeStore: () => Promise<StoreUnderTest<S>>,
): void {
  describe(`${name} (SurveyStore contract)`, () => {
    let subject: StoreUnderTest<S>;
    let store: S;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });

    afterEach(async () => {
      await subject?.cleanup();
    });

    describe('keeping responses', () => {
      it('still has every response after the store is closed and opened again', async () => {
        const saved = [
          response({ locale: 'fr', fromPath: '/fr/eu-login', answers: { improve: 'Plus clair' } }),
          response({ createdAt: '2026-03-02T08:30:00.000Z' }),
        ];
        for (const r of saved) expect(await store.save(r)).toBe('stored');
        store = await subject.reopen();
        expect(await all(store)).toEqual(saved);
      });

      it('answers "duplicate" for a submission id it already has, keeping the first answers', async () => {
        const first = response({ answers: { satisfaction: '1' } });
        expect(await store.save(first)).toBe('stored');
        const again = { ...first, answers: { ...first.answers, satisfaction: '5' } };
        expect(await store.save(again)).toBe('duplicate');
        expect(await all(store)).toEqual([first]);
      });

      it('stores each of many saves running at once exactly once, duplicates included', async () => {
        const unique = Array.from({ length: 60 }, () => response());
        const attempts = [...unique, ...unique.slice(0, 20), ...unique.slice(0, 10)];
        const results = await Promise.all(attempts.map((r) => store.save(r)));
        expect(results.filter((r) => r === 'stored')).toHaveLength(unique.length);
        expect(results.filter((r) => r === 'duplicate')).toHaveLength(30);
        const ids = (await all(store)).map((r) => r.submissionId);
        expect(ids.sort()).toEqual(unique.map((r) => r.submissionId).sort());
      });

      it('answers a readiness ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('refuses to save or ping once closed', async () => {
        await store.save(response());
        await store.close();
        await expect(store.ping()).rejects.toThrow();
        await expect(store.save(response())).rejects.toThrow();
      });
    });

    describe('summarising responses', () => {
      beforeEach(async () => {
        for (const r of [
          response({ createdAt: '2026-03-01T00:00:00.000Z', answers: { satisfaction: '5' } }),
          response({
            createdAt: '2026-03-01T23:59:59.999Z',
            answers: { found: 'no', topic: 'other' },
          }),
          response({ locale: 'fr', createdAt: '2026-03-02T12:00:00.000Z', answers: { ease: '1' } }),
          response({ createdAt: '2026-03-03T00:00:00.000Z', answers: { improve: 'More' } }),
        ]) {
          await store.save(r);
        }
      });

      it('counts every answer of the closed questions, and no free text', async () => {
        expect(await store.summary({})).toEqual({
          total: 4,
          counts: {
            satisfaction: { '4': 3, '5': 1 },
            found: { yes: 3, no: 1 },
            topic: { 'eu-login': 3, other: 1 },
            ease: { '5': 3, '1': 1 },
          },
        });
      });

      it('counts only the chosen language', async () => {
        expect((await store.summary({ locale: 'fr' })).total).toBe(1);
        expect((await store.summary({ locale: 'en' })).counts.found).toEqual({ yes: 2, no: 1 });
      });

      it('includes the whole of the first and the last day of a date range', async () => {
        expect((await store.summary({ from: '2026-03-01', to: '2026-03-01' })).total).toBe(2);
        expect((await store.summary({ from: '2026-03-02', to: '2026-03-03' })).total).toBe(2);
        expect((await store.summary({ from: '2026-03-02' })).total).toBe(2);
        expect((await store.summary({ to: '2026-03-02' })).total).toBe(3);
        expect((await store.summary({ from: '2026-03-04' })).total).toBe(0);
        expect(await store.summary({ locale: 'en', from: '2026-03-02', to: '2026-03-02' })).toEqual(
          { total: 0, counts: { satisfaction: {}, found: {}, topic: {}, ease: {} } },
        );
      });

      it('ends a date range at midnight UTC after its last day, across the end of a year', async () => {
        await store.save(response({ createdAt: '2026-12-31T23:59:59.999Z' }));
        await store.save(response({ createdAt: '2027-01-01T00:00:00.000Z' }));
        expect((await store.summary({ from: '2026-12-31', to: '2026-12-31' })).total).toBe(1);
        expect((await store.summary({ from: '2027-01-01' })).total).toBe(1);
        expect((await store.summary({ from: '2026-12-31', to: '2027-01-01' })).total).toBe(2);
      });
    });

    describe('reading comments', () => {
      beforeEach(async () => {
        const comments: [string, string, 'en' | 'fr'][] = [
          ['2026-03-01T09:00:00.000Z', 'first', 'en'],
          ['2026-03-02T09:00:00.000Z', 'deuxième', 'fr'],
          ['2026-03-03T09:00:00.000Z', 'third', 'en'],
          ['2026-03-03T09:00:00.000Z', 'fourth, same time', 'en'],
        ];
        for (const [createdAt, improve, locale] of comments) {
          await store.save(response({ createdAt, locale, answers: { improve } }));
        }
        await store.save(response({ createdAt: '2026-03-04T09:00:00.000Z' })); // no comment
      });

      it('lists the comments newest first, the later of two at the same time first', async () => {
        const { total, items } = await store.comments({}, { offset: 0, limit: 10 });
        expect(total).toBe(4);
        expect(items).toEqual([
          { createdAt: '2026-03-03T09:00:00.000Z', locale: 'en', text: 'fourth, same time' },
          { createdAt: '2026-03-03T09:00:00.000Z', locale: 'en', text: 'third' },
          { createdAt: '2026-03-02T09:00:00.000Z', locale: 'fr', text: 'deuxième' },
          { createdAt: '2026-03-01T09:00:00.000Z', locale: 'en', text: 'first' },
        ]);
      });

      it('pages through comments with offset and limit, keeping the total', async () => {
        const page = await store.comments({}, { offset: 1, limit: 2 });
        expect(page.total).toBe(4);
        expect(page.items.map((c) => c.text)).toEqual(['third', 'deuxième']);
        expect(await store.comments({}, { offset: 4, limit: 2 })).toEqual({ total: 4, items: [] });
      });

      it('filters comments by language and day', async () => {
        const french = await store.comments({ locale: 'fr' }, { offset: 0, limit: 10 });
        expect(french.items.map((c) => c.text)).toEqual(['deuxième']);
        const range = await store.comments(
          { from: '2026-03-01', to: '2026-03-02' },
          { offset: 0, limit: 10 },
        );
        expect(range).toMatchObject({ total: 2, items: [{ text: 'deuxième' }, { text: 'first' }] });
      });
    });

    // A thousand one-by-one commits take seconds on a busy machine with fsync on.
    describe('exporting every response', { timeout: 60_000 }, () => {
      /** Saved one after the other, a minute apart, every third one in French. */
      async function saveMany(count: number): Promise<SurveyResponse[]> {
        const saved: SurveyResponse[] = [];
        for (let i = 0; i < count; i++) {
          const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
          saved.push(response({ createdAt, locale: i % 3 === 0 ? 'fr' : 'en' }));
          await store.save(saved[i] as SurveyResponse);
        }
        return saved;
      }

      it('yields every response oldest first, across read batches', async () => {
        const saved = await saveMany(1001);
        expect(await all(store)).toEqual(saved);
        expect(await all(store, { locale: 'fr' })).toEqual(saved.filter((r) => r.locale === 'fr'));
      });

      it('keeps iterating while new responses are saved between two reads', async () => {
        const saved = await saveMany(1001);
        const seen: string[] = [];
        const during: SurveyResponse[] = [];
        for await (const row of store.responses({})) {
          seen.push(row.submissionId);
          if (seen.length % 400 === 1) {
            const late = response({ createdAt: '2026-06-01T00:00:00.000Z' });
            during.push(late);
            expect(await store.save(late)).toBe('stored');
          }
        }
        // Every response saved before the export, in order; later ones may follow them.
        expect(seen.slice(0, saved.length)).toEqual(saved.map((r) => r.submissionId));
        const lateIds = during.map((r) => r.submissionId);
        expect(seen.slice(saved.length).every((id) => lateIds.includes(id))).toBe(true);
        expect(await all(store)).toHaveLength(saved.length + during.length);
      });
    });
  });
}
