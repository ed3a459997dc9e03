import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers, SurveyResponse } from '../../src/survey/questions.js';
import { SqliteSurveyStore } from '../../src/survey/sqlite-store.js';
import { tempDir } from '../support/app.js';

let dir: string;
let cleanup: () => Promise<void>;
let store: SqliteSurveyStore;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('help-centre-store-'));
  store = new SqliteSurveyStore(dir);
});

afterEach(async () => {
  await store.close();
  await cleanup();
});

let sequence = 0;

/** A response with a fresh submission id; any field can be replaced. */
function response(
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

async function all(filter = {}, from = store): Promise<SurveyResponse[]> {
  const rows: SurveyResponse[] = [];
  for await (const row of from.responses(filter)) rows.push(row);
  return rows;
}

describe('keeping responses', () => {
  it('still has every response after the store is closed and opened again', async () => {
    const saved = [
      response({ locale: 'fr', fromPath: '/fr/eu-login', answers: { improve: 'Plus clair' } }),
      response({ createdAt: '2026-03-02T08:30:00.000Z' }),
    ];
    for (const r of saved) expect(await store.save(r)).toBe('stored');
    await store.close();

    store = new SqliteSurveyStore(dir);
    expect(await all()).toEqual(saved);
  });

  it('reopens in WAL mode with synchronous=FULL at schema version 1', async () => {
    await store.save(response());
    await store.close();
    store = new SqliteSurveyStore(dir);
    expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 2, userVersion: 1 });
    // WAL mode belongs to the file itself, so any other reader sees it too.
    const reader = new Database(path.join(dir, 'survey.sqlite'), { readonly: true });
    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    reader.close();
  });

  it('can be read by a second connection as soon as save resolves', async () => {
    const saved = response();
    await store.save(saved);
    const reader = new Database(path.join(dir, 'survey.sqlite'), { readonly: true });
    const row = reader
      .prepare('SELECT submission_id FROM responses WHERE submission_id = ?')
      .get(saved.submissionId);
    reader.close();
    expect(row).toEqual({ submission_id: saved.submissionId });
  });

  it('answers "duplicate" for a submission id it already has, keeping the first answers', async () => {
    const first = response({ answers: { satisfaction: '1' } });
    expect(await store.save(first)).toBe('stored');
    const again = { ...first, answers: { ...first.answers, satisfaction: '5' } };
    expect(await store.save(again)).toBe('duplicate');
    expect(await all()).toEqual([first]);
  });

  it('answers a readiness ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('summarising responses', () => {
  beforeEach(async () => {
    for (const r of [
      response({ createdAt: '2026-03-01T00:00:00.000Z', answers: { satisfaction: '5' } }),
      response({ createdAt: '2026-03-01T23:59:59.999Z', answers: { found: 'no', topic: 'other' } }),
      response({ locale: 'fr', createdAt: '2026-03-02T12:00:00.000Z', answers: { ease: '1' } }),
      response({ createdAt: '2026-03-03T00:00:00.000Z', answers: { improve: 'More' } }),
    ]) {
      await store.save(r);
    }
  });

  it('counts every answer of the closed questions, and no free text', async () => {
    const summary = await store.summary({});
    expect(summary).toEqual({
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
    expect(await store.summary({ locale: 'en', from: '2026-03-02', to: '2026-03-02' })).toEqual({
      total: 0,
      counts: { satisfaction: {}, found: {}, topic: {}, ease: {} },
    });
  });
});

describe('date ranges', () => {
  it('end at midnight UTC after their last day, across the end of a year', async () => {
    await store.save(response({ createdAt: '2026-12-31T23:59:59.999Z' }));
    await store.save(response({ createdAt: '2027-01-01T00:00:00.000Z' }));
    expect((await store.summary({ to: '2026-12-31' })).total).toBe(1);
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
    expect((await store.comments({}, { offset: 4, limit: 2 })).items).toEqual([]);
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

describe('exporting every response', () => {
  it('yields every response oldest first, across read batches', async () => {
    const saved: SurveyResponse[] = [];
    for (let i = 0; i < 1200; i++) {
      const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      saved.push(response({ createdAt, locale: i % 3 === 0 ? 'fr' : 'en' }));
      await store.save(saved[i] as SurveyResponse);
    }
    expect(await all()).toEqual(saved);
    expect(await all({ locale: 'fr' })).toEqual(saved.filter((r) => r.locale === 'fr'));
  });

  it('keeps iterating while new responses are saved between two reads', async () => {
    const saved: SurveyResponse[] = [];
    for (let i = 0; i < 1200; i++) {
      saved.push(response({ createdAt: new Date(Date.UTC(2026, 0, 1) + i).toISOString() }));
      await store.save(saved[i] as SurveyResponse);
    }
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
    expect(seen.slice(saved.length).every((id) => during.some((r) => r.submissionId === id))).toBe(
      true,
    );
    expect(await all()).toHaveLength(saved.length + during.length);
  });
});
