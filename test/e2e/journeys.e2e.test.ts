import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.js';
import { samples, translator, useSite } from '../support/e2e.js';

// The visitor's main journeys in a real browser against the real server, in both languages,
// on a phone and on a desktop screen.

const site = useSite();
/** The samples are in English and French: each journey switches to the other one. */
const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'fr' : 'en');
const t = await translator();

const articlePage = /^\/(en|fr)\/[a-z0-9-]+\/[a-z0-9-]+$/;
const pathOf = (page: Page) => new URL(page.url()).pathname;
const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
/** Whether the element is document.activeElement (the one element the selector matches). */
const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === element.ownerDocument.activeElement);
const isOpen = (details: Locator) => details.evaluate((element) => element.hasAttribute('open'));

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses`);
}

/** Presses a key that submits a form and waits for the next page to load. */
async function pressAndLoad(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press(key)]);
}

describe.each([
  ['en', 375],
  ['en', 1280],
  ['fr', 375],
  ['fr', 1280],
] as const)('%s at %i px', (locale: Locale, width) => {
  const here = samples[locale];
  const there = samples[otherLocale(locale)];
  const tr = t[locale];
  const viewport = { width, height: 800 };

  it('browses from the home page to an answer and switches language there and back', async () => {
    const page = await site.newPage({ viewport });
    await page.goto(`/${locale}/`);
    await page
      .locator('.topic-card__title')
      .getByRole('link', { name: here.category.title })
      .click();
    await page.waitForURL(`**${here.category.path}`);

    const answer = page.locator(`details#${here.article.slug}`);
    expect(await isOpen(answer)).toBe(false);
    await answer.locator('summary').click();
    expect(await isOpen(answer)).toBe(true);

    await answer.getByRole('link', { name: tr('category.permalink') }).click();
    await page.waitForURL(`**${here.article.path}`);
    expect(await htmlLang(page)).toBe(locale);

    const languageSwitch = (shownIn: Locale) =>
      page.getByRole('navigation', { name: t[shownIn]('language.switchLabel') }).getByRole('link');
    await languageSwitch(locale).click();
    await page.waitForURL(`**${there.article.path}`);
    expect(pathOf(page)).toBe(there.article.path);
    expect(await htmlLang(page)).toBe(otherLocale(locale));

    await languageSwitch(otherLocale(locale)).click();
    await page.waitForURL(`**${here.article.path}`);
    expect(pathOf(page)).toBe(here.article.path);
    expect(await htmlLang(page)).toBe(locale);
  });

  it('suggests answers while typing in the header search and opens the chosen one', async () => {
    const page = await site.newPage({ viewport });
    await page.goto(here.category.path);
    const input = page.locator('#header-search-input');
    // A click (not a focus() call) proves the box is visible and nothing covers it.
    await input.click();
    // On a busy machine a prefix of the query can get its own suggestions (the script waits
    // 120 ms after the last keystroke): wait for the answer to the whole query, so no later
    // answer re-renders the list under the arrow key.
    const answerToQuery = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/search' &&
        new URL(response.url()).searchParams.get('q') === here.query.trim(),
    );
    await page.keyboard.type(here.query, { delay: 20 });
    await answerToQuery;

    const listbox = page.getByRole('listbox', { name: tr('search.suggestionsLabel') });
    await listbox.waitFor({ state: 'visible' });
    const options = listbox.getByRole('option');
    const status = page.locator('.site-header [role="status"]');
    // The list is rendered after the body is read: wait until the list and its announcement agree.
    await expect
      .poll(async () => {
        const shown = await options.count();
        return (await status.textContent()) === tr('search.suggestionsCount', { count: shown });
      })
      .toBe(true);
    const count = await options.count();
    expect(count).toBeGreaterThan(0);
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    const title = await first.locator('.search-suggestions__title').textContent();

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => articlePage.test(url.pathname));
    expect(await page.locator('h1').textContent()).toBe(title);
  });

  it('searches without JavaScript and shows a plain results page', async () => {
    const page = await site.newPage({ viewport, javaScriptEnabled: false });
    await page.goto(here.category.path);
    const input = page.locator('#header-search-input');
    await input.fill(here.query);
    await pressAndLoad(page, 'Enter');

    expect(pathOf(page)).toBe(`/${locale}/search`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(here.query);
    expect(await page.locator('h1').textContent()).toBe(
      tr('search.resultsTitle', { query: here.query }),
    );
    expect(await page.locator('.search-results .search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="combobox"], [role="listbox"]').count()).toBe(0);
  });

  it('answers the survey with the keyboard only, corrects a mistake and is thanked', async () => {
    const page = await site.newPage({ viewport });
    await page.goto(`/${locale}/survey`);
    const comment = locale === 'en' ? 'Clearer steps, please.' : 'Des étapes plus claires.';

    await tabTo(page, '#satisfaction-1');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    // The mistake: question 2 (required) is skipped.
    await tabTo(page, '#topic-1');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#ease-1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#improve');
    await page.keyboard.type(comment);
    await tabTo(page, '.survey-form button[type="submit"]');
    await pressAndLoad(page, 'Enter');

    expect(await isFocused(page, '.error-summary')).toBe(true);
    expect(await page.locator('.error-summary a[href="#found-1"]').count()).toBe(1);
    expect(await page.locator('#satisfaction-4').isChecked()).toBe(true);
    expect(await page.locator('#topic-2').isChecked()).toBe(true);
    expect(await page.locator('#ease-3').isChecked()).toBe(true);
    expect(await page.locator('#improve').inputValue()).toBe(comment);

    // From the summary, its link leads to the question to correct.
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '.error-summary a[href="#found-1"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page, '#found-1')).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, '.survey-form button[type="submit"]');
    await pressAndLoad(page, 'Enter');

    expect(pathOf(page)).toBe(`/${locale}/survey/thanks`);
    expect(await page.locator('h1').textContent()).toBe(tr('survey.thanks.title'));
  });

  it('hides the survey invitation for good once dismissed', async () => {
    const page = await site.newPage({ viewport });
    await page.goto(here.article.path);
    const banner = page.getByRole('complementary', { name: tr('banner.title') });
    expect(await banner.count()).toBe(1);

    await banner.getByRole('button', { name: tr('banner.dismiss') }).click();
    await page.waitForLoadState();
    expect(pathOf(page)).toBe(here.article.path);
    expect(await banner.count()).toBe(0);

    await page.getByRole('link', { name: tr('site.name') }).click();
    await page.waitForURL(`**/${locale}/`);
    expect(await banner.count()).toBe(0);
  });
});
