import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, tempDir, writeContent } from '../support/app.js';
import { parseHtml } from '../support/html.js';

// A topic of 1,234 questions in each language, and as many survey comments: every count the
// pages show then needs a thousands separator, which is where raw numbers give themselves away.
const total = 1234;
const staff = { ADMIN_USERNAME: 'staff', ADMIN_PASSWORD: 'correct horse battery' };
const basic = `Basic ${Buffer.from(`${staff.ADMIN_USERNAME}:${staff.ADMIN_PASSWORD}`).toString('base64')}`;

function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'en/categories/many.md':
      '---\nid: many\ntitle: Many questions\ndescription: A topic with many questions.\norder: 1\n---\n',
    'fr/categories/nombreuses.md':
      '---\nid: many\ntitle: Nombreuses questions\ndescription: Un thème aux nombreuses questions.\norder: 1\n---\n',
  };
  for (let n = 1; n <= total; n++) {
    const front = `id: q${n}\ncategory: many\norder: ${n}\nupdated: 2026-01-15`;
    files[`en/articles/q${n}.md`] = `---\n${front}\ntitle: Question ${n}\n---\n\nAnswer ${n}.\n`;
    files[`fr/articles/q${n}.md`] = `---\n${front}\ntitle: Question ${n}\n---\n\nRéponse ${n}.\n`;
  }
  return files;
}

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const content = await tempDir('help-centre-numbers-');
  cleanup = content.cleanup;
  await writeContent(content.dir, contentFiles());
  const built = await buildTestApp({ CONTENT_DIR: content.dir, ...staff });
  app = built.app;
  for (let n = 0; n < total; n++) {
    await built.services.surveyStore.save({
      submissionId: randomUUID(),
      locale: n % 2 ? 'fr' : 'en',
      createdAt: new Date(Date.UTC(2026, 2, 1) + n * 60_000).toISOString(),
      answers: { satisfaction: '4', found: 'yes', topic: 'many', ease: '4', improve: `Idea ${n}` },
      fromPath: null,
    });
  }
}, 60_000);
afterAll(() => cleanup());

async function text(path: string, selector: string, auth = false): Promise<string> {
  const req = request(app).get(path);
  const res = await (auth ? req.set('Authorization', basic) : req);
  expect(res.status, path).toBe(200);
  const found = parseHtml(res.text).querySelector(selector);
  // Only the spaces of the markup: \s would also fold the no-break spaces under test.
  return (found?.text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

// Intl fr-FR groups thousands with a narrow no-break space (U+202F).
const cases = [
  {
    locale: 'en',
    home: '1,234 questions',
    seeAll: 'See all 1,234 questions about Many questions',
    topic: '/en/many?page=49',
    range: 'Questions 1,201 to 1,225 of 1,234',
    comments: '1,234 written comments, newest first. Showing 1,221 to 1,234 of 1,234',
  },
  {
    locale: 'fr',
    home: '1\u202f234 questions',
    seeAll: 'Voir les 1\u202f234 questions sur le thème «\u00a0Nombreuses questions\u00a0»',
    topic: '/fr/nombreuses?page=49',
    range: 'Questions 1\u202f201 à 1\u202f225 sur 1\u202f234',
    comments:
      '1\u202f234 commentaires écrits, du plus récent au plus ancien. Commentaires 1\u202f221 à 1\u202f234 sur 1\u202f234',
  },
] as const;

describe('counts of a thousand or more', () => {
  it.each(cases)('are grouped as $locale writes them on the home page', async (c) => {
    expect(await text(`/${c.locale}/`, '.topic-card__count')).toBe(c.home);
    expect(await text(`/${c.locale}/`, '.topic-card__more a')).toBe(c.seeAll);
  });

  it.each(cases)('are grouped as $locale writes them on a page of a topic', async (c) => {
    expect(await text(c.topic, '.layout-sidebar__main > .meta')).toBe(c.range);
  });

  it.each(cases)('are grouped as $locale writes them on the survey results', async (c) => {
    const comments = await text(
      `/admin/survey?lang=${c.locale}&page=62`,
      '.results-comments__count',
      true,
    );
    expect(comments).toBe(c.comments);
  });
});
