// The survey invitation: shown, dismissed, answered, and kept out of shared caches.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../../src/i18n/locales.js';
import { articlePath, categoryPath, homePath, searchPath } from '../../../src/web/urls.js';
import { parseHtml } from '../../support/html.js';
import {
  answers,
  banner,
  encode,
  formOf,
  openForm,
  submit,
  useSurveySite,
} from '../../support/survey-flow.js';
import { cookie } from '../../support/cookies.js';

const flow = useSurveySite();

describe('the survey invitation banner', () => {
  const browsingPages: Record<Locale, string[]> = {
    en: ['/en/', '/en/eu-login', '/en/eu-login/forgotten-eu-login-password', '/en/search?q=pin'],
    fr: ['/fr/', '/fr/modeles-europass', '/fr/search?q=mot+de+passe'],
  };

  it.each(locales)(
    'invites %s visitors on browsing pages, linking the survey to the page',
    async (locale) => {
      for (const page of browsingPages[locale]) {
        const res = await request(flow.site.app).get(page);
        expect(res.status, page).toBe(200);
        const invitation = banner(parseHtml(res.text));
        expect(invitation, page).not.toBeNull();
        const here = page.replace(/\?.*$/, '');
        expect(invitation?.querySelector('a.button')?.getAttribute('href'), page).toBe(
          `/${locale}/survey?from=${encodeURIComponent(here)}`,
        );
        expect(invitation?.querySelector('input[name="return"]')?.getAttribute('value')).toBe(here);
      }
    },
  );

  it('brings the page of origin from the banner link into the form', async () => {
    const res = await request(flow.site.app).get('/en/eu-login/forgotten-eu-login-password');
    const link = banner(parseHtml(res.text))?.querySelector('a.button')?.getAttribute('href');
    const form = formOf((await request(flow.site.app).get(link ?? '')).text);
    expect(form.from).toBe('/en/eu-login/forgotten-eu-login-password');
  });

  it.each(locales)('does not show the banner on the %s survey itself', async (locale) => {
    const res = await request(flow.site.app).get(`/${locale}/survey`);
    expect(banner(parseHtml(res.text))).toBeNull();
  });

  it('hides the banner once the visitor has answered', async () => {
    const agent = request.agent(flow.site.app);
    expect(banner(parseHtml((await agent.get('/en/eu-login')).text))).not.toBeNull();
    expect((await submit(agent, 'en', await openForm(agent, 'en'), answers())).status).toBe(303);
    for (const page of [...browsingPages.en, ...browsingPages.fr]) {
      expect(banner(parseHtml((await agent.get(page)).text)), page).toBeNull();
    }
  });

  it('goes back to the page after dismissing, and no page shows the banner again', async () => {
    const agent = request.agent(flow.site.app);
    const res = await agent.post('/en/survey/dismiss').type('form').send('return=/en/eu-login');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/en/eu-login');
    for (const page of [...browsingPages.en, ...browsingPages.fr]) {
      expect(banner(parseHtml((await agent.get(page)).text)), page).toBeNull();
    }
  });

  it('brings the visitor back to the very page after dismissing, from any page of the site', async () => {
    const repo = flow.site.services.content.repo;
    const pages = locales.flatMap((locale) => [
      homePath(locale),
      searchPath(locale),
      ...repo.categories(locale).map(categoryPath),
      ...repo.articles(locale).map((a) => articlePath(a, repo.categoryOf(a))),
    ]);
    for (const page of pages) {
      const form = banner(parseHtml((await request(flow.site.app).get(page)).text))?.querySelector(
        'form',
      );
      const res = await request(flow.site.app)
        .post(form?.getAttribute('action') ?? '')
        .type('form')
        .send(
          encode({ return: form?.querySelector('input[name="return"]')?.getAttribute('value') }),
        );
      expect(res.status, page).toBe(303);
      expect(res.headers.location, page).toBe(page);
    }
  });

  it('does not let a browser revalidate a page with the banner after dismissing it', async () => {
    const agent = request.agent(flow.site.app);
    const before = await agent.get('/fr/eu-login');
    expect(banner(parseHtml(before.text))).not.toBeNull();
    await agent.post('/fr/survey/dismiss').type('form').send('return=/fr/eu-login');
    const after = await agent.get('/fr/eu-login').set('If-None-Match', before.headers.etag ?? '');
    expect(after.status).toBe(200);
    expect(banner(parseHtml(after.text))).toBeNull();
  });

  it.each([
    ['en', 'https://evil.example'],
    ['en', '//evil.example'],
    ['en', '/de/x'],
    ['en', 'javascript:alert(1)'],
    ['en', '/en//evil.example'],
    ['fr', 'https://evil.example'],
    ['fr', '/\\evil.example'],
  ] as const)('sends %s dismissals with return=%s to the home page', async (locale, back) => {
    const res = await request(flow.site.app)
      .post(`/${locale}/survey/dismiss`)
      .type('form')
      .send(encode({ return: back }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/${locale}/`);
  });

  it('sets HttpOnly, SameSite=Lax cookies that last beyond the visit', async () => {
    const survey = await request(flow.site.app).get('/en/survey');
    expect(cookie(survey, 'help-centre.csrf')).toMatch(/; Path=\/;.*HttpOnly; SameSite=Lax$/);
    const dismiss = await request(flow.site.app)
      .post('/fr/survey/dismiss')
      .type('form')
      .send('return=/fr/');
    const invitation = cookie(dismiss, 'survey_invitation') ?? '';
    expect(invitation).toMatch(/^survey_invitation=hidden; Max-Age=7776000; Path=\/;/);
    expect(invitation).toContain('; HttpOnly');
    expect(invitation).toContain('; SameSite=Lax');
    expect(invitation).not.toContain('Secure');
  });

  it('keeps the page without the banner out of shared caches, and the public one has it', async () => {
    const dismissed = await request(flow.site.app)
      .get('/en/search?q=password')
      .set('Cookie', 'survey_invitation=hidden');
    expect(banner(parseHtml(dismissed.text))).toBeNull();
    expect(dismissed.headers['cache-control']).toMatch(/^private\b/);
    const everyone = await request(flow.site.app).get('/en/search?q=password');
    expect(banner(parseHtml(everyone.text))).not.toBeNull();
    expect(everyone.headers['cache-control']).toMatch(/^public\b/);
  });
});
