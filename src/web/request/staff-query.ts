import type { Period } from '../../feedback/store.js';
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.js';
import { slugPattern } from '../../content/slug.js';
import { intParam, textParam } from './query-params.js';

/** The periods staff pages offer, in days ending today (UTC); 30 unless asked otherwise. */
export const periodChoices = [7, 30, 90] as const;
export type PeriodDays = (typeof periodChoices)[number];
export const defaultPeriodDays: PeriodDays = 30;

/** How the feedback page orders articles: least helpful first, or most votes first. */
export const feedbackSorts = ['worst', 'votes'] as const;
export type FeedbackSort = (typeof feedbackSorts)[number];

export interface StaffQuery {
  /** The staff member's language for the page (not a filter). */
  lang: Locale;
  days: PeriodDays;
  period: Period;
  sort: FeedbackSort;
  page: number;
  /** The page of comments (feedback page), apart from the page of articles. */
  commentsPage: number;
  /** Comments of one article in one language only (feedback page), when both are given. */
  comments?: { locale: Locale; articleId: string };
}

const dayMs = 24 * 60 * 60 * 1000;

/** The `days` calendar days (UTC) ending with the day of `now`, both ends included. */
export function periodEnding(days: number, now: Date): Period {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { from: day(new Date(now.getTime() - (days - 1) * dayMs)), to: day(now) };
}

function oneOf<T extends string | number>(choices: readonly T[], raw: string, fallback: T): T {
  return choices.find((choice) => String(choice) === raw) ?? fallback;
}

/**
 * Reads a staff page's query leniently: a value the page does not offer (`period=abc`,
 * `sort=x`, `lang=de`, `page=-1`) falls back to the default, so a bad link still shows a page.
 */
export function parseStaffQuery(query: Record<string, unknown>, now = new Date()): StaffQuery {
  const lang = textParam(query.lang);
  const days = oneOf(periodChoices, textParam(query.period).trim(), defaultPeriodDays);
  const locale = textParam(query.locale);
  const articleId = textParam(query.article);
  return {
    lang: isLocale(lang) ? lang : defaultLocale,
    days,
    period: periodEnding(days, now),
    sort: oneOf(feedbackSorts, textParam(query.sort), 'worst'),
    page: intParam(query.page, 1, 1, 1_000_000),
    commentsPage: intParam(query.cpage, 1, 1, 1_000_000),
    ...(isLocale(locale) &&
      articleId.length <= 200 &&
      slugPattern.test(articleId) && { comments: { locale, articleId } }),
  };
}

/** A staff address with the state it keeps; defaults are left out. */
export function staffUrl(
  path: string,
  state: Partial<Omit<StaffQuery, 'period'>>,
  hash = '',
): string {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  if (state.days && state.days !== defaultPeriodDays) params.set('period', String(state.days));
  if (state.sort && state.sort !== 'worst') params.set('sort', state.sort);
  if (state.comments) {
    params.set('locale', state.comments.locale);
    params.set('article', state.comments.articleId);
  }
  if (state.page && state.page > 1) params.set('page', String(state.page));
  if (state.commentsPage && state.commentsPage > 1) {
    params.set('cpage', String(state.commentsPage));
  }
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}
