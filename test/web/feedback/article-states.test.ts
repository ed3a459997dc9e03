// The "Was this helpful?" section of article pages: the form, and the thanks a vote leads to,
// both public pages that every visitor shares.
import request, { type Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { voteCommentMaxLength, voteReasons } from '../../../src/feedback/store.js';
import type { Translate } from '../../../src/i18n/index.js';
import { locales, type Locale } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { thanksUrl, voted } from '../../support/feedback-flow.js';
import { parseHtml } from '../../support/html.js';

let site: Awaited<ReturnType<typeof buildTestApp>>;
let t: Record<Locale, Translate>;

beforeAll(async () => {
  site = await buildTestApp();
  t = { en: site.services.i18n.t('en'), fr: site.services.i18n.t('fr') };
});

const get = (url: string) => request(site.app).get(url);

function expectPublic(res: Response): void {
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
  expect(res.headers.etag).toMatch(/^"[^"]+"$/);
  expect(res.headers['set-cookie']).toBeUndefined();
}

describe.each(locales)('an article page in %s', (locale) => {
  it('asks "Was this helpful?" under the answer with one form: Yes, or No with more', async () => {
    const res = await get(voted.path[locale]);
    expectPublic(res);
    const doc = parseHtml(res.text);
    const section = doc.querySelector('article section#feedback');
    expect(section?.getAttribute('aria-labelledby')).toBe('feedback-title');
    expect(doc.querySelector('#feedback-title')?.text).toBe(t[locale]('feedback.title'));
    const forms = section?.querySelectorAll('form') ?? [];
    expect(forms).toHaveLength(1);
    const form = forms[0];
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(`/${locale}/feedback`);
    expect(form?.querySelector('input[type="hidden"][name="article"]')?.getAttribute('value')).toBe(
      voted.id,
    );
    // No token, nothing that differs per visitor.
    expect(form?.querySelectorAll('input[type="hidden"]')).toHaveLength(1);

    const yes = form?.querySelector('button.feedback__yes');
    expect(yes?.getAttribute('name')).toBe('helpful');
    expect(yes?.getAttribute('value')).toBe('yes');
    expect(yes?.text).toBe(t[locale]('feedback.yes'));
    // No opens without JavaScript: a <details> whose summary reads as the button.
    const no = form?.querySelector('details.feedback__no');
    expect(no?.hasAttribute('open')).toBe(false);
    expect(no?.querySelector('summary')?.text).toBe(t[locale]('feedback.no'));
    expect(
      no
        ?.querySelectorAll('input[type="radio"][name="reason"]')
        .map((r) => r.getAttribute('value')),
    ).toEqual([...voteReasons]);
    const comment = no?.querySelector('textarea[name="comment"]');
    expect(comment?.closest('[data-character-count]')?.getAttribute('data-maxlength')).toBe(
      String(voteCommentMaxLength),
    );
    expect(no?.querySelector('#feedback-comment-hint')?.text).toBe(
      t[locale]('survey.questions.improve.hint'),
    );
    const send = no?.querySelector('button[type="submit"]');
    expect([send?.getAttribute('name'), send?.getAttribute('value')]).toEqual(['helpful', 'no']);
    // Enter in a reason sends the first submit button of the form: a hidden No, not Yes.
    const first = form?.querySelector('button[type="submit"]');
    expect([first?.getAttribute('value'), first?.hasAttribute('hidden')]).toEqual(['no', true]);
  });

  it('loads the scripts of the form (character count, sending in place) with defer', async () => {
    const doc = parseHtml((await get(voted.path[locale])).text);
    const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    for (const name of ['survey', 'feedback']) {
      const src = scripts.find((s) => s.startsWith(`/assets/js/${name}.`));
      expect(src, name).toBeDefined();
      const script = doc.querySelector(`script[src="${src}"]`);
      expect(script?.hasAttribute('defer')).toBe(true);
      expect(script?.getAttribute('integrity')).toMatch(/^sha384-/);
      expect((await get(src ?? '')).status).toBe(200);
    }
  });

  it('thanks the visitor in the feedback section after a vote, as a shareable page', async () => {
    const res = await get(thanksUrl(locale));
    expectPublic(res);
    const doc = parseHtml(res.text);
    const section = doc.querySelector('section#feedback');
    expect(section?.querySelector('h2')?.text).toBe(t[locale]('feedback.thanks.title'));
    expect(section?.text).toContain(t[locale]('feedback.thanks.body'));
    expect(doc.querySelector('form[action$="/feedback"]')).toBeNull();
    // The same answer for every voter and a 304 for a browser that has it.
    const again = await get(thanksUrl(locale)).set('Cookie', 'lang=fr; help-centre.csrf=abc');
    expectPublic(again);
    expect(again.text).toBe(res.text);
    const revalidated = await get(thanksUrl(locale)).set('If-None-Match', String(res.headers.etag));
    expect(revalidated.status).toBe(304);
    // Its canonical address is the article's own.
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`${voted.path[locale]}$`),
    );
  });

  it('leads any other feedback value to the article, and drops made-up parameters', async () => {
    for (const query of [
      'feedback=',
      'feedback=THANKS',
      'feedback=x',
      'feedback=thanks&feedback=thanks',
    ]) {
      const res = await get(`${voted.path[locale]}?${query}`);
      expect(res.status, query).toBe(301);
      expect(res.headers.location, query).toBe(voted.path[locale]);
    }
    const extra = await get(`${voted.path[locale]}?feedback=thanks&utm_source=x`);
    expect(extra.status).toBe(301);
    expect(extra.headers.location).toBe(`${voted.path[locale]}?feedback=thanks`);
  });
});
