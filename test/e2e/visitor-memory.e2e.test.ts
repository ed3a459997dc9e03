import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samples, translator, useSite } from '../support/e2e.js';

// What the site remembers of a visitor, in a real browser with and without JavaScript: the
// language chosen with the switch, and a dismissed survey invitation. Reading pages sets no
// cookie, so those pages can come from any cache; both memories must still hold then.

const site = useSite();
const t = await translator();
const pathOf = (page: Page) => new URL(page.url()).pathname;

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const)('%s', (_label, javaScriptEnabled) => {
  it('remembers only the language chosen with the switch, for the next visit to /', async () => {
    const page = await site.newPage({ javaScriptEnabled, locale: 'fr-FR' });
    // Accept-Language (fr) decides until the visitor chooses.
    await page.goto('/');
    expect(pathOf(page)).toBe('/fr/');
    // Reading pages in English does not make English the visitor's language.
    await page.goto(samples.en.article.path);
    await page.goto(samples.en.category.path);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto('/');
    expect(pathOf(page)).toBe('/fr/');

    // Choosing English with the switch (on a French page) does.
    await page.goto(samples.fr.article.path);
    await page
      .getByRole('navigation', { name: t.fr('language.switchLabel') })
      .getByRole('link')
      .click();
    await page.waitForURL(`**${samples.en.article.path}`);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => `${c.name}=${c.value}`)).toEqual(['lang=en']);
    await page.goto('/');
    expect(pathOf(page)).toBe('/en/');
  });

  it('keeps a dismissed invitation hidden, on pages read before too', async () => {
    const page = await site.newPage({ javaScriptEnabled });
    const banner = page.getByRole('complementary', { name: t.en('banner.title') });
    // Pages the browser has already kept, with the invitation.
    for (const path of ['/en/', samples.en.category.path, samples.en.article.path]) {
      await page.goto(path);
      expect(await banner.count(), path).toBe(1);
    }
    await banner.getByRole('button', { name: t.en('banner.dismiss') }).click();
    await page.waitForURL(`**${samples.en.article.path}`);
    expect(await banner.count()).toBe(0);

    // Back to a page read before, by a link: the browser checks it again, and gets the page
    // made for a visitor who dismissed the invitation.
    await page.getByRole('link', { name: 'EU Login' }).first().click();
    await page.waitForURL(`**${samples.en.category.path}`);
    expect(await banner.count()).toBe(0);
    await page.getByRole('link', { name: t.en('site.name') }).click();
    await page.waitForURL('**/en/');
    expect(await banner.count()).toBe(0);
    await page.goto('/fr/');
    expect(await page.getByRole('complementary', { name: t.fr('banner.title') }).count()).toBe(0);

    // Another visitor still gets the invitation on the same pages.
    const other = await site.newPage({ javaScriptEnabled });
    await other.goto(samples.en.category.path);
    expect(await other.getByRole('complementary', { name: t.en('banner.title') }).count()).toBe(1);
  });
});

describe('the survey comment count', () => {
  it.each([
    ['en', '1,990'],
    ['fr', '1\u202f990'],
  ] as const)('counts down in %s with that language’s numbers (%s)', async (locale, left) => {
    const page = await site.newPage();
    await page.goto(`/${locale}/survey`);
    await page.locator('textarea').fill('0123456789');
    const message = page.locator('.character-count__message');
    await expect.poll(() => message.textContent()).toContain(left);
  });
});
