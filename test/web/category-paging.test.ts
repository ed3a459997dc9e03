import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { questionsPerPage } from '../../src/web/routes/pages.js';
import { categoryPath } from '../../src/web/urls.js';
import { buildTestApp } from '../support/app.js';
import { languageSwitch, parseHtml } from '../support/html.js';
import { accessibleName, visibleText } from '../support/link-names.js';
import { bigTopic, pad, realContentWithBigTopic } from './big-topic.js';

const en = bigTopic.en.path;
const fr = bigTopic.fr.path;
const enCount = bigTopic.en.count;

let site: Awaited<ReturnType<typeof buildTestApp>>;
let real: Awaited<ReturnType<typeof buildTestApp>>;
let cleanup: () => void;

beforeAll(async () => {
  const copy = realContentWithBigTopic();
  cleanup = copy.cleanup;
  site = await buildTestApp({ CONTENT_DIR: copy.dir, SITE_URL: 'https://help.example.org' });
  real = await buildTestApp({ SITE_URL: 'https://help.example.org' });
});
afterAll(() => cleanup());

async function page(path: string) {
  const res = await request(site.app).get(path);
  expect(res.status, path).toBe(200);
  return parseHtml(res.text);
}

const questionIds = (doc: ReturnType<typeof parseHtml>) =>
  doc.querySelectorAll('details.faq__item').map((d) => d.getAttribute('id'));
const links = (doc: ReturnType<typeof parseHtml>) =>
  doc.querySelectorAll('nav.pagination li').map((li) => {
    const a = li.querySelector('a');
    return a ? `${visibleText(a)}${a.getAttribute('aria-current') ? '*' : ''}` : li.text.trim();
  });

