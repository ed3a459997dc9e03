/**
 * WCAG 2.4.9 (Link Purpose, Link Only): every link says where it goes by its accessible name
 * alone, as a screen reader's list of links reads it. On every page type of both languages,
 * two links with the same name lead to the same place, and no name is a bare "Next" or "See all".
 */
import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { buildTestApp, copyOfRealContent, writeContent } from '../support/app.js';
import { onCleanup } from '../support/cleanup.js';
import { pageLinks, type PageLink } from '../support/link-names.js';
import { fetchEveryPageType, staff, type FetchedPage } from '../support/page-types.js';
import { daysAgo, saveVotes, staffGet, vote } from '../support/staff.js';
import { bigTopic, bigTopicFiles } from './big-topic.js';

/**
 * Names that say nothing of where a link goes, in either language: compared in lower case,
 * without final punctuation. Bare numbers (page links) are refused too.
 */
const genericNames = new Set([
  'see all',
  'view all',
  'show all',
  'voir tout',
  'tout voir',
  'afficher tout',
  'next',
  'next page',
  'suivant',
  'suivante',
  'page suivante',
  'previous',
  'previous page',
  'précédent',
  'précédente',
  'page précédente',
  'read more',
  'more',
  'lire la suite',
  'en savoir plus',
  'plus',
  'here',
  'ici',
  'click here',
  'cliquez ici',
  'link',
  'lien',
  'back',
  'go back',
  'retour',
  'search again',
  'lancer une nouvelle recherche',
  'browse topics',
  'browse all topics',
  'parcourir tous les thèmes',
  'open this question on its own page',
  'ouvrir cette question sur sa propre page',
  'english version',
  'french version',
  'version anglaise',
  'version française',
  'show every comment',
  'afficher tous les commentaires',
  'clear filters',
  'effacer les filtres',
]);

function isGeneric(name: string): boolean {
  const bare = name
    .toLowerCase()
    .replace(/[\s.…:!?\u00a0»›→]+$/u, '')
    .trim();
  return bare === '' || /^\d+$/.test(bare) || /^page \d+$/.test(bare) || genericNames.has(bare);
}

/** Names used for two or more destinations on one page: name → its destinations. */
function ambiguousNames(links: PageLink[]): Map<string, string[]> {
  const targets = new Map<string, Set<string>>();
  for (const link of links) {
    const key = link.name.toLowerCase();
    targets.set(key, (targets.get(key) ?? new Set()).add(link.target));
  }
  return new Map(
    [...targets]
      .filter(([, places]) => places.size > 1)
      .map(([name, places]) => [name, [...places]]),
  );
}

/**
 * The real content with a topic paged over several pages, a translation missing each way (the
 * notice pages, the translation report) and one behind (the report's outdated table).
 */
async function contentForEveryLink(): Promise<string> {
  const content = await copyOfRealContent();
  onCleanup(content.cleanup);
  await writeContent(content.dir, bigTopicFiles());
  for (const file of [
    'en/articles/europass-certificate-supplement.md',
    'fr/articles/supplement-au-diplome.md',
  ]) {
    await rm(path.join(content.dir, file));
  }
  const behind = path.join(content.dir, 'en/articles/why-use-2fa.md');
  const text = await readFile(behind, 'utf8');
  await writeFile(behind, text.replace(/^updated: .*$/m, 'updated: 2020-01-15'));
  return content.dir;
}

