import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchApiBody } from '../../src/web/routes/api.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';
import { visibleText } from '../support/link-names.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

beforeAll(async () => {
  app = (await buildTestApp()).app;
});

const page = async (url: string) => {
  const res = await request(app).get(url);
  expect(res.status, url).toBe(200);
  return parseHtml(res.text);
};

describe('search results page', () => {
  it('shows the query, the announced count and linked results with marked snippets', async () => {
    const doc = await page('/fr/search?q=competences+numeriques');
    expect(doc.querySelector('h1')?.text).toBe(
      'Résultats pour «\u00a0competences numeriques\u00a0»',
    );
    expect(doc.querySelector('[role="status"]')?.text).toMatch(/\d+ résultats/);
    const first = doc.querySelector('.search-result');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      '/fr/modeles-europass/decrire-competences-numeriques',
    );
    expect(first?.querySelector('.search-result__category')?.text).toBe('Modèles Europass');
    expect(first?.querySelector('.search-result__snippet')?.innerHTML).toContain(
      '<mark>compétences</mark> <mark>numériques</mark>',
    );
    expect(doc.querySelector('input[name="q"]')?.getAttribute('value')).toBe(
      'competences numeriques',
    );
  });

  it('keeps the no-break spaces inside « » of French snippets, so « or » never ends or starts a line', async () => {
    const doc = await page('/fr/search?q=accessibles+au+public');
    const snippets = doc.querySelectorAll('.search-result__snippet').map((s) => s.text);
    expect(snippets.join(' ')).toContain('«\u00a0');
    for (const snippet of snippets) expect(snippet).not.toMatch(/« | »/);
  });

  it('pages results ten at a time with accessible pagination', async () => {
    const first = await page('/en/search?q=eu+login');
    const total = Number(
      /(\d+) results/.exec(first.querySelector('[role="status"]')?.text ?? '')?.[1],
    );
    expect(total).toBeGreaterThan(10);
    expect(first.querySelectorAll('.search-result')).toHaveLength(10);
    const nav = first.querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Search results pages');
    expect(visibleText(nav?.querySelector('[aria-current="page"]'))).toBe('1');
    const second = await page('/en/search?q=eu+login&page=2');
    expect(visibleText(second.querySelector('[aria-current="page"]'))).toBe('2');
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/en/search?q=eu%20login&page=1',
    );
    expect(second.querySelector('ol.search-results')?.getAttribute('start')).toBe('11');
    const firstIds = first.querySelectorAll('.search-result a').map((a) => a.getAttribute('href'));
    const secondIds = second
      .querySelectorAll('.search-result a')
      .map((a) => a.getAttribute('href'));
    expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
  });

  it.each(['abc', '-1', '0', '99999', '1e3', '2&page=3'])(
    'treats page=%s sensibly',
    async (value) => {
      const doc = await page(`/en/search?q=eu+login&page=${value}`);
      expect(doc.querySelectorAll('.search-result').length).toBeGreaterThan(0);
    },
  );

  it('suggests popular questions by topic for an empty query', async () => {
    const doc = await page('/en/search?q=++');
    expect(doc.querySelector('h1')?.text).toBe('Search');
    expect(doc.querySelectorAll('.topic-card')).toHaveLength(3);
    expect(doc.querySelectorAll('.topic-card .question-list a').length).toBeGreaterThanOrEqual(5);
  });

  it('helps when nothing matches: did you mean, other-language answers, topics and survey', async () => {
    const doc = await page('/en/search?q=authentificaton');
    expect(doc.querySelector('h1')?.text).toBe('No results for “authentificaton”');
    expect(doc.querySelector('[role="status"]')?.text.trim()).toBe('0 results');
    const suggestion = doc.querySelector('.did-you-mean a');
    expect(suggestion?.text).toBe('authentication');
    expect(suggestion?.getAttribute('href')).toBe('/en/search?q=authentication');
    const other = doc.querySelector('.other-language');
    expect(other?.querySelector('h2')?.text).toBe('Answers in French');
    expect(other?.querySelector('h2 + p')?.text).toMatch(/^We found these answers in French\./);
    const foreign = other?.querySelectorAll('.search-result') ?? [];
    expect(foreign.length).toBeGreaterThan(0);
    for (const item of foreign) expect(item.getAttribute('lang')).toBe('fr');
    expect(doc.querySelectorAll('.tips a[href^="/en/"]')).toHaveLength(3);
    expect(doc.querySelector('.search-survey a')?.getAttribute('href')).toBe('/en/survey');
  });

  // Two-letter words of the other language ("de", "to") are not read as beginnings of words.
  it('answers a phrase typed in French on the English site with the French answers', async () => {
    const doc = await page('/en/search?q=mot+de+passe');
    expect(doc.querySelector('h1')?.text).toBe('No results for “mot de passe”');
    // Not a misspelling: no "did you mean" made of English look-alikes ("not do page").
    expect(doc.querySelector('.did-you-mean')).toBeNull();
    const other = doc.querySelector('.other-language');
    expect(other?.querySelector('h2')?.text).toBe('Answers in French');
    expect(other?.querySelector('h2 + p')?.text).toBe(
      '“mot de passe” looks like French. Here are the answers in French that match it.',
    );
    const first = other?.querySelector('.search-result a');
    expect(first?.getAttribute('href')).toBe('/fr/eu-login/mot-de-passe-eu-login-oublie');
  });

  it('ranks by the words of an English phrase that the French answers use', async () => {
    // The French articles name EU Login's English buttons ("Sign in"); "to", mid-query, is
    // not read as the start of a longer French word.
    const doc = await page('/fr/search?q=how+to+sign+in');
    const first = doc.querySelector('.search-results .search-result a');
    expect(first?.getAttribute('href')).toBe('/fr/eu-login/se-connecter-avec-2fa');
  });

  it('offers no half-corrected query', async () => {
    const doc = await page('/fr/search?q=password+forgot');
    expect(doc.querySelector('.did-you-mean')).toBeNull();
  });

  it.each(['q=a&q=b', 'q=%00'])('answers %s with a normal page', async (params) => {
    const res = await request(app).get(`/en/search?${params}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1');
  });

  it.each([
    ['q[x]=1', '/en/search'],
    ['q[]=a', '/en/search'],
    ['page[x]=1&q=pin', '/en/search?q=pin'],
    ['__proto__=1&q=pin', '/en/search?q=pin'],
    ['q=pin&utm_source=mail', '/en/search?q=pin'],
    ['q=pin&&', '/en/search?q=pin'],
  ])('sends %s to the address without what the page does not read', async (params, to) => {
    const res = await request(app).get(`/en/search?${params}`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(to);
    const page = await request(app).get(to);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1');
  });

  it('never lets markup from the query through', async () => {
    const res = await request(app).get('/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+pin');
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; pin');
  });
});

describe('search API', () => {
  it('answers JSON with the same ranking as the page', async () => {
    const res = await request(app).get('/api/search?lang=en&q=qr+code&limit=5');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    const body = res.body as SearchApiBody;
    expect(body.query).toBe('qr code');
    expect(body.total).toBeGreaterThan(1);
    expect(body.results.length).toBeLessThanOrEqual(5);
    expect(Object.keys(body.results[0] ?? {}).sort()).toEqual([
      'category',
      'id',
      'snippet',
      'title',
      'url',
    ]);
    const doc = await page('/en/search?q=qr+code');
    const pageUrls = doc
      .querySelectorAll('.search-result__title a')
      .map((a) => a.getAttribute('href'));
    expect(body.results.map((r) => r.url)).toEqual(pageUrls.slice(0, body.results.length));
  });

  it('finds answers from a two-letter prefix, as typed', async () => {
    const res = await request(app).get('/api/search?lang=fr&q=te');
    expect((res.body as SearchApiBody).total).toBeGreaterThan(0);
  });

  it.each(['lang=de', 'lang=', '', 'lang[x]=en', 'lang=../../x'])(
    'rejects a bad language (%s) with a 400 JSON error',
    async (params) => {
      // Parameters the API does not read are first dropped by a redirect.
      const res = await request(app)
        .get(`/api/search?${params}&q=pin`)
        .set('Accept-Language', 'fr')
        .redirects(1);
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toBe(
        'Langue inconnue. Utilisez lang=en ou lang=fr.',
      );
    },
  );

  it.each([
    ['0', 1],
    ['50', 20],
    ['x', 5],
  ])('bounds limit=%s to %i results at most', async (limit, max) => {
    const res = await request(app).get(`/api/search?lang=en&q=eu+login+europass&limit=${limit}`);
    expect((res.body as SearchApiBody).results.length).toBe(max);
  });
});
