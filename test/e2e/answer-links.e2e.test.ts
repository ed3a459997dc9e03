import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samples, useSite } from '../support/e2e.js';

// public/js/site.js opens the answer a link points to on a category page.

const site = useSite();
const { category, article } = samples.en;
const isOpen = async (details: Locator) => (await details.getAttribute('open')) !== null;

describe('links to an answer', () => {
  it('open the answer they point to, on arrival and when the address changes', async () => {
    const page = await site.newPage();
    const answer = page.locator(`details#${article.slug}`);
    await page.goto(`${category.path}#${article.slug}`);
    await expect.poll(() => isOpen(answer)).toBe(true);

    await page.goto(category.path);
    expect(await isOpen(answer)).toBe(false);
    await page.goto(`${category.path}#${article.slug}`); // the same page: only the hash changes
    await expect.poll(() => isOpen(answer)).toBe(true);
  });

  it('leave a malformed address alone, without a script error, and still work after it', async () => {
    const page = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${category.path}#%zz`);
    const answer = page.locator(`details#${article.slug}`);
    await page.goto(`${category.path}#${article.slug}`); // the same page: only the hash changes
    await expect.poll(() => isOpen(answer)).toBe(true);
    expect(errors).toEqual([]);
  });
});
