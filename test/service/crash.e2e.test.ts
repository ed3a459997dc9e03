/**
 * Crash safety of what visitors send: 50 visitors answer the survey and 20 vote "Was this
 * helpful?" over HTTP while the server is killed with SIGKILL at a random moment and started
 * again on the same data, cycle after cycle. An answer or a vote acknowledged with a 303 must
 * never be lost, and nothing else may appear.
 * CRASH_CYCLES sets the number of cycles (20 by default; try 100 before changing the store).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { createTestDatabase, query, type TestDatabase } from '../support/pg.js';
import { launchServer } from '../support/server-process.js';
import { SurveyVisitor } from '../support/survey-visitor.js';

const cycles = Number(process.env.CRASH_CYCLES ?? 20);
const visitorCount = 50;
const voterCount = 20;
/** An English article of the shipped content, which the voters vote on. */
const votedArticle = { id: 'eid-activate-second-factor' };
const timeout = 60_000 + cycles * 8_000;
const csrfSecret = 'crash-test-csrf-secret-0123456789abcdef';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fails saying which step hung, rather than letting the whole file time out. */
async function within<T>(seconds: number, step: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} took over ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Tally {
  sent: Set<string>;
  acknowledged: Set<string>;
  connectionErrors: number;
  /** Anything but a connection error or an expected status: must stay empty. */
  unexpected: string[];
}

/** fetch's own failures: the server died under the request or was not listening. */
const isConnectionError = (error: unknown) =>
  error instanceof TypeError ||
  (error instanceof DOMException && ['AbortError', 'TimeoutError'].includes(error.name));

/** What one kind of post needs: a new id per post, sent until told to stop. */
type Post = (visitor: SurveyVisitor, origin: string, id: string) => Promise<boolean>;

/** A survey answer with its own submission id; true when acknowledged (303 to thanks). */
const answerSurvey: Post = async (visitor, origin, id) => {
  const form = await visitor.openForm(origin);
  const res = await visitor.submit(origin, form, id);
  return res.status === 303 && res.headers.get('location') === '/en/survey/thanks';
};

