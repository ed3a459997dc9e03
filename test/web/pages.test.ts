import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { articlePath, categoryPath, homePath } from '../../src/web/urls.js';
import { buildTestApp } from '../support/app.js';
import { languageSwitch, parseHtml } from '../support/html.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
let pages: { locale: string; path: string }[] = [];

beforeAll(async () => {
  const built = await buildTestApp();
  app = built.app;
  const repo = built.services.content.repo;
  pages = locales.flatMap((locale) => [
    { locale, path: homePath(locale) },
    ...repo.categories(locale).map((c) => ({ locale, path: categoryPath(c) })),
    ...repo.articles(locale).map((a) => ({ locale, path: articlePath(a, repo.categoryOf(a)) })),
  ]);
});

describe('browsing pages', () => {
  it('has the 25 seed questions in each language', () => {
    for (const locale of locales) {
      expect(
        pages.filter((p) => p.locale === locale && p.path.split('/').length === 4),
      ).toHaveLength(25);
    }
  });

  it('answers every page of both locales with 200 and the right lang', async () => {
    for (const page of pages) {
      const res = await request(app).get(page.path);
      expect(res.status, page.path).toBe(200);
      expect(res.type).toBe('text/html');
      const doc = parseHtml(res.text);
      expect(doc.querySelector('html')?.getAttribute('lang'), page.path).toBe(page.locale);
      expect(doc.querySelectorAll('h1'), page.path).toHaveLength(1);
    }
  });

  it('links every page to its versions in both locales and x-default', async () => {
    for (const page of pages) {
      const doc = parseHtml((await request(app).get(page.path)).text);
      const hreflangs = doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => l.getAttribute('hreflang'));
      expect(hreflangs.sort(), page.path).toEqual(['en', 'fr', 'x-default']);
      const self = doc.querySelector(`link[rel="alternate"][hreflang="${page.locale}"]`);
      expect(self?.getAttribute('href')).toMatch(new RegExp(`${page.path}$`));
    }
  });

  it('switches language to the same page and back again, through the switch', async () => {
    for (const page of pages) {
      const there = languageSwitch(parseHtml((await request(app).get(page.path)).text));
      expect(there.lang).not.toBe(page.locale);
      expect(there.target.startsWith(`/${there.lang}/`), there.href).toBe(true);
      expect(there.href).toBe(`/language${there.target}`);
      const switched = await request(app).get(there.href);
      expect(switched.status, there.href).toBe(303);
      expect(switched.headers.location).toBe(there.target);
      const res = await request(app).get(there.target);
      expect(res.status, there.target).toBe(200);
      const back = languageSwitch(parseHtml(res.text));
      expect(back.target, `${page.path} → ${there.target}`).toBe(page.path);
    }
  });

  it('lists every question of a category in details elements with stable anchors', async () => {
    const res = await request(app).get('/fr/modeles-europass');
    const doc = parseHtml(res.text);
    const items = doc.querySelectorAll('details.faq__item');
    expect(items).toHaveLength(8);
    expect(items[0]?.getAttribute('id')).toBe('cadre-europeen-commun-cecr');
    expect(items[0]?.querySelector('summary')?.text).toContain('CECR');
  });

  it('shows breadcrumbs, the localized update date and related questions on an article', async () => {
    const res = await request(app).get('/fr/eu-login/mot-de-passe-eu-login-oublie');
    const doc = parseHtml(res.text);
    const crumbs = doc.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'));
    expect(crumbs).toEqual(['/fr/', '/fr/eu-login']);
    expect(doc.querySelector('.article__updated')?.text).toContain('30 novembre 2026');
    expect(doc.querySelectorAll('.layout-sidebar__aside .question-list a').length).toBeGreaterThan(
      0,
    );
    const en = await request(app).get('/en/eu-login/forgotten-eu-login-password');
    expect(parseHtml(en.text).querySelector('.article__updated')?.text).toContain(
      '30 November 2026',
    );
  });

  it('marks up each answer once, on its own page, and a topic as the list of its questions', async () => {
    const jsonLd = async (path: string, type: string) => {
      const doc = parseHtml((await request(app).get(path)).text);
      const blocks = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((block) => JSON.parse(block.text) as { '@type': string });
      const ofType = blocks.filter((block) => block['@type'] === type);
      expect(ofType).toHaveLength(1);
      return ofType[0] as unknown;
    };
    const article = (await jsonLd('/fr/eu-login/mot-de-passe-eu-login-oublie', 'FAQPage')) as {
      '@type': string;
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(article['@type']).toBe('FAQPage');
    const [question, ...others] = article.mainEntity;
    expect(others).toHaveLength(0);
    expect(question?.name).toBe('J’ai oublié mon mot de passe EU Login. Que dois-je faire\u00a0?');
    expect(question?.acceptedAnswer.text.length).toBeGreaterThan(20);

    const topic = (await jsonLd('/en/eu-login', 'CollectionPage')) as {
      '@type': string;
      mainEntity: { itemListElement: unknown[] };
    };
    expect(topic['@type']).toBe('CollectionPage');
    expect(JSON.stringify(topic)).not.toContain('acceptedAnswer');
    const items = topic.mainEntity.itemListElement;
    expect(items).toHaveLength(16);
    expect(items[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: 'I created an EU Login account but did not receive a confirmation email. What should I do?',
      url: expect.stringMatching(/\/en\/eu-login\/confirmation-email-not-received$/) as string,
    });
  });

  it('shows the categories, their question counts and the survey invitation on the home page', async () => {
    const doc = parseHtml((await request(app).get('/en/')).text);
    const cards = doc.querySelectorAll('.topic-card');
    expect(cards).toHaveLength(3);
    expect(cards[0]?.querySelector('.topic-card__count')?.text).toBe('16 questions');
    expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/en/search');
    const banner = doc.querySelector('.survey-banner');
    expect(banner?.text).toContain('There are 5 questions');
    expect(banner?.text).toContain('It takes about 3 minutes');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/en/survey?from=%2Fen%2F');
  });

  it('answers the liveness check with plain "ok"', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
  });
});
