import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { languageSwitch, parseHtml } from '../../support/html.js';
import { staff } from '../../support/page-types.js';
import { staffGet } from '../../support/staff.js';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

/** Every staff page, as the staff navigation lists them. */
const pages = ['/admin', '/admin/survey', '/admin/feedback', '/admin/searches', '/admin/content'];
const downloads = ['/admin/survey.csv', '/admin/feedback.csv', '/admin/searches.csv'];

describe('the staff pages', () => {
  let app: App;
  let services: Awaited<ReturnType<typeof buildTestApp>>['services'];
  beforeAll(async () => {
    ({ app, services } = await buildTestApp(staff));
  });

  it('ask for the staff sign-in, pages and downloads alike', async () => {
    for (const url of [...pages, ...downloads]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(401);
      expect(res.headers['www-authenticate'], url).toMatch(/^Basic realm=/);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it.each(locales)(
    'ask for the sign-in in the language of ?lang=%s, whatever the browser prefers, without the invitation',
    async (lang) => {
      const t = services.i18n.t(lang);
      const other = locales.find((locale) => locale !== lang);
      for (const url of pages) {
        const res = await request(app)
          .get(`${url}?lang=${lang}`)
          .set('Accept-Language', other ?? '');
        expect(res.status, url).toBe(401);
        const doc = parseHtml(res.text);
        expect(doc.querySelector('html')?.getAttribute('lang'), url).toBe(lang);
        expect(doc.querySelector('h1')?.text, url).toBe(t('errors.unauthorized.title'));
        expect(doc.querySelector('.survey-banner'), url).toBeNull();
      }
    },
  );

  it.each(locales)(
    'show in %s, uncached, out of search engines, without the invitation',
    async (lang) => {
      const t = services.i18n.t(lang);
      for (const path of pages) {
        const res = await staffGet(app, `${path}?lang=${lang}`);
        expect(res.status, path).toBe(200);
        expect(res.headers['cache-control'], path).toBe('no-store');
        expect(res.headers['x-robots-tag'], path).toBe('noindex');
        const doc = parseHtml(res.text);
        expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(lang);
        expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(doc.querySelectorAll('[style], style, script:not([src])'), path).toHaveLength(0);
        expect(doc.querySelector('.survey-banner'), path).toBeNull();
        // Only the staff stylesheet besides the site's.
        const sheets = doc
          .querySelectorAll('link[rel="stylesheet"]')
          .map((l) => l.getAttribute('href'));
        expect(sheets, path).toHaveLength(2);
        expect(sheets[1], path).toMatch(/^\/assets\/css\/staff\.[0-9a-f]+\.css$/);
        expect(doc.querySelector('title')?.text, path).toContain(t('site.name'));
      }
    },
  );

  it('link each other through one navigation that marks the current page', async () => {
    for (const path of pages) {
      const doc = parseHtml((await staffGet(app, `${path}?lang=fr`)).text);
      const links = doc.querySelectorAll('nav.staff-nav a');
      expect(
        links.map((a) => a.getAttribute('href')?.split('?')[0]),
        path,
      ).toEqual(pages);
      expect(
        links.every((a) => a.getAttribute('href')?.includes('lang=fr')),
        path,
      ).toBe(true);
      const current = doc.querySelectorAll('nav.staff-nav [aria-current="page"]');
      expect(
        current.map((a) => a.getAttribute('href')?.split('?')[0]),
        path,
      ).toEqual([path]);
    }
  });

  it('keep the chosen period in the links of the pages that have one', async () => {
    const doc = parseHtml((await staffGet(app, '/admin/feedback?period=7')).text);
    const hrefs = doc.querySelectorAll('nav.staff-nav a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/admin?lang=en&period=7',
      '/admin/survey?lang=en',
      '/admin/feedback?lang=en&period=7',
      '/admin/searches?lang=en&period=7',
      '/admin/content?lang=en',
    ]);
  });

  it('switch language to the same page with the same choices', async () => {
    const doc = parseHtml(
      (await staffGet(app, '/admin/feedback?lang=fr&period=90&sort=votes')).text,
    );
    const other = languageSwitch(doc);
    expect(other.lang).toBe('en');
    expect(other.href).toBe('/admin/feedback?lang=en&period=90&sort=votes');
  });

  it('show a page, never an error, whatever the query says', async () => {
    for (const path of pages) {
      for (const query of [
        'period=abc',
        'period=31',
        'period[]=7',
        'page=-1',
        'page=99999999999',
        'cpage=0',
        'sort=x',
        'sort[x]=1',
        'lang=de',
        'lang[x]=1',
        'locale=de&article=../x',
        'article=%E2%82%AC&locale=fr',
        'from=2026-02-30',
      ]) {
        const res = await staffGet(app, `${path}?${query}`);
        expect(res.status, `${path}?${query}`).toBe(200);
        expect(parseHtml(res.text).querySelector('html')?.getAttribute('lang')).toBe('en');
      }
    }
    for (const path of downloads) {
      const res = await staffGet(app, `${path}?period=abc&lang=de`);
      expect(res.status, path).toBe(200);
    }
  });

  it('fall back to the last 30 days for a period not offered', async () => {
    const doc = parseHtml((await staffGet(app, '/admin?period=abc')).text);
    expect(doc.querySelector('#period option[selected]')?.getAttribute('value')).toBe('30');
    expect(doc.querySelectorAll('#period option').map((o) => o.getAttribute('value'))).toEqual([
      '7',
      '30',
      '90',
    ]);
  });
});

describe('staff pages without a staff account configured', () => {
  it('do not exist (404), like any unknown page', async () => {
    const { app } = await buildTestApp();
    const unknown = await request(app).get('/admin/nothing-here');
    for (const url of [...pages, ...downloads]) {
      const res = await staffGet(app, url);
      expect(res.status, url).toBe(404);
      expect(res.text).toBe(unknown.text);
    }
  });
});
