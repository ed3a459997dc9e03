// What protects "Was this helpful?" without a per-visitor token: the browser's own signals
// against posts from other sites, a honeypot against bots, a per-address limit against floods.
import request, { type Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Translate } from '../../../src/i18n/index.js';
import { locales, type Locale } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { postVote, storedVotes, thanksUrl } from '../../support/feedback-flow.js';
import { parseHtml } from '../../support/html.js';

type Site = Awaited<ReturnType<typeof buildTestApp>>;
let site: Site;
let t: Record<Locale, Translate>;
const siteUrl = 'https://help.example.org';

beforeAll(async () => {
  // Behind a proxy: requests reach the app as http://127.0.0.1:port, visitors see SITE_URL.
  site = await buildTestApp({ FEEDBACK_RATE_LIMIT: '0', SITE_URL: siteUrl });
  t = { en: site.services.i18n.t('en'), fr: site.services.i18n.t('fr') };
});

const count = async (of: Site = site) => (await storedVotes(of.services)).length;

describe('a post from another site', () => {
  const forged: [string, Record<string, string>][] = [
    ['Origin of another site', { Origin: 'https://evil.example' }],
    ['Origin of another port', { Origin: 'https://help.example.org:8443' }],
    ['Origin of a subdomain', { Origin: 'https://www.help.example.org' }],
    ['Origin "null" (a sandboxed frame)', { Origin: 'null' }],
    ['an Origin that is no address', { Origin: 'help.example.org' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'Sec-Fetch-Site': 'same-site' }],
    [
      'our Origin but Sec-Fetch-Site: cross-site',
      { Origin: siteUrl, 'Sec-Fetch-Site': 'cross-site' },
    ],
    [
      'Sec-Fetch-Site: same-origin but another Origin',
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'same-origin' },
    ],
  ];

  it.each(
    locales.flatMap((locale) => forged.map(([name, headers]) => ({ locale, name, headers }))),
  )('$locale, $name: 403 with a localized page, nothing stored', async ({ locale, headers }) => {
    const before = await count();
    const res = await postVote(site.app, locale, { helpful: 'no', comment: 'x' }, headers);
    expect(res.status).toBe(403);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(t[locale]('errors.crossSite.title'));
    expect(await count()).toBe(before);
  });

  it('is refused in JSON too when the page script asks for JSON', async () => {
    const res = await postVote(
      site.app,
      'fr',
      { helpful: 'yes' },
      { Origin: 'https://evil.example', Accept: 'application/json' },
    );
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: t.fr('errors.crossSite.title'),
      message: t.fr('errors.crossSite.body'),
    });
  });
});

describe('a post from the site itself', () => {
  const own: [string, Record<string, string>][] = [
    ['Origin of SITE_URL', { Origin: siteUrl, 'Sec-Fetch-Site': 'same-origin' }],
    ['Origin of SITE_URL with its default port', { Origin: 'https://help.example.org:443' }],
    ['Sec-Fetch-Site: none (typed by the visitor)', { 'Sec-Fetch-Site': 'none' }],
    ['no Origin nor Sec-Fetch-Site (an older browser)', {}],
  ];

  it.each(own)('with %s: stored', async (_name, headers) => {
    const before = await count();
    const res = await postVote(site.app, 'en', { helpful: 'yes' }, headers);
    expect(res.status).toBe(303);
    expect(await count()).toBe(before + 1);
  });

  it('with the Origin of the address the request came to, whatever SITE_URL says: stored', async () => {
    const before = await count();
    const headers = { Host: 'help.internal:8080', Origin: 'http://help.internal:8080' };
    const res = await postVote(site.app, 'en', { helpful: 'yes' }, headers);
    expect(res.status).toBe(303);
    expect(await count()).toBe(before + 1);
  });
});

describe('the honeypot', () => {
  it.each(locales)(
    'answers a filled-in %s trap as if all went well, storing nothing',
    async (locale) => {
      const before = await count();
      const res = await postVote(site.app, locale, {
        helpful: 'no',
        website: 'http://spam.example',
      });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(thanksUrl(locale));
      const script = await postVote(
        site.app,
        locale,
        { helpful: 'yes', website: 'x' },
        { Accept: 'application/json' },
      );
      expect(script.status).toBe(200);
      expect((script.body as { html: string }).html).toContain(t[locale]('feedback.thanks.title'));
      expect(await count()).toBe(before);
    },
  );

  it('is hidden from people and from assistive technology on the article page', async () => {
    const { text } = await request(site.app).get('/en/eu-login/forgotten-eu-login-password');
    const doc = parseHtml(text);
    const trap = doc.querySelector('#feedback .honeypot[aria-hidden="true"] input[name="website"]');
    expect(trap?.getAttribute('tabindex')).toBe('-1');
    expect(trap?.getAttribute('autocomplete')).toBe('off');
    // Its label says what to do, for the rare reader who meets it anyway.
    expect(doc.querySelector(`label[for="${trap?.id}"]`)?.text).toBe(t.en('feedback.honeypot'));
  });
});

describe('the per-address limit (FEEDBACK_RATE_LIMIT)', () => {
  it.each(locales)(
    'answers %s votes past the limit with a localized 429, storing nothing more',
    async (locale) => {
      const limited = await buildTestApp({ FEEDBACK_RATE_LIMIT: '2' });
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        last = await postVote(limited.app, locale, { helpful: 'yes' });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([303, 303, 429]);
      expect(await count(limited)).toBe(2);
      const doc = parseHtml(last?.text ?? '');
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('h1')?.text).toBe(t[locale]('errors.tooManyVotes.title'));
      expect(doc.querySelector('.lead')?.text).toContain(
        locale === 'en' ? 'Wait 15 minutes' : 'Attendez 15 minutes',
      );
      // With JavaScript the vote's refusal comes back as JSON, said the same way.
      const json = await postVote(
        limited.app,
        locale,
        { helpful: 'yes' },
        { Accept: 'application/json' },
      );
      expect(json.status).toBe(429);
      expect((json.body as { message?: string }).message).toMatch(/(Wait|Attendez) 15 minutes/);
    },
  );

  it('is off at 0', async () => {
    const unlimited = await buildTestApp({ FEEDBACK_RATE_LIMIT: '0' });
    for (let i = 0; i < 40; i++) {
      expect((await postVote(unlimited.app, 'en', { helpful: 'yes' })).status).toBe(303);
    }
    expect(await count(unlimited)).toBe(40);
  });
});
