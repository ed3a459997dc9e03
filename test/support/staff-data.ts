/**
 * A real server whose staff pages have something to show: votes with reasons and comments,
 * searches with and without results, and content with translations missing and behind.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { SqliteFeedbackStore } from '../../src/feedback/sqlite-store.js';
import { voteReasons, type FeedbackStore } from '../../src/feedback/store.js';
import { locales } from '../../src/i18n/locales.js';
import { copyOfRealContent, tempDir } from './app.js';
import { startServer, type RunningServer } from './server.js';

const articles = ['eu-login-forgotten-password', 'why-use-2fa', 'eu-login-app-setup', 'cefr'];
const comments = {
  en: 'The screenshots no longer match what I see.',
  fr: 'Les captures d’écran ne correspondent plus à ce que je vois.',
};
const searches = {
  en: [
    ['password', 40, 4],
    ['europass cv', 25, 12],
    ['xylophone', 6, 0],
  ],
  fr: [
    ['mot de passe', 30, 5],
    ['zzzqx', 4, 0],
  ],
} as const;

/** Votes of every kind on a few articles, and a day of searches, in each language. */
export async function storeStaffData(store: FeedbackStore, now = new Date()): Promise<void> {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  let hour = 0;
  for (const locale of locales) {
    for (const [i, articleId] of articles.entries()) {
      for (let n = 0; n < 6 + i; n++) {
        const helpful = n < i + 2;
        await store.saveVote({
          createdAt: hoursAgo((hour += 3)),
          locale,
          articleId,
          helpful,
          reason: helpful ? null : (voteReasons[n % voteReasons.length] ?? null),
          comment: !helpful && n % 3 === 0 ? comments[locale] : null,
        });
      }
    }
  }
  const day = now.toISOString().slice(0, 10);
  await store.searches.add(
    locales.flatMap((locale) =>
      searches[locale].map(([query, count, results]) => ({ day, locale, query, count, results })),
    ),
  );
}

/** The server, with the data above and one translation missing and one behind each way. */
export async function startStaffServer(): Promise<RunningServer> {
  const data = await tempDir('help-centre-staff-');
  const content = await copyOfRealContent();
  const cleanup = async () => {
    await data.cleanup();
    await content.cleanup();
  };
  try {
    await rm(path.join(content.dir, 'en', 'articles', 'europass-mobility-document.md'));
    await rm(path.join(content.dir, 'fr', 'articles', 'supplement-au-diplome.md'));
    for (const file of [
      'en/articles/why-use-2fa.md',
      'fr/articles/mot-de-passe-eu-login-oublie.md',
    ]) {
      const full = path.join(content.dir, file);
      const text = await readFile(full, 'utf8');
      await writeFile(full, text.replace(/^updated: .*$/m, 'updated: 2020-01-15'));
    }
    const store = new SqliteFeedbackStore(data.dir);
    try {
      await storeStaffData(store);
    } finally {
      await store.close();
    }
    const server = await startServer({ DATA_DIR: data.dir, CONTENT_DIR: content.dir });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * For a test file: the staff server, started before its tests and stopped after them. Its
 * address is read when a test runs, so page lists can be built at the top of the file.
 */
export function useStaffServer(): { readonly url: string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startStaffServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get url() {
      if (!server) throw new Error('the staff server is not started yet');
      return server.url;
    },
  };
}
