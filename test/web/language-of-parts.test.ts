import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

beforeAll(async () => {
  app = (await buildTestApp()).app;
});

describe('language of parts in real content', () => {
  it('renders the English terms of a French article as elements with lang="en"', async () => {
    const res = await request(app).get('/fr/eu-login/pourquoi-activer-double-authentification');
    expect(res.status).toBe(200);
    const answer = parseHtml(res.text).querySelector('main');
    const english = answer?.querySelectorAll('i[lang="en"]') ?? [];
    expect(english.map((i) => i.text)).toContain('2FA');
    expect(english[0]?.querySelector('abbr')?.getAttribute('title')).toBe(
      'two-factor authentication',
    );
    expect(res.text).not.toContain('&lt;i lang');
  });

  it('shows them in a topic page too, and never the tags as text', async () => {
    const res = await request(app).get('/fr/eu-login');
    expect(parseHtml(res.text).querySelectorAll('main i[lang="en"]').length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/&lt;\/?(?:i|abbr)\b/);
  });

  it('keeps the words, not the tags, in search results', async () => {
    const res = await request(app).get('/fr/search?q=smartphone');
    expect(res.text).not.toMatch(/&lt;\/?i\b/);
  });
});
