import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { formatViolations, runAxe } from '../support/axe.js';
import { useSite } from '../support/e2e.js';
import { isError, javaProblem, nuCheck, type NuMessage } from '../support/nu-checker.js';
import { bigTopic, realContentWithBigTopic } from './big-topic.js';

// A paged topic in a real browser (axe, WCAG 2.2 A, AA and AAA) and through the W3C Nu HTML Checker:
// the real content has no topic big enough to be paged, so the other e2e tests never see one.

const content = realContentWithBigTopic();
const site = useSite({ CONTENT_DIR: content.dir });
afterAll(() => content.cleanup());

const paths = [
  bigTopic.en.path,
  `${bigTopic.en.path}?page=5`,
  `${bigTopic.en.path}?page=10`,
  `${bigTopic.fr.path}?page=2`,
];

describe('paged category pages in a browser', () => {
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 375],
  ] as const) {
    it(`have no WCAG 2.2 A, AA or AAA violations (${colorScheme}, ${width} px)`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const url of paths) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        const { violations } = await runAxe(page);
        expect(
          violations,
          formatViolations(violations, `${url} (${colorScheme}, ${width} px)`),
        ).toEqual([]);
      }
    });
  }

  it('fit the page links in the width of a phone', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 900 } });
    for (const url of paths) {
      await page.goto(url);
      // A string, as the tests are typed without the DOM library.
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow, url).toBe(0);
      const nav = await page.locator('nav.pagination').boundingBox();
      expect((nav?.x ?? 0) + (nav?.width ?? 0), url).toBeLessThanOrEqual(375);
    }
  });

  it('go to the next page with the keyboard', async () => {
    const page = await site.newPage();
    await page.goto(`${bigTopic.en.path}?page=5`);
    await page.locator('nav.pagination a[rel="next"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${bigTopic.en.path}?page=6`);
    const current = page.getByRole('link', { name: 'Page 6 of questions about Big topic' });
    await expect(current.getAttribute('aria-current')).resolves.toBe('page');
    await expect(current.getAttribute('href')).resolves.toBe(`${bigTopic.en.path}?page=6`);
  });
});

describe('paged category pages as HTML', () => {
  let java: string | undefined;
  let messages: NuMessage[] = [];

  beforeAll(async () => {
    java = javaProblem();
    if (java) return;
    const out = await tempDir('help-centre-paging-html-');
    const files: string[] = [];
    for (const [i, url] of paths.entries()) {
      const file = path.join(out.dir, `${i}.html`);
      await writeFile(file, await (await fetch(site.url + url)).text());
      files.push(file);
    }
    messages = await nuCheck(files);
    await out.cleanup();
  }, 120_000);

  it('are valid for the W3C Nu HTML Checker', () => {
    if (java) throw new Error(java);
    const errors = messages.filter(isError).map((m) => `${m.url}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
