import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { copyOfRealContent } from '../support/app.js';
import { formatViolations, runAxe } from '../support/axe.js';
import { samples, useSite } from '../support/e2e.js';
import {
  answerSurvey,
  goto,
  openFeedbackNo,
  openSuggestions,
  sendEmptySurvey,
} from '../support/page-states.js';
import { mistypedAddress } from '../support/page-types.js';
import { adminCredentials, startServer, type RunningServer } from '../support/server.js';
import { useStaffServer } from '../support/staff-data.js';

// axe (WCAG 2.2 A, AA and AAA) on every kind of page, in both languages, in both colour schemes
// at phone and desktop width. Each page state is opened once per language and checked in the
// four views: switching the scheme and the width in place costs far less than opening it again.

const site = useSite();

/**
 * A second server whose content lacks one translation each way, for the notice pages, and
 * where one question's translation fell behind each way, for the notice on article pages.
 */
const missing = { en: 'europass-mobility', fr: 'diploma-supplement' } as const;
const behind = {
  en: {
    file: 'en/articles/activate-eid-second-factor.md',
    path: '/en/eu-login/activate-eid-second-factor',
  },
  fr: {
    file: 'fr/articles/mot-de-passe-eu-login-oublie.md',
    path: '/fr/eu-login/mot-de-passe-eu-login-oublie',
  },
} as const;
let partial: RunningServer;
let removeContent: () => Promise<void>;