describe('paged category pages', () => {
  it('shows 25 questions a page, in order, and the rest on the last page', async () => {
    expect(questionsPerPage).toBe(25);
    const first = await page(en);
    expect(questionIds(first)).toEqual(
      Array.from({ length: 25 }, (_, i) => `question-${pad(i + 1)}`),
    );
    const second = await page(`${en}?page=2`);
    expect(questionIds(second)[0]).toBe('question-026');
    expect(questionIds(second)).toHaveLength(25);
    const last = await page(`${en}?page=10`);
    expect(questionIds(last)).toEqual(
      Array.from({ length: 15 }, (_, i) => `question-${pad(226 + i)}`),
    );
  });

  it('says which page this is in the title, the heading and the count, in both languages', async () => {
    const second = await page(`${en}?page=2`);
    expect(second.querySelector('title')?.text).toBe(
      'Big topic (Page 2 of 10) – Europass Help Centre',
    );
    expect(second.querySelector('h1')?.text).toBe('Big topic, Page 2 of 10');
    expect(second.querySelector('.layout-sidebar__main > .meta')?.text).toBe(
      'Questions 26 to 50 of 240',
    );
    const french = await page(`${fr}?page=2`);
    expect(french.querySelector('title')?.text).toBe(
      'Grand thème (Page 2 sur 3) – Centre d’aide Europass',
    );
    expect(french.querySelector('h1')?.text).toBe('Grand thème, Page 2 sur 3');
    expect(french.querySelector('.layout-sidebar__main > .meta')?.text).toBe(
      'Questions 26 à 50 sur 60',
    );
  });

  it('shows the topic introduction on the first page only', async () => {
    expect((await page(en)).querySelector('.layout-sidebar__main > .prose')?.text).toContain(
      'introduction of the big topic',
    );
    expect((await page(`${en}?page=2`)).querySelector('.layout-sidebar__main > .prose')).toBe(null);
  });

  it('links the pages in a labelled nav: first, last, neighbours, ellipses, previous and next', async () => {
    const first = await page(en);
    const nav = first.querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Pages of questions in this topic');
    expect(links(first)).toEqual(['1*', '2', '…', '10', 'Next page']);
    expect(links(await page(`${en}?page=5`))).toEqual([
      'Previous page',
      '1',
      '…',
      '4',
      '5*',
      '6',
      '…',
      '10',
      'Next page',
    ]);
    expect(links(await page(`${en}?page=4`))).toEqual([
      'Previous page',
      '1',
      '2',
      '3',
      '4*',
      '5',
      '…',
      '10',
      'Next page',
    ]);
    expect(links(await page(`${en}?page=10`))).toEqual(['Previous page', '1', '…', '9', '10*']);
    const french = await page(`${fr}?page=2`);
    expect(french.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe(
      'Pages des questions de ce thème',
    );
    expect(links(french)).toEqual(['Page précédente', '1', '2*', '3', 'Page suivante']);
  });

  it('links page 1 without ?page, marks the current page and names every page link', async () => {
    const second = await page(`${en}?page=2`);
    const nav = second.querySelector('nav.pagination');
    expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(en);
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`${en}?page=3`);
    const current = nav?.querySelector('a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe(`${en}?page=2`);
    expect(current && accessibleName(current)).toBe('Page 2 of questions about Big topic');
    const pageLinks = nav?.querySelectorAll('li:not([class*="--"]) a') ?? [];
    expect(pageLinks.map((a) => a.getAttribute('href'))).toEqual([
      en,
      `${en}?page=2`,
      `${en}?page=3`,
      `${en}?page=10`,
    ]);
    expect(
      pageLinks.every((a) => /^Page \d+ of questions about Big topic$/.test(accessibleName(a))),
    ).toBe(true);
  });

  it('gives each page its own canonical address, prev/next links and structured data', async () => {
    const first = await page(en);
    expect(first.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://help.example.org${en}`,
    );
    expect(first.querySelector('link[rel="prev"]')).toBe(null);
    expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(
      `https://help.example.org${en}?page=2`,
    );
    const third = await page(`${en}?page=3`);
    expect(third.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://help.example.org${en}?page=3`,
    );
    expect(third.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(
      `https://help.example.org${en}?page=2`,
    );
    const data = JSON.parse(
      third.querySelector('script[type="application/ld+json"]')?.text ?? '{}',
    ) as { url: string; mainEntity: { itemListElement: { name: string; position: number }[] } };
    expect(data.url).toBe(`https://help.example.org${en}?page=3`);
    expect(data.mainEntity.itemListElement.map((q) => q.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Big question ${51 + i}`),
    );
    expect(data.mainEntity.itemListElement[0]?.position).toBe(51);
  });

  it('switches language to the same page number, or the last page the other language has', async () => {
    const fifth = await page(`${en}?page=5`);
    expect(languageSwitch(fifth).target).toBe(`${fr}?page=3`);
    expect(fifth.querySelector('link[rel="alternate"][hreflang="fr"]')?.getAttribute('href')).toBe(
      `https://help.example.org${fr}?page=3`,
    );
    expect(languageSwitch(await page(`${fr}?page=2`)).target).toBe(`${en}?page=2`);
    expect(languageSwitch(await page(fr)).target).toBe(en);
  });

  it('keeps each page in the page cache under its own address', async () => {
    const cache = site.services.pageCache;
    await page(`${en}?page=6`);
    await page(`${en}?page=7`);
    const six = cache.get(cache.key(`${en}?page=6`, false));
    const seven = cache.get(cache.key(`${en}?page=7`, false));
    expect(six && seven).toBeTruthy();
    expect(six?.identity.etag).not.toBe(seven?.identity.etag);
    const again = await request(site.app).get(`${en}?page=6`).set('Accept-Encoding', 'identity');
    expect(again.headers.etag).toBe(six?.identity.etag);
  });
});

describe('page values that are not a page of the topic', () => {
  it('redirects other spellings of a page to its one address', async () => {
    const cases: [string, string][] = [
      ['?page=1', en],
      ['?page=02', `${en}?page=2`],
      ['?page=%202', `${en}?page=2`],
      ['?page=1&page=2', en],
      ['?page=3&page=2', `${en}?page=3`],
      ['?page=abc', en],
      ['?page=', en],
      ['?page=-1', en],
      ['?page=2.5', en],
    ];
    for (const [query, location] of cases) {
      const res = await request(site.app).get(en + query);
      expect(res.status, query).toBe(301);
      expect(res.headers.location, query).toBe(location);
    }
  });

  it('answers a localized 404 for a page number the topic does not have', async () => {
    for (const query of ['?page=0', '?page=11', '?page=99999', '?page=99999999999999999999']) {
      const res = await request(site.app).get(en + query);
      expect(res.status, query).toBe(404);
      expect(parseHtml(res.text).querySelector('h1')?.text, query).toBe('Page not found');
    }
    const french = await request(site.app).get(`${fr}?page=4`);
    expect(french.status).toBe(404);
    expect(parseHtml(french.text).querySelector('h1')?.text).toBe('Page introuvable');
    expect(parseHtml(french.text).querySelector('meta[name="robots"]')).not.toBe(null);
  });

  it('drops a nested page parameter and shows the first page', async () => {
    const redirect = await request(site.app).get(`${en}?page[x]=2`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(en);
    const res = await request(site.app).get(en);
    expect(res.status).toBe(200);
    const doc = parseHtml(res.text);
    expect(questionIds(doc)[0]).toBe('question-001');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://help.example.org${en}`,
    );
  });
});

describe('the real topics', () => {
  it('stay on one page with every question, no page links and their usual title', async () => {
    const repo = real.services.content.repo;
    for (const locale of locales) {
      for (const category of repo.categories(locale)) {
        const path = categoryPath(category);
        const res = await request(real.app).get(path);
        expect(res.status, path).toBe(200);
        const doc = parseHtml(res.text);
        const articles = repo.articlesIn(category);
        expect(articles.length, path).toBeLessThanOrEqual(questionsPerPage);
        expect(questionIds(doc), path).toEqual(articles.map((a) => a.slug));
        expect(doc.querySelector('nav.pagination'), path).toBe(null);
        expect(doc.querySelector('link[rel="next"]'), path).toBe(null);
        expect(doc.querySelector('title')?.text, path).toMatch(new RegExp(`^${category.title} – `));
        expect(doc.querySelector('h1')?.text, path).toBe(category.title);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(
          `https://help.example.org${path}`,
        );
        const count = real.services.i18n.t(locale)('home.questionCount', {
          count: articles.length,
          n: String(articles.length),
        });
        expect(doc.querySelector('.layout-sidebar__main > .meta')?.text, path).toBe(count);
      }
    }
  });

  it('answer 404 for a second page they do not have', async () => {
    const res = await request(real.app).get('/en/eu-login?page=2');
    expect(res.status).toBe(404);
  });
});

describe('the sitemap', () => {
  it('lists every question of a paged topic and no page addresses', async () => {
    const res = await request(site.app).get('/sitemap.xml');
    const locs = [...res.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs).toContain(`https://help.example.org${en}`);
    expect(locs).toContain(`https://help.example.org${en}/question-240`);
    expect(locs).toContain(`https://help.example.org${fr}/question-060`);
    expect(locs.filter((l) => l.startsWith(`https://help.example.org${en}/`))).toHaveLength(
      enCount,
    );
    expect(locs.some((l) => l.includes('?'))).toBe(false);
  });
});
