import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

beforeAll(async () => {
  app = (await buildTestApp({ SITE_URL: 'https://help.example.org' })).app;
});

describe('sitemap and robots.txt', () => {
  it('lists every page of both locales with their alternates', async () => {
    const res = await request(app).get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/xml');
    const locs = [...res.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // 2 × (home + 3 categories + 25 articles)
    expect(locs).toHaveLength(58);
    expect(locs).toContain(
      'https://help.example.org/fr/modeles-europass/cadre-europeen-commun-cecr',
    );
    expect(locs).toContain('https://help.example.org/en/');
    const entry = res.text
      .split('<url>')
      .find((u) => u.includes('<loc>https://help.example.org/en/eu-login</loc>'));
    expect(entry).toContain('hreflang="fr" href="https://help.example.org/fr/eu-login"');
    expect(entry).toContain('hreflang="x-default" href="https://help.example.org/en/eu-login"');
  });

  it('points robots.txt to the sitemap', async () => {
    const res = await request(app).get('/robots.txt');
    expect(res.text).toContain('Sitemap: https://help.example.org/sitemap.xml');
  });
});
