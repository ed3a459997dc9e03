/**
 * Pages opened in the states that browser tests check: an answer's "No" open, suggestions
 * listed, the survey sent empty. Shared so that each state is reached the same way everywhere.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.js';
import { samples } from './e2e.js';

/** Goes to `url`; returns the HTTP status of the page. */
export async function goto(page: Page, url: string): Promise<number | undefined> {
  const response = await page.goto(url);
  return response?.status();
}

/** Submits the survey with every question answered, so the results page has numbers. */
export async function answerSurvey(page: Page, locale: Locale): Promise<void> {
  await page.goto(`/${locale}/survey`);
  for (const id of ['satisfaction-4', 'found-2', 'topic-1', 'ease-5']) await page.check(`#${id}`);
  await page.fill('#improve', 'More screenshots, please.');
  await page.click('.survey-form button[type="submit"]');
  await page.waitForURL(`**/${locale}/survey/thanks`);
}

/** Types the sample query into a search box and waits for the suggestions listed under it. */
export async function openSuggestions(page: Page, locale: Locale, input: string): Promise<void> {
  await page.locator(input).fill('');
  await page.locator(input).pressSequentially(samples[locale].query);
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('ArrowDown');
}

/** Opens "No" under "Was this helpful?" on the page's article and picks a reason. */
export async function openFeedbackNo(page: Page): Promise<void> {
  await page.locator('.feedback__no summary').click();
  await page.locator('#feedback-reason-2').check();
}

/** Sends the survey without answers; returns the status of the page with the errors. */
export async function sendEmptySurvey(page: Page, locale: Locale): Promise<number> {
  await goto(page, `/${locale}/survey`);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.click('.survey-form button[type="submit"]'),
  ]);
  await page.locator('.error-summary').waitFor();
  return response.status();
}
