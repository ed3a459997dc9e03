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

interface Block {
  '@type': string;
  [key: string]: unknown;
}

async function page(path: string) {
  const res = await request(app).get(path);
  expect(res.status, path).toBe(200);
  const doc = parseHtml(res.text);
  const blocks = doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((b) => JSON.parse(b.text) as Block);
  const crumbs = doc.querySelectorAll('.breadcrumbs a').map((a) => ({
    name: a.text.trim(),
    item: siteUrl + (a.getAttribute('href') ?? ''),
  }));
  return {
    doc,
    blocks,
    crumbs,
    ofType: (type: string) => blocks.filter((b) => b['@type'] === type),
  };
}

type Breadcrumbs = {
  itemListElement: { '@type': string; position: number; name: string; item: string }[];
};

describe('structured data', () => {
  it('gives an article a BreadcrumbList: the visible breadcrumb, then the question', async () => {
    const path = '/fr/eu-login/mot-de-passe-eu-login-oublie';
    const { ofType, crumbs, doc } = await page(path);
    const [list, ...more] = ofType('BreadcrumbList') as unknown as Breadcrumbs[];
    expect(more).toHaveLength(0);
    const items = list?.itemListElement ?? [];
    expect(items.map(({ name, item }) => ({ name, item }))).toEqual([
      ...crumbs,
      { name: doc.querySelector('h1')?.text.trim(), item: siteUrl + path },
    ]);
    expect(crumbs.map((c) => c.name)).toEqual(['Accueil', 'EU Login']);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.every((i) => i['@type'] === 'ListItem')).toBe(true);
    expect(ofType('FAQPage')).toHaveLength(1);
  });

  it('gives a topic a BreadcrumbList beside its list of questions', async () => {
    const { ofType, crumbs } = await page('/en/eu-login');
    const list = ofType('BreadcrumbList')[0] as unknown as Breadcrumbs;
    expect(list.itemListElement.map(({ name, item }) => ({ name, item }))).toEqual([
      ...crumbs,
      { name: 'EU Login', item: `${siteUrl}/en/eu-login` },
    ]);
    expect(ofType('CollectionPage')).toHaveLength(1);
  });

  it.each([
    ['en', 'Europass Help Centre'],
    ['fr', 'Centre d’aide Europass'],
  ])('gives the %s home page a WebSite with its search action', async (locale, name) => {
    const { blocks } = await page(`/${locale}/`);
    expect(blocks).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name,
        url: `${siteUrl}/${locale}/`,
        inLanguage: locale,
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${siteUrl}/${locale}/search?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ]);
  });
});
