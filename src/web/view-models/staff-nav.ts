import type { Locale } from '../../i18n/locales.js';
import { staffUrl, type PeriodDays } from '../request/staff-query.js';
import { staffPaths, type StaffPage } from '../urls.js';

export interface StaffNavItem {
  /** Names the link's text: admin.nav.<page>. */
  page: StaffPage;
  url: string;
  current: boolean;
}

/** Pages whose figures cover a period: their links keep the one chosen. */
const periodPages: readonly StaffPage[] = ['overview', 'feedback', 'searches'];

/** The staff navigation: every staff page, in the staff member's language and period. */
export function staffNav(current: StaffPage, state: { lang: Locale; days?: PeriodDays }) {
  return (Object.keys(staffPaths) as StaffPage[]).map((page): StaffNavItem => ({
    page,
    url: staffUrl(staffPaths[page], {
      lang: state.lang,
      ...(periodPages.includes(page) && { days: state.days }),
    }),
    current: page === current,
  }));
}
