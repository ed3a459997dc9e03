import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
let siteUrl: string;

beforeAll(async () => {
  const built = await buildTestApp();
  app = built.app;
  siteUrl = built.config.siteUrl;
});

async function metaOf(path: string) {
  const doc = parseHtml((await request(app).get(path)).text);
  const all = (property: string) =>
    doc
      .querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
      .map((m) => m.getAttribute('content'));
  return { doc, all, one: (property: string) => all(property)[0] };
}

describe('link previews (Open Graph and Twitter card)', () => {
  it('describes an article with its question, answer, address and languages', async () => {
    const path = '/fr/eu-login/mot-de-passe-eu-login-oublie';
    const { one, all, doc } = await metaOf(path);
    expect(one('og:title')).toBe('J’ai oublié mon mot de passe EU Login. Que dois-je faire\u00a0?');
    expect(one('og:description')).toBe(
      doc.querySelector('meta[name="description"]')?.getAttribute('content'),
    );
    expect(one('og:description')?.length).toBeGreaterThan(20);
    expect(one('og:url')).toBe(siteUrl + path);
    expect(one('og:locale')).toBe('fr_FR');
    expect(all('og:locale:alternate')).toEqual(['en_GB']);
    expect(one('og:type')).toBe('article');
    expect(one('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(one('article:section')).toBe('EU Login');
    expect(one('og:site_name')).toBe('Centre d’aide Europass');
    expect(one('twitter:card')).toBe('summary_large_image');
    // The French card, 1200 × 630, at an absolute address that serves it.
    const image = one('og:image') ?? '';
    expect(image).toMatch(new RegExp(`^${siteUrl}/assets/images/preview-fr\\.[0-9a-f]{10}\\.png$`));
    const served = await request(app).get(image.slice(siteUrl.length));
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect((served.body as Buffer).readUInt32BE(16)).toBe(1200); // the PNG header's width
    expect((served.body as Buffer).readUInt32BE(20)).toBe(630);
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    expect(one('og:image:alt')).toContain('Centre d’aide Europass');
  });

  it('gives every kind of page one of each, in its language', async () => {
    for (const path of ['/en/', '/en/eu-login', '/fr/modeles-europass', '/en/search?q=password']) {
      const { all } = await metaOf(path);
      for (const property of [
        'og:title',
        'og:description',
        'og:url',
        'og:locale',
        'og:type',
        'og:site_name',
        'twitter:card',
        'og:image',
        'og:image:alt',
      ]) {
        expect(all(property), `${path} ${property}`).toHaveLength(1);
      }
      expect(all('og:locale')[0], path).toBe(path.startsWith('/fr/') ? 'fr_FR' : 'en_GB');
      expect(all('og:type')[0], path).toBe('website');
    }
  });

  it('escapes the title once, as the title element does', async () => {
    const { one, doc } = await metaOf('/en/');
    const title = doc.querySelector('title')?.text ?? '';
    expect(title.startsWith(`${one('og:title') ?? 'missing'} – `)).toBe(true);
    expect(one('og:title')).not.toMatch(/&amp;|&lt;/);
  });
});

describe('OpenSearch', () => {
  it.each([
    ['en', 'Europass Help'],
    ['fr', 'Aide Europass'],
  ])('links every %s page to its language’s search description', async (locale, shortName) => {
    for (const path of [`/${locale}/`, `/${locale}/eu-login`, `/${locale}/search?q=login`]) {
      const { doc } = await metaOf(path);
      const link = doc.querySelectorAll('link[rel="search"]');
      expect(link, path).toHaveLength(1);
      expect(link[0]?.getAttribute('type')).toBe('application/opensearchdescription+xml');
      expect(link[0]?.getAttribute('href')).toBe(`/${locale}/opensearch.xml`);
      expect(link[0]?.getAttribute('title')).toBe(shortName);
    }
  });

  it.each(['en', 'fr'])('describes the %s search with its address template', async (locale) => {
    const res = await request(app).get(`/${locale}/opensearch.xml`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/opensearchdescription+xml; charset=utf-8',
    );
    const xml = res.text;
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<OpenSearchDescription xmlns="http:\/\/a9.com\/-\/spec\/opensearch\/1.1\/"/,
    );
    expect(xml).toContain(`<Language>${locale}</Language>`);
    expect(xml).toContain(
      `<Url type="text/html" method="get" template="${siteUrl}/${locale}/search?q={searchTerms}"/>`,
    );
    const shortName = /<ShortName>([^<]*)<\/ShortName>/.exec(xml)?.[1] ?? '';
    expect(shortName.length).toBeGreaterThan(0);
    expect(shortName.length).toBeLessThanOrEqual(16); // the specification's limit
    expect(/<Description>([^<]*)<\/Description>/.exec(xml)?.[1]?.length).toBeLessThanOrEqual(1024);
  });

  it('is cached like a public page: shared, with an ETag, a 304 and no cookie', async () => {
    const res = await request(app).get('/fr/opensearch.xml').set('Cookie', 'lang=en');
    expect(res.headers['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers.vary ?? '').not.toMatch(/cookie/i);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await request(app).get('/fr/opensearch.xml').set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });

  it('redirects a query string away and knows no other language', async () => {
    const res = await request(app).get('/en/opensearch.xml?utm_source=x');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/opensearch.xml');
    expect((await request(app).get('/de/opensearch.xml')).status).toBe(404);
  });
});
