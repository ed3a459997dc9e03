import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
let httpsApp: typeof app;

beforeAll(async () => {
  app = (await buildTestApp()).app;
  httpsApp = (await buildTestApp({ SITE_URL: 'https://help.example.org' })).app;
});

describe('security headers', () => {
  it('sends a strict content security policy and no X-Powered-By', async () => {
    const res = await request(app).get('/en/');
    const csp = res.headers['content-security-policy'] as string;
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS for a site served over HTTPS, with secure cookies', async () => {
    const res = await request(httpsApp).get('/fr/');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=(\d+)/);
    const maxAge = Number(
      /max-age=(\d+)/.exec(res.headers['strict-transport-security'] as string)?.[1],
    );
    expect(maxAge).toBeGreaterThanOrEqual(31536000);
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('uses no inline script or style, and only fingerprinted assets with integrity', async () => {
    const doc = parseHtml((await request(app).get('/en/eu-login')).text);
    for (const script of doc.querySelectorAll('script')) {
      if (script.getAttribute('type') === 'application/ld+json') continue;
      // Any executable script is one of our files, with integrity, and has no inline code.
      expect(script.getAttribute('src')).toMatch(/^\/assets\/js\/[a-z-]+\.[0-9a-f]{10}\.js$/);
      expect(script.getAttribute('integrity')).toMatch(/^sha384-/);
      expect(script.text.trim()).toBe('');
    }
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    const css = doc.querySelector('link[rel="stylesheet"]');
    expect(css?.getAttribute('href')).toMatch(/^\/assets\/css\/site\.[0-9a-f]{10}\.css$/);
    expect(css?.getAttribute('integrity')).toMatch(/^sha384-/);
    const asset = await request(app).get(css?.getAttribute('href') ?? '');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(app).get('/assets/css/site.css')).status).toBe(404);
  });
});
