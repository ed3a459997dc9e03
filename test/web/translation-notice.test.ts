// Readers of a translation that fell behind are told so under the question, with a link to the
// newer version. Proved on a copy of the real content whose dates the test changes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newerTranslations } from '../../src/content/parity.js';
import type { Locale } from '../../src/i18n/locales.js';
import { buildTestApp, copyOfRealContent } from '../support/app.js';
import { parseHtml } from '../support/html.js';

/** Two questions whose versions the test dates apart, one each way. */
const pairs = {
  // The English version changed after the French one.
  password: {
    en: { file: 'en/articles/forgotten-eu-login-password.md', updated: '2026-11-28' },
    fr: { file: 'fr/articles/mot-de-passe-eu-login-oublie.md', updated: '2026-03-02' },
    path: {
      en: '/en/eu-login/forgotten-eu-login-password',
      fr: '/fr/eu-login/mot-de-passe-eu-login-oublie',
    },
  },
  // The French version changed after the English one.
  eid: {
    en: { file: 'en/articles/activate-eid-second-factor.md', updated: '2025-07-14' },
    fr: { file: 'fr/articles/activer-eid-second-facteur.md', updated: '2026-12-03' },
    path: {
      en: '/en/eu-login/activate-eid-second-factor',
      fr: '/fr/eu-login/activer-eid-second-facteur',
    },
  },
} as const;

let site: Awaited<ReturnType<typeof buildTestApp>>;
let real: Awaited<ReturnType<typeof buildTestApp>>;
let content: Awaited<ReturnType<typeof copyOfRealContent>>;

beforeAll(async () => {
  content = await copyOfRealContent();
  for (const pair of Object.values(pairs)) {
    for (const { file, updated } of [pair.en, pair.fr]) {
      const full = path.join(content.dir, file);
      const text = await readFile(full, 'utf8');
      expect(text).toMatch(/^updated: .*$/m);
      await writeFile(full, text.replace(/^updated: .*$/m, `updated: ${updated}`));
    }
  }
  site = await buildTestApp({ CONTENT_DIR: content.dir });
  real = await buildTestApp();
});

afterAll(() => content.cleanup());

const page = async (url: string) => {
  const res = await request(site.app).get(url);
  expect(res.status, url).toBe(200);
  return parseHtml(res.text);
};

describe('the notice of a newer translation', () => {
  it.each([
    ['fr', 'password', 'en', 'Read the English version, updated 28 November 2026'],
    ['en', 'eid', 'fr', 'Lire la version française, mise à jour le 3 décembre 2026'],
  ] as const)(
    'on the older %s version (%s): says so under the title and links to the %s one',
    async (locale, pair, newer, linkText) => {
      const doc = await page(pairs[pair].path[locale]);
      const notice = doc.querySelector('article > h1 + .translation-notice');
      expect(notice).not.toBeNull();
      const t = site.services.i18n.t(locale);
      expect(notice?.querySelector('.translation-notice__title')?.text).toBe(
        t('article.outdated.title'),
      );
      // The sentence in the page's language, naming the other language in it.
      expect(notice?.text).toContain(
        t('article.outdated.body', { language: t(`language.name.${newer}`) }),
      );
      // The link in the newer version's own language, as its readers say it, with its date.
      const links = notice?.querySelectorAll('a') ?? [];
      expect(links).toHaveLength(1);
      expect(links[0]?.getAttribute('href')).toBe(pairs[pair].path[newer]);
      expect(links[0]?.getAttribute('hreflang')).toBe(newer);
      expect(links[0]?.getAttribute('lang')).toBe(newer);
      expect(links[0]?.text).toBe(linkText);
    },
  );

  it.each([
    ['en', 'password'],
    ['fr', 'eid'],
  ] as const)('is absent from the newer %s version (%s)', async (locale, pair) => {
    const doc = await page(pairs[pair].path[locale]);
    expect(doc.querySelector('.translation-notice')).toBeNull();
  });

  it('is absent where both versions carry the same date (all the real content)', async () => {
    const repo = real.services.content.repo;
    for (const locale of ['en', 'fr'] as Locale[]) {
      for (const article of repo.articles(locale)) {
        expect(newerTranslations(repo, article), article.id).toEqual([]);
      }
    }
    const res = await request(real.app).get(pairs.password.path.fr);
    expect(parseHtml(res.text).querySelector('.translation-notice')).toBeNull();
  });

  it('comes with the page in its cache: public and the same for everyone', async () => {
    const res = await request(site.app).get(pairs.password.path.fr);
    expect(res.headers['cache-control']).toMatch(/^public, /);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
