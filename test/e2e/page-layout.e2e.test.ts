// What screenshots, pa11y and Lighthouse once caught, checked at the narrowest phone, a common
// phone and a desktop width: heading order, the search placeholder, dividers, the skip link
// and the printed page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.js';
import { samples, useSite } from '../support/e2e.js';

const site = useSite();
const widths = [320, 375, 1280];

/** How many pixels of placeholder text overflow its input (0 when it fits). */
const placeholderOverflow = (page: Page, selector: string) =>
  page.$eval(selector, (input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas to measure text with');
    context.font = style.font;
    const room =
      input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    return Math.max(0, Math.ceil(context.measureText(input.placeholder).width - room));
  });

/** Vertical positions of the horizontal rules in main: elements with a border on one side only. */
const rulePositions = (page: Page) =>
  page.$$eval('main *', (elements) => {
    const positions: number[] = [];
    for (const element of elements) {
      const style = getComputedStyle(element);
      const top = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
      const bottom = style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0;
      if (top === bottom) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      positions.push(Math.round(top ? box.top : box.bottom) + window.scrollY);
    }
    return positions.sort((a, b) => a - b);
  });

describe.each(locales)('in %s', (locale) => {
  const sample = samples[locale];
  const searchPage = `/${locale}/search?q=${encodeURIComponent(sample.query)}`;

  describe.each(widths)('at %i px', (width) => {
    const open = async (url: string) => {
      const page = await site.newPage({ viewport: { width, height: 800 } });
      await page.goto(url);
      return page;
    };

    it('starts the heading order with the page h1, the survey invitation still named', async () => {
      for (const url of [`/${locale}/`, sample.article.path, searchPage]) {
        const page = await open(url);
        const first = await page.$eval(
          'h1, h2, h3, h4, h5, h6, [role="heading"]',
          (h) => h.tagName,
        );
        expect(first, url).toBe('H1');
        const invitation = page.getByRole('complementary', {
          name: await page.locator('#survey-banner-title').innerText(),
        });
        expect(await invitation.count(), url).toBe(1);
      }
    });

    it('shows the whole search placeholder in the header and on the home page', async () => {
      const article = await open(sample.article.path);
      expect(await placeholderOverflow(article, '#header-search-input')).toBe(0);
      const home = await open(`/${locale}/`);
      expect(await placeholderOverflow(home, '#home-search-input')).toBe(0);
    });

    it('closes the search results with one divider, not two', async () => {
      const page = await open(searchPage);
      await page.locator('.search-survey').waitFor();
      const rules = await rulePositions(page);
      const gaps = rules.slice(1).map((y, i) => y - (rules[i] ?? 0));
      expect(Math.min(...gaps), `rules at ${rules.join(', ')}`).toBeGreaterThanOrEqual(40);
    });

    it('shows the focused skip link without covering the site name', async () => {
      const page = await open(`/${locale}/`);
      await page.keyboard.press('Tab');
      const link = await page.locator('.skip-link').boundingBox();
      const name = await page.locator('.site-header__name').boundingBox();
      expect(link && name).toBeTruthy();
      if (!link || !name) return;
      expect(link.y + link.height).toBeLessThanOrEqual(name.y);
    });
  });

  it('prints the answer with its address and without the links that only help browsing', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(sample.article.path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.article__next',
      '.site-footer nav',
      '.site-header__search',
      '.language-switch',
      '.survey-banner',
      '.skip-link',
    ]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    const address = page.locator('.print-address');
    expect(await address.isVisible()).toBe(true);
    expect(await address.innerText()).toBe(`${site.url}${sample.article.path}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await address.isVisible()).toBe(false);

    await page.goto(`/${locale}/search?q=${encodeURIComponent(sample.query)}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.search-survey').isVisible()).toBe(false);
  });
});