/** Every page type, plus the second pages and narrowed views that only exist with more data. */
async function fetchPages(): Promise<FetchedPage[]> {
  const site = await buildTestApp({ ...staff, CONTENT_DIR: await contentForEveryLink() });
  const { services, app } = site;
  // 45 survey comments and 30 commented articles: every staff list has a second page.
  for (let i = 1; i <= 45; i++) {
    await services.surveyStore.save({
      submissionId: randomUUID(),
      locale: i % 2 ? 'en' : 'fr',
      createdAt: daysAgo(1 + (i % 20), i % 24),
      answers: {
        satisfaction: '3',
        found: 'yes',
        topic: 'other',
        ease: '3',
        improve: `Comment ${i}`,
      },
      fromPath: '/en/',
    });
  }
  const commented = locales
    .flatMap((locale) => services.content.repo.articles(locale))
    .slice(0, 30);
  await saveVotes(
    services,
    commented.map((article, i) =>
      vote({
        locale: article.locale,
        articleId: article.id,
        comment: `Comment ${i + 1}`,
        createdAt: daysAgo(1, i % 24),
      }),
    ),
  );
  const pages = await fetchEveryPageType(site, site);
  for (const locale of locales) {
    const add = async (name: string, url: string, res: Promise<request.Response>) => {
      pages.push({ name: `${locale} ${name}`, url, expected: 200, res: await res });
    };
    const topic = bigTopic[locale].path;
    await add('paged topic', topic, request(app).get(topic));
    await add('paged topic, page 2', `${topic}?page=2`, request(app).get(`${topic}?page=2`));
    for (const url of [
      `/admin/survey?lang=${locale}&page=2`,
      `/admin/feedback?lang=${locale}&page=2&cpage=2`,
      `/admin/feedback?lang=${locale}&locale=${commented[0]?.locale ?? ''}&article=${commented[0]?.id ?? ''}`,
    ]) {
      await add(`staff page ${url}`, url, staffGet(app, url));
    }
  }
  return pages;
}

describe('links say where they go out of context (WCAG 2.4.9)', () => {
  let pages: { name: string; links: PageLink[] }[] = [];

  beforeAll(async () => {
    const fetched = await fetchPages();
    for (const page of fetched) expect(page.res.status, page.name).toBe(page.expected);
    pages = fetched.map((page) => ({ name: page.name, links: pageLinks(page.res.text, page.url) }));
  }, 120_000);

  it('covers every page type of both languages, staff pages, second pages and translation notices', () => {
    const names = pages.map((page) => page.name);
    for (const locale of locales) {
      for (const kind of [
        'home',
        'paged topic, page 2',
        'search results, page 2',
        'translation notice',
        'staff page /admin/content',
      ]) {
        expect(names).toContain(`${locale} ${kind}`);
      }
    }
    expect(pages.every((page) => page.links.length > 0)).toBe(true);
    // The translation report has rows to link, so its links are checked too.
    const report = pages.find((page) => page.name === 'en staff page /admin/content');
    expect(report?.links.some((link) => link.name.startsWith('French version of'))).toBe(true);
  });

  it('never gives two destinations the same link name on one page', () => {
    const clashes = pages.flatMap((page) =>
      [...ambiguousNames(page.links)].map(
        ([name, targets]) => `${page.name}: “${name}” → ${targets.join(' | ')}`,
      ),
    );
    expect(clashes).toEqual([]);
  });

  it('never names a link with a phrase that needs its surroundings, like “Next” or “Voir tout”', () => {
    const vague = pages.flatMap((page) =>
      page.links
        .filter((link) => isGeneric(link.name))
        .map((link) => `${page.name}: “${link.name}” → ${link.href}`),
    );
    expect([...new Set(vague)]).toEqual([]);
  });

  it('reads a name from visually hidden text and aria-label, not from what is hidden from everyone', () => {
    const links = pageLinks(
      '<a href="/en/x?page=2">Next<span class="visually-hidden"> page of results</span><svg aria-hidden="true"><text>→</text></svg></a>' +
        '<a href="#main" aria-label="Skip">ignored</a>',
      '/en/x',
    );
    expect(links).toEqual([
      { name: 'Next page of results', href: '/en/x?page=2', target: '/en/x?page=2' },
      { name: 'Skip', href: '#main', target: '/en/x' },
    ]);
    expect(isGeneric('Suivante\u00a0»')).toBe(true);
    expect(isGeneric('12')).toBe(true);
  });
});
