import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { voteCommentMaxLength } from '../../src/feedback/store.js';
import type { Locale } from '../../src/i18n/locales.js';
import { samples, translator, useSite } from '../support/e2e.js';

// "Was this helpful?" under an answer, in a real browser against the real server: with
// JavaScript (sent in place) and without (a plain post and the page back), in both languages,
// on a phone and on a desktop screen.

// Every journey votes, all from one address: more than FEEDBACK_RATE_LIMIT allows in its window.
const site = useSite({ FEEDBACK_RATE_LIMIT: '0' });
const t = await translator();

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === element.ownerDocument.activeElement);

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses`);
}

/** The votes the page sent, with what the server answered. */
function votesOf(page: Page): { status: number; body: string }[] {
  const posts: { status: number; body: string }[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'POST' && request.url().endsWith('/feedback')) {
      posts.push({ status: response.status(), body: request.postData() ?? '' });
    }
  });
  return posts;
}

const tooLong = 'x'.repeat(voteCommentMaxLength + 3);

describe.each([
  ['en', 375],
  ['en', 1280],
  ['fr', 375],
  ['fr', 1280],
] as const)('%s at %i px', (locale: Locale, width) => {
  const tr = t[locale];
  const article = samples[locale].article.path;
  const viewport = { width, height: 800 };
  const comment = locale === 'en' ? 'The reset email never came.' : 'Le courriel n’arrive pas.';

  describe('with JavaScript', () => {
    it('says Yes with the keyboard and is thanked in place, focus and announcement following', async () => {
      const page = await site.newPage({ viewport });
      const posts = votesOf(page);
      await page.goto(article);
      // A mark that a page load would wipe out: the vote must not reload the page.
      await page.evaluate(() => document.body.setAttribute('data-still-here', ''));

      await tabTo(page, '.feedback__yes');
      await page.keyboard.press('Enter');
      await page.locator('.feedback--thanks').waitFor();

      expect(posts).toEqual([
        { status: 200, body: expect.stringContaining('helpful=yes') as string },
      ]);
      expect(await page.locator('body[data-still-here]').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe(article);
      expect(await isFocused(page, '#feedback')).toBe(true);
      expect(await page.locator('#feedback h2').textContent()).toBe(tr('feedback.thanks.title'));
      await expect
        .poll(() => page.locator('[data-feedback-status]').textContent())
        .toContain(tr('feedback.thanks.title'));
      expect(await page.locator('[data-feedback-status]').getAttribute('role')).toBe('status');
    });

    it('says No with a reason and a comment, sent with Enter from the reasons', async () => {
      const page = await site.newPage({ viewport });
      const posts = votesOf(page);
      await page.goto(article);

      await tabTo(page, '.feedback__no summary');
      await page.keyboard.press('Enter');
      expect(await page.locator('.feedback__no').getAttribute('open')).not.toBeNull();
      await tabTo(page, '#feedback-comment');
      await page.keyboard.type(comment);
      await page.keyboard.press('Shift+Tab');
      // Back in the reasons: the first one, then the second with an arrow key.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#feedback-reason-2').isChecked()).toBe(true);
      // Enter in a reason sends the No (the form's hidden first button), never a Yes.
      await page.keyboard.press('Enter');
      await page.locator('.feedback--thanks').waitFor();

      expect(posts).toHaveLength(1);
      const sent = new URLSearchParams(posts[0]?.body);
      expect(Object.fromEntries(sent)).toEqual({
        article: 'eu-login-forgotten-password',
        website: '',
        helpful: 'no',
        reason: 'unclear',
        comment,
      });
      expect(posts[0]?.status).toBe(200);
    });

    it('shows a comment that is too long in place, then takes the corrected one', async () => {
      const page = await site.newPage({ viewport });
      const posts = votesOf(page);
      await page.goto(article);
      const title = await page.title();

      await page.locator('.feedback__no summary').click();
      await page.locator('#feedback-comment').fill(tooLong);
      // The survey's live count says it before sending.
      await expect
        .poll(() => page.locator('#feedback-comment-info').textContent())
        .toBe(tr('survey.characterCount.over_other', { n: 3 }));
      await page.locator('.feedback__more button[type="submit"]').click();
      await page.locator('#feedback .error-summary').waitFor();

      expect(posts.map((p) => p.status)).toEqual([400]);
      expect(await isFocused(page, '#feedback .error-summary')).toBe(true);
      expect(await page.title()).toBe(`${tr('survey.errorPrefix')} ${title}`);
      expect(await page.locator('#feedback-comment').inputValue()).toBe(tooLong);
      // The count works on the form put back, and the summary leads to the field.
      await expect
        .poll(() => page.locator('#feedback-comment-info').textContent())
        .toBe(tr('survey.characterCount.over_other', { n: 3 }));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await isFocused(page, '#feedback-comment')).toBe(true);

      await page.keyboard.press('End');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await page.locator('.feedback__more button[type="submit"]').click();
      await page.locator('.feedback--thanks').waitFor();
      expect(posts.map((p) => p.status)).toEqual([400, 200]);
      expect(await page.title()).toBe(title);
      expect(await page.locator('.error-summary').count()).toBe(0);
    });

    it('posts the ordinary way when the request in place fails', async () => {
      const page = await site.newPage({ viewport });
      const posts = votesOf(page);
      let failed = false;
      await page.route('**/feedback', async (route) => {
        if (failed) return route.continue();
        failed = true;
        await route.abort('internetdisconnected');
      });
      await page.goto(article);
      await Promise.all([
        page.waitForURL(`**${article}?feedback=thanks#feedback`),
        page.locator('.feedback__yes').click(),
      ]);
      expect(failed).toBe(true);
      expect(posts.map((p) => p.status)).toEqual([303]);
      expect(await page.locator('#feedback h2').textContent()).toBe(tr('feedback.thanks.title'));
    });
  });

  describe('without JavaScript', () => {
    const plainPage = () => site.newPage({ viewport, javaScriptEnabled: false });

    it('says Yes and comes back to the answer, thanked', async () => {
      const page = await plainPage();
      await page.goto(article);
      await Promise.all([
        page.waitForURL(`**${article}?feedback=thanks#feedback`),
        page.locator('.feedback__yes').click(),
      ]);
      expect(await page.locator('#feedback h2').textContent()).toBe(tr('feedback.thanks.title'));
      expect(await page.locator('form[action$="/feedback"]').count()).toBe(0);
    });

    it('opens No, picks a reason, writes a comment and is thanked', async () => {
      const page = await plainPage();
      const posts = votesOf(page);
      await page.goto(article);
      await page.locator('.feedback__no summary').click();
      await page.locator('label[for="feedback-reason-1"]').click();
      await page.locator('#feedback-comment').fill(comment);
      await Promise.all([
        page.waitForURL(`**${article}?feedback=thanks#feedback`),
        page.locator('.feedback__more button[type="submit"]').click(),
      ]);
      expect(new URLSearchParams(posts[0]?.body).get('reason')).toBe('outdated');
      expect(posts.map((p) => p.status)).toEqual([303]);
      expect(await page.locator('#feedback h2').textContent()).toBe(tr('feedback.thanks.title'));
    });

    it('gets the page back with the error pattern for a comment too long, and corrects it', async () => {
      const page = await plainPage();
      await page.goto(article);
      await page.locator('.feedback__no summary').click();
      await page.locator('label[for="feedback-reason-3"]').click();
      await page.locator('#feedback-comment').fill(tooLong);
      await Promise.all([
        page.waitForEvent('load'),
        page.locator('.feedback__more button[type="submit"]').click(),
      ]);

      expect(await page.title()).toMatch(new RegExp(`^${tr('survey.errorPrefix')} `));
      const summary = page.locator('main > .error-summary');
      expect(await summary.locator('h2').textContent()).toBe(tr('survey.errorSummaryTitle'));
      expect(await page.locator('#feedback-comment').inputValue()).toBe(tooLong);
      expect(await page.locator('#feedback-reason-3').isChecked()).toBe(true);
      await summary.locator('a[href="#feedback-comment"]').click();
      expect(await isFocused(page, '#feedback-comment')).toBe(true);

      await page.locator('#feedback-comment').fill(comment);
      await Promise.all([
        page.waitForURL(`**${article}?feedback=thanks#feedback`),
        page.locator('.feedback__more button[type="submit"]').click(),
      ]);
      expect(await page.locator('#feedback h2').textContent()).toBe(tr('feedback.thanks.title'));
    });
  });
});
