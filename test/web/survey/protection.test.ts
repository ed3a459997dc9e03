// What protects the survey: forged forms, limits, and a site served over HTTPS.
import request, { type Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { parseHtml } from '../../support/html.js';
import {
  answers,
  encode,
  formOf,
  openForm,
  submit,
  useSurveySite,
  type Built,
} from '../../support/survey-flow.js';
import { cookie } from '../../support/cookies.js';

const flow = useSurveySite();
const { stored, storedCount, t } = flow;

describe('protection against forged forms', () => {
  const forbidden = (locale: Locale, res: Response) => {
    expect(res.status).toBe(403);
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(
      locale === 'en'
        ? 'We could not accept your answers'
        : 'Nous n’avons pas pu accepter vos réponses',
    );
  };

  it.each(locales)('refuses a %s form without a CSRF token, storing nothing', async (locale) => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    forbidden(locale, await submit(agent, locale, form, answers({ _csrf: undefined })));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)('refuses a %s form with a wrong CSRF token, storing nothing', async (locale) => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const wrong = `${form.token.slice(0, -4)}0000`;
    forbidden(locale, await submit(agent, locale, form, answers({ _csrf: wrong })));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)(
    'refuses a %s form carrying the token of another visitor, storing nothing',
    async (locale) => {
      const victim = request.agent(flow.site.app);
      const attacker = request.agent(flow.site.app);
      const stolen = await openForm(attacker, locale);
      await openForm(victim, locale);
      const before = await storedCount();
      forbidden(locale, await submit(victim, locale, stolen, answers()));
      forbidden(
        locale,
        await submit(request.agent(flow.site.app), locale, stolen, answers()), // no cookie at all
      );
      expect(await storedCount()).toBe(before);
    },
  );
});

describe('limits', () => {
  it.each(locales)(
    'answers the %s survey with 429 after SURVEY_RATE_LIMIT posts, storing nothing more',
    async (locale) => {
      const limited = await buildTestApp({ SURVEY_RATE_LIMIT: '2' });
      const agent = request.agent(limited.app);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        const form = await openForm(agent, locale);
        last = await submit(agent, locale, form, answers());
        statuses.push(last.status);
      }
      expect(statuses).toEqual([303, 303, 429]);
      expect(await storedCount(limited)).toBe(2);
      const doc = parseHtml(last?.text ?? '');
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('h1')?.text).toBe(
        locale === 'en' ? 'Too many attempts' : 'Trop de tentatives',
      );
      // How long to wait comes from the limit's window, not from a number in the strings.
      expect(doc.querySelector('.lead')?.text).toContain(
        locale === 'en' ? 'Wait 15 minutes' : 'Attendez 15 minutes',
      );
    },
  );

  it.each(locales)('answers a %s JSON post with a localized 415 page', async (locale) => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const res = await agent
      .post(`/${locale}/survey`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ _csrf: form.token, submission: form.submission, ...answers() }));
    expect(res.status).toBe(415);
    expect(res.type).toBe('text/html');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(t(locale, 'errors.unsupported.title'));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)('answers a %s form over 32 KB with a localized 413 page', async (locale) => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const res = await submit(agent, locale, form, answers({ improve: 'a'.repeat(33 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.type).toBe('text/html');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(
      locale === 'en' ? 'What you sent is too large' : 'Votre envoi est trop volumineux',
    );
    expect(await storedCount()).toBe(before);
  });
});

describe('a site served over HTTPS', () => {
  let secure: Built;
  beforeAll(async () => {
    secure = await buildTestApp({ SITE_URL: 'https://help.example.org' });
  });

  it('uses a __Host- CSRF cookie and secure cookies, and still accepts the survey', async () => {
    const page = await request(secure.app).get('/fr/survey');
    const csrf = cookie(page, '__Host-help-centre.csrf') ?? '';
    expect(csrf).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(csrf).not.toMatch(/Domain=/i);
    expect(cookie(page, 'help-centre.csrf')).toBeUndefined();
    // supertest speaks plain HTTP, so the secure cookie is sent by hand as a browser would.
    const form = formOf(page.text);
    const res = await request(secure.app)
      .post('/fr/survey')
      .set('Cookie', csrf.split(';')[0] ?? '')
      .type('form')
      .send(encode({ _csrf: form.token, submission: form.submission, ...answers() }));
    expect(res.status).toBe(303);
    expect(cookie(res, 'survey_invitation')).toContain('; Secure');
    expect(await stored(form.submission, secure)).toHaveLength(1);
  });

  it('sets a secure invitation cookie on dismissal', async () => {
    const res = await request(secure.app)
      .post('/en/survey/dismiss')
      .type('form')
      .send('return=/en/eu-login');
    expect(res.headers.location).toBe('/en/eu-login');
    expect(cookie(res, 'survey_invitation')).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
  });
});
