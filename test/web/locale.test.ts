import { rm } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCookieHeaders } from '../support/cookies.js';
import { buildTestApp, copyOfRealContent } from '../support/app.js';
import { languageSwitch, parseHtml } from '../support/html.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

beforeAll(async () => {
  app = (await buildTestApp()).app;
});

describe('choosing the language at /', () => {
  it.each([
    [undefined, '/en/'],
    ['fr-FR,fr;q=0.9,en;q=0.8', '/fr/'],
    ['de-DE,de;q=0.9', '/en/'],
    ['de;q=0.9,fr;q=0.5', '/fr/'],
    ['en;q=0.2,fr-CA;q=0.8', '/fr/'],
    ['*', '/en/'],
  ])('redirects Accept-Language %s to %s', async (header, target) => {
    const req = request(app).get('/');
    const res = await (header ? req.set('Accept-Language', header) : req);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(target);
  });

  it('remembers the language chosen with the switch, over Accept-Language', async () => {
    const switched = await request(app).get('/language/fr/eu-login');
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/fr/eu-login');
    expect(switched.headers['cache-control']).toBe('no-store');
    const cookie = setCookieHeaders(switched).join(';');
    expect(cookie).toMatch(/lang=fr/);
    expect(cookie).toMatch(/HttpOnly/);
    const res = await request(app).get('/').set('Accept-Language', 'en').set('Cookie', 'lang=fr');
    expect(res.headers.location).toBe('/fr/');
  });

  it('remembers nothing when a page is only read', async () => {
    for (const url of ['/fr/', '/fr/eu-login', '/fr/search?q=mot', '/fr/survey/thanks']) {
      const res = await request(app).get(url).set('Accept-Language', 'en');
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('keeps the query of the page switched to, and refuses anything but our pages', async () => {
    const search = await request(app).get('/language/en/search?q=mot%20de%20passe&page=2');
    expect(search.headers.location).toBe('/en/search?q=mot%20de%20passe&page=2');
    expect((await request(app).get('/language/fr')).headers.location).toBe('/fr');
    for (const url of [
      '/language/de/',
      '/language/fresh',
      '/language//evil.example',
      '/language/',
    ]) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('ignores a remembered language that is not one of ours', async () => {
    const res = await request(app).get('/').set('Cookie', 'lang=../../x');
    expect(res.headers.location).toBe('/en/');
  });
});

describe('unknown and malformed addresses', () => {
  it('answers other locale prefixes with a 404 page', async () => {
    const res = await request(app).get('/de/');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page not found');
  });

  it('answers unknown French pages with a French 404', async () => {
    const res = await request(app).get('/fr/cette-page-n-existe-pas');
    expect(res.status).toBe(404);
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('h1')?.text).toBe('Page introuvable');
  });

  it.each(['/%E0%A4%A', '/en/%', '/fr/%E0%A4%A/x', '/en/eu-login/%ZZ'])(
    'answers malformed %s with a localized 4xx, never 500',
    async (url) => {
      const res = await request(app).get(url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/at .*\.js:\d+/);
    },
  );

  it('answers a malformed French address in French', async () => {
    const res = await request(app).get('/fr/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(parseHtml(res.text).querySelector('html')?.getAttribute('lang')).toBe('fr');
  });

  it('redirects a bare locale to its home page', async () => {
    const res = await request(app).get('/fr');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/fr/');
  });
});

describe('a page without a translation', () => {
  let cleanup: () => Promise<void>;
  let partial: typeof app;

  beforeAll(async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    await rm(path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md'));
    partial = (await buildTestApp({ CONTENT_DIR: copy.dir })).app;
  });
  afterAll(() => cleanup());

  it('switches to a localized notice offering the existing language, not a 404', async () => {
    const en = parseHtml(
      (await request(partial).get('/en/europass-templates/europass-diploma-supplement')).text,
    );
    const link = languageSwitch(en);
    expect(link.target).toBe('/fr/notice/article/diploma-supplement');
    const res = await request(partial).get(link.target);
    expect(res.status).toBe(200);
    const notice = parseHtml(res.text);
    expect(notice.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(notice.querySelector('h1')?.text).toBe('Non disponible en français');
    expect(notice.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const offer = notice.querySelector('a[hreflang="en"].button');
    expect(offer?.getAttribute('href')).toBe('/en/europass-templates/europass-diploma-supplement');
    expect(languageSwitch(notice).target).toBe(
      '/en/europass-templates/europass-diploma-supplement',
    );
  });

  it('redirects a notice to the translation once it exists', async () => {
    const res = await request(partial).get('/fr/notice/article/cefr');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/fr/modeles-europass/cadre-europeen-commun-cecr');
  });

  it('answers a notice for an id that exists nowhere with 404', async () => {
    expect((await request(partial).get('/fr/notice/article/nothing-here')).status).toBe(404);
    expect((await request(partial).get('/fr/notice/other/cefr')).status).toBe(404);
  });
});
