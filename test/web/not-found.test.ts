import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';
import { mistypedAddress } from '../support/page-types.js';

let app: Awaited<ReturnType<typeof buildTestApp>>['app'];

beforeAll(async () => {
  app = (await buildTestApp()).app;
});

/** The not-found page of an address, with the questions it lists as likely. */
async function notFound(url: string) {
  const res = await request(app).get(url);
  expect(res.status, url).toBe(404);
  expect(res.headers['cache-control'], url).toBe('no-store');
  const doc = parseHtml(res.text);
  const likely = doc.querySelectorAll('.likely-answers a').map((a) => a.getAttribute('href'));
  return { doc, likely };
}

describe('a page address that leads nowhere', () => {
  it.each([
    [
      'en',
      mistypedAddress.en,
      'Were you looking for one of these?',
      '/en/eu-login/forgotten-eu-login-password',
    ],
    [
      'fr',
      mistypedAddress.fr,
      'Cherchiez-vous l’une de ces questions\u00a0?',
      '/fr/eu-login/mot-de-passe-eu-login-oublie',
    ],
  ])(
    'lists first, in %s, the question a mistyped address meant',
    async (_l, url, heading, first) => {
      const { doc, likely } = await notFound(url);
      expect(doc.querySelector('.likely-answers')?.previousElementSibling?.text).toBe(heading);
      expect(likely[0]).toBe(first);
      expect(likely.length).toBeLessThanOrEqual(3);
    },
  );

  it.each([
    [
      'an old topic in the path',
      '/en/help/diploma-supplement',
      '/en/europass-templates/europass-diploma-supplement',
    ],
    ['a file ending', '/en/eu-login/sign-in-2fa.html', '/en/eu-login/sign-in-using-2fa'],
    [
      'words of the title in another order',
      '/fr/modeles-europass/passeport-langues',
      '/fr/modeles-europass/passeport-de-langues-europass',
    ],
  ])('finds the question despite %s', async (_what, url, first) => {
    expect((await notFound(url)).likely[0]).toBe(first);
  });

  it.each([
    // Words an answer's text has ("such", "page") do not make it the page meant.
    '/en/no-such-page',
    '/fr/page-inexistante',
    '/en/wp-admin/install.php',
    // One word alone would point anywhere.
    '/fr/connexion',
    // Malformed escapes are read as they came.
    '/en/eu-login/%E0%A4%A',
  ])('lists nothing for %s, and still offers the search', async (url) => {
    const res = await request(app).get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    const doc = parseHtml(res.text);
    expect(doc.querySelector('.likely-answers')).toBeNull();
    expect(doc.querySelector('h1')).not.toBeNull();
  });
});