/** A No vote whose comment is the id (votes have no id of their own); true on its 303. */
const vote: Post = async (visitor, origin, id) => {
  const res = await visitor.request(`${origin}/en/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      article: votedArticle.id,
      helpful: 'no',
      reason: 'other',
      comment: id,
      website: '',
    }).toString(),
  });
  return (
    res.status === 303 && /\?feedback=thanks#feedback$/.test(res.headers.get('location') ?? '')
  );
};

async function postRepeatedly(
  post: Post,
  visitor: SurveyVisitor,
  origin: string,
  tally: Tally,
  running: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (running() && Date.now() < deadline) {
    try {
      const id = randomUUID();
      tally.sent.add(id);
      if (await post(visitor, origin, id)) tally.acknowledged.add(id);
      else tally.unexpected.push('a post was not acknowledged');
    } catch (error) {
      if (!isConnectionError(error)) tally.unexpected.push(String(error));
      else tally.connectionErrors += 1;
    }
  }
}

const newTally = (): Tally => ({
  sent: new Set(),
  acknowledged: new Set(),
  connectionErrors: 0,
  unexpected: [],
});

/** Fails naming the cycle if an acknowledged post is missing, stored twice or made up. */
function checkStored(what: string, tally: Tally, stored: readonly string[], context: string) {
  const storedSet = new Set(stored);
  expect(storedSet.size, `${context}: ${what} stored twice`).toBe(stored.length);
  const lost = [...tally.acknowledged].filter((id) => !storedSet.has(id));
  expect(lost, `${context}: acknowledged ${what} missing from the store`).toEqual([]);
  const unknown = stored.filter((id) => !tally.sent.has(id));
  expect(unknown, `${context}: ${what} no visitor sent`).toEqual([]);
  expect(tally.unexpected, `${context}: ${what}`).toEqual([]);
}

interface Stored {
  /** Submission ids of the survey answers. */
  answers: string[];
  /** Comments of the votes (each vote's id). */
  votes: string[];
}

/**
 * Runs the kill-and-restart cycles against one store; `storedIds` reads the store's
 * submission ids straight from the data while no server runs (and checks its integrity).
 */
async function crashCycles(
  env: Record<string, string>,
  readStored: () => Stored | Promise<Stored>,
) {
  const answers = newTally();
  const votes = newTally();
  // Visitors keep their cookies across restarts: the fixed CSRF_SECRET keeps them valid.
  const visitors = Array.from({ length: visitorCount }, () => new SurveyVisitor(5_000));
  const voters = Array.from({ length: voterCount }, () => new SurveyVisitor(5_000));
  let stored: Stored = { answers: [], votes: [] };
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const server = await launchServer({
      CSRF_SECRET: csrfSecret,
      FEEDBACK_RATE_LIMIT: '0',
      ...env,
    });
    let running = true;
    const answersBefore = answers.acknowledged.size;
    const votesBefore = votes.acknowledged.size;
    const loops = [
      ...visitors.map((v) => postRepeatedly(answerSurvey, v, server.url, answers, () => running)),
      ...voters.map((v) => postRepeatedly(vote, v, server.url, votes, () => running)),
    ];
    // The cycle starts once both kinds of post flow (a freshly started server is slow for
    // its first pages, and on a busy machine the votes queue behind 50 survey forms); the
    // kill then falls at a random moment, among requests in flight.
    const warm = Date.now() + 10_000;
    while (
      (answers.acknowledged.size === answersBefore || votes.acknowledged.size === votesBefore) &&
      Date.now() < warm
    ) {
      await sleep(10);
    }
    await sleep(100 + Math.random() * 500);
    running = false;
    server.kill('SIGKILL');
    expect((await within(10, 'exiting after SIGKILL', server.exited)).signal).toBe('SIGKILL');
    await within(30, 'the visitors stopping', Promise.all(loops));

    stored = await within(30, 'reading what was stored', Promise.resolve(readStored()));
    checkStored('survey answers', answers, stored.answers, `after cycle ${cycle}`);
    checkStored('votes', votes, stored.votes, `after cycle ${cycle}`);
  }
  for (const [what, tally, count] of [
    ['answers', answers, stored.answers.length],
    ['votes', votes, stored.votes.length],
  ] as const) {
    console.log(
      `${cycles} SIGKILL cycles: ${tally.sent.size} ${what} sent, ${tally.acknowledged.size} ` +
        `acknowledged, ${count} stored, ${tally.connectionErrors} connection errors`,
    );
    // The cycles must have exercised something: more than one acknowledged post per cycle.
    expect(tally.acknowledged.size, what).toBeGreaterThan(cycles);
  }
}

describe('killing the server with SIGKILL while visitors answer the survey', () => {
  let database: TestDatabase | undefined;
  let databaseError: unknown;
  let dataDir: { dir: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    dataDir = await tempDir('help-centre-crash-');
    // Kept for the PostgreSQL test to throw: a database that cannot be made fails it
    // instead of skipping it.
    database = await createTestDatabase().catch((error: unknown) => {
      databaseError = error;
      return undefined;
    });
  });

  afterAll(async () => {
    await dataDir?.cleanup();
    await database?.drop();
  });

  it(
    'never loses an acknowledged answer or vote, nor corrupts the SQLite files',
    { timeout },
    async () => {
      /** One column of a table, read while no server runs, after an integrity check. */
      const column = (file: string, sql: string) => {
        const db = new Database(path.join(dataDir.dir, file), { readonly: true });
        try {
          expect(db.pragma('integrity_check', { simple: true }), file).toBe('ok');
          return (db.prepare(sql).all() as { id: string }[]).map((row) => row.id);
        } finally {
          db.close();
        }
      };
      await crashCycles({ DATA_DIR: dataDir.dir }, () => ({
        answers: column('survey.sqlite', 'SELECT submission_id AS id FROM responses'),
        votes: column('feedback.sqlite', 'SELECT comment AS id FROM votes'),
      }));
    },
  );

  it('never loses an acknowledged answer or vote stored in PostgreSQL', { timeout }, async () => {
    if (!database) throw databaseError;
    const url = database.url;
    const column = async (sql: string) =>
      (await query<{ id: string }>(url, sql)).map((row) => row.id);
    await crashCycles({ DATABASE_URL: url }, async () => ({
      answers: await column('SELECT submission_id::text AS id FROM responses'),
      votes: await column('SELECT comment AS id FROM votes'),
    }));
  });
});
