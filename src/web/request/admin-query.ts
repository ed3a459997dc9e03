import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.js';
import type { ResponseFilter } from '../../survey/store.js';
import { intParam, textParam } from './query-params.js';

/** Why the filters shown differ from what was asked: each becomes a sentence on the page. */
export type FilterNote = 'invalidFrom' | 'invalidTo' | 'swapped';

export interface AdminQuery {
  /** The staff member's language for the page (not a filter). */
  lang: Locale;
  filter: ResponseFilter;
  notes: FilterNote[];
  page: number;
}

/** A real calendar day as YYYY-MM-DD (what `<input type="date">` sends), or undefined. */
export function calendarDay(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March: a round trip catches days that do not exist.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    ? value
    : undefined;
}

/**
 * Reads the results page's query leniently: anything malformed is dropped (with a note when
 * the staff member typed it), so a bad link still shows a page rather than an error.
 */
export function parseAdminQuery(query: Record<string, unknown>): AdminQuery {
  const notes: FilterNote[] = [];
  const day = (name: 'from' | 'to', note: FilterNote) => {
    const raw = textParam(query[name]).trim();
    const parsed = raw ? calendarDay(raw) : undefined;
    if (raw && !parsed) notes.push(note);
    return parsed;
  };
  let from = day('from', 'invalidFrom');
  let to = day('to', 'invalidTo');
  if (from && to && from > to) {
    [from, to] = [to, from];
    notes.push('swapped');
  }
  const lang = textParam(query.lang);
  const locale = textParam(query.locale);
  return {
    lang: isLocale(lang) ? lang : defaultLocale,
    filter: {
      ...(isLocale(locale) && { locale }),
      ...(from && { from }),
      ...(to && { to }),
    },
    notes,
    page: intParam(query.page, 1, 1, 1_000_000),
  };
}

/** An admin address carrying the language, filters and page; empty values are left out. */
export function adminUrl(
  path: string,
  state: { lang?: Locale; filter: ResponseFilter; page?: number },
  hash = '',
): string {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  for (const key of ['locale', 'from', 'to'] as const) {
    const value = state.filter[key];
    if (value) params.set(key, value);
  }
  if (state.page && state.page > 1) params.set('page', String(state.page));
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}
