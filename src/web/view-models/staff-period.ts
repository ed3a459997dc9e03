import type { Period } from '../../feedback/store.js';
import type { Locale } from '../../i18n/locales.js';
import { periodChoices, type FeedbackSort, type PeriodDays } from '../request/staff-query.js';
import { formatDate } from '../../i18n/format.js';

/**
 * The GET form at the top of the period pages (views/partials/staff-period-form.njk): the
 * period, and on the feedback page the order of the articles.
 */
export function periodForm(
  action: string,
  state: { lang: Locale; days: PeriodDays; sort?: FeedbackSort },
  options: { sorts?: readonly FeedbackSort[] } = {},
) {
  return {
    action,
    lang: state.lang,
    periods: periodChoices.map((days) => ({ days, selected: days === state.days })),
    sorts: (options.sorts ?? []).map((sort) => ({ sort, selected: sort === state.sort })),
  };
}

/** "5 March 2026" to "3 April 2026": the days a period covers, in the page's language. */
export function periodDates(period: Period, lang: Locale) {
  return { from: formatDate(period.from, lang), to: formatDate(period.to, lang) };
}
