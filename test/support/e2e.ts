/**
 * What every browser test file shares: one real server and one browser for the file, a fresh
 * browser context per page, and a screenshot and the HTML of each page of a failed test in
 * test-results/e2e/ (git-ignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createI18n, type Translate } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locales.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export const artifactsDir = path.join(projectRoot, 'test-results', 'e2e');

export interface Site {
  /** Origin of the server, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** A page in a new browser context (own cookies) whose relative URLs go to the server. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the hooks of a browser test file; `env` adds server settings. */
export function useSite(env: Record<string, string> = {}): Site {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let setupError: Error | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startServer(env), launchBrowser()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    // Kept for every test to throw: a missing chromium fails each test with the install
    // command, where a throwing beforeAll would only mark them skipped.
    const failed: unknown = [launched, started].find((r) => r.status === 'rejected')?.reason;
    if (failed !== undefined) {
      setupError = failed instanceof Error ? failed : new Error(inspect(failed));
    }
  });

  // Tests of a file run one after another, so the contexts listed are the finished test's.
  afterEach(async ({ task }) => {
    const opened = contexts;
    contexts = [];
    if (task.result?.state === 'fail') {
      const pages = opened.flatMap((context) => context.pages());
      await Promise.all(pages.map((page, i) => saveArtifacts(page, task.fullName, i)));
    }
    await Promise.all(opened.map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const ready = (): { server: RunningServer; browser: Browser } => {
    if (setupError !== undefined) throw setupError;
    if (!server || !browser) throw new Error('useSite(): the server or browser is not started');
    return { server, browser };
  };

  return {
    get url() {
      return ready().server.url;
    },
    async newPage(options = {}) {
      const { server, browser } = ready();
      const context = await browser.newContext({ baseURL: server.url, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** The same question in each language, with words that find it: what the journeys walk through. */
export const samples = {
  en: {
    category: { path: '/en/eu-login', title: 'EU Login' },
    article: {
      slug: 'forgotten-eu-login-password',
      path: '/en/eu-login/forgotten-eu-login-password',
    },
    query: 'password',
  },
  fr: {
    category: { path: '/fr/eu-login', title: 'EU Login' },
    article: {
      slug: 'mot-de-passe-eu-login-oublie',
      path: '/fr/eu-login/mot-de-passe-eu-login-oublie',
    },
    query: 'mot de passe',
  },
} as const;

/** Saves what a page showed when its test failed; a page that cannot be saved is skipped. */
async function saveArtifacts(page: Page, testName: string, index: number): Promise<void> {
  const base = testName
    .replace(/^test\/e2e\//, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 150);
  const file = path.join(artifactsDir, index ? `${base}-${index + 1}` : base);
  try {
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: `${file}.png`, fullPage: true, timeout: 5_000 });
    await writeFile(`${file}.html`, `<!-- ${page.url()} -->\n${await page.content()}`);
    console.error(`Saved ${path.relative(projectRoot, file)}.png and .html (${page.url()})`);
  } catch (error) {
    console.error(`Could not save the page of the failed test "${testName}": ${String(error)}`);
  }
}

/** The site's own UI strings, so tests find elements by what visitors read. */
export async function translator(): Promise<Record<Locale, Translate>> {
  const i18n = await createI18n(path.join(projectRoot, 'src', 'i18n', 'locales'));
  return { en: i18n.t('en'), fr: i18n.t('fr') };
}