beforeAll(async () => {
  const copy = await copyOfRealContent();
  removeContent = copy.cleanup;
  await rm(path.join(copy.dir, 'en', 'articles', 'europass-mobility-document.md'));
  await rm(path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md'));
  for (const { file } of Object.values(behind)) {
    const full = path.join(copy.dir, file);
    await writeFile(
      full,
      (await readFile(full, 'utf8')).replace(/^updated: .*$/m, 'updated: 2020-01-01'),
    );
  }
  partial = await startServer({ CONTENT_DIR: copy.dir });
});

afterAll(async () => {
  await partial?.stop();
  await removeContent?.();
});

/** A third server whose staff pages have votes, searches and translation gaps to show. */
const staff = useStaffServer();

interface PageKind {
  name: string;
  /** Opens the page in the state to check; returns the HTTP status of the page. */
  open: (page: Page, locale: Locale) => Promise<number | undefined>;
  status?: number;
  context?: BrowserContextOptions;
}

const pageKinds: PageKind[] = [
  {
    // Main focused through the skip link, as keyboard users have it: focus styles must not hide text.
    name: 'the home page after the skip link',
    open: async (p, l) => {
      const status = await goto(p, `/${l}/`);
      await p.keyboard.press('Tab');
      await p.keyboard.press('Enter');
      return status;
    },
  },
  {
    name: 'the home page with search suggestions open',
    open: async (p, l) => {
      const status = await goto(p, `/${l}/`);
      await openSuggestions(p, l, '#home-search-input');
      return status;
    },
  },
  {
    name: 'a category page with every answer open',
    open: async (p, l) => {
      const status = await goto(p, samples[l].category.path);
      await p.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
      return status;
    },
  },
  { name: 'an article page', open: (p, l) => goto(p, samples[l].article.path) },
  {
    name: 'an article page with "No" open under "Was this helpful?"',
    open: async (p, l) => {
      const status = await goto(p, samples[l].article.path);
      await openFeedbackNo(p);
      return status;
    },
  },
  {
    name: 'an article page thanking for a vote, in place',
    open: async (p, l) => {
      const status = await goto(p, samples[l].article.path);
      await p.locator('.feedback__yes').click();
      await p.locator('.feedback--thanks').waitFor();
      return status;
    },
  },
  {
    name: 'an article page with a comment too long, in place',
    open: async (p, l) => {
      const status = await goto(p, samples[l].article.path);
      await p.locator('.feedback__no summary').click();
      await p.locator('#feedback-comment').fill('x'.repeat(600));
      await p.locator('.feedback__more button[type="submit"]').click();
      await p.locator('#feedback .error-summary').waitFor();
      return status;
    },
  },
  {
    name: 'an article page with a comment too long, sent as an ordinary post',
    open: async (p, l) => {
      await goto(p, samples[l].article.path);
      // The page as it comes back without JavaScript; axe itself needs JavaScript, so the
      // form takes the way feedback.js leaves it when fetch fails: the ordinary post.
      await p.locator('[data-feedback-form]').evaluate((form) => (form.dataset.plain = 'true'));
      await p.locator('.feedback__no summary').click();
      await p.locator('#feedback-comment').fill('x'.repeat(600));
      const [response] = await Promise.all([
        p.waitForResponse((r) => r.request().method() === 'POST'),
        p.locator('.feedback__more button[type="submit"]').click(),
      ]);
      await p.locator('main > .error-summary').waitFor();
      return response.status();
    },
    status: 400,
  },
  {
    name: 'the thanks for a vote',
    open: (p, l) => goto(p, `${samples[l].article.path}?feedback=thanks`),
  },
  {
    name: 'an article whose translation is newer',
    open: (p, l) => goto(p, `${partial.url}${behind[l].path}`),
  },
  {
    name: 'a search results page',
    open: (p, l) => goto(p, `/${l}/search?q=${encodeURIComponent(samples[l].query)}`),
  },
  { name: 'a search without results', open: (p, l) => goto(p, `/${l}/search?q=xylophone`) },
  { name: 'the empty search page', open: (p, l) => goto(p, `/${l}/search`) },
  { name: 'the survey', open: (p, l) => goto(p, `/${l}/survey`) },
  {
    name: 'the survey with errors',
    open: sendEmptySurvey,
    status: 400,
  },
  { name: 'the thank-you page', open: (p, l) => goto(p, `/${l}/survey/thanks`) },
  {
    name: 'the not-found page, with the questions a mistyped address meant',
    open: (p, l) => goto(p, mistypedAddress[l]),
    status: 404,
  },
  {
    name: 'a translation notice',
    open: (p, l) => goto(p, `${partial.url}/${l}/notice/article/${missing[l]}`),
  },
  {
    name: 'the survey results for staff',
    open: async (p, l) => {
      await answerSurvey(p, l);
      return goto(p, `/admin/survey?lang=${l}`);
    },
    context: { httpCredentials: adminCredentials },
  },
  ...['', '/feedback', '/searches', '/content'].map((page): PageKind => ({
    name: `the staff page /admin${page}`,
    open: (p, l) => goto(p, `${staff.url}/admin${page}?lang=${l}`),
    context: { httpCredentials: adminCredentials },
  })),
  {
    name: 'the staff feedback page, sorted by votes, comments of one article',
    open: (p, l) =>
      goto(p, `${staff.url}/admin/feedback?lang=${l}&sort=votes&locale=${l}&article=cefr#comments`),
    context: { httpCredentials: adminCredentials },
  },
];

/** The views every page state is checked in: each colour scheme at phone and desktop width. */
const views = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'dark', width: 375 },
] as const;

/** Lets the page lay itself out and repaint after a change of scheme or width. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe.each(locales)('in %s', (locale) => {
  for (const kind of pageKinds) {
    it(`${kind.name} has no WCAG 2.2 A, AA or AAA violations, light and dark, 375 and 1280 px`, async () => {
      const [first] = views;
      const page = await site.newPage({
        viewport: { width: first.width, height: 900 },
        colorScheme: first.colorScheme,
        ...kind.context,
      });
      expect(await kind.open(page, locale), `status of ${page.url()}`).toBe(kind.status ?? 200);
      const failures: string[] = [];
      for (const { colorScheme, width } of views) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await nextFrame(page);
        const { violations } = await runAxe(page);
        const where = `${page.url()} (${colorScheme}, ${width} px)`;
        if (violations.length > 0) failures.push(formatViolations(violations, where));
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
});
