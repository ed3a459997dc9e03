import type { Response } from 'express';
import type { Locale } from '../../../i18n/locales.js';
import { staffUrl, type StaffQuery } from '../../request/staff-query.js';
import { sameForAll, staffPaths, type StaffPage } from '../../urls.js';
import { staffNav } from '../../view-models/staff-nav.js';
import type { SendPage } from '../../views/render.js';

export type SendStaffPage = (
  res: Response,
  page: StaffPage,
  /** What the page's address keeps (period, sort, page…), the same in every language. */
  state: Partial<Omit<StaffQuery, 'period' | 'lang'>> & { lang: Locale },
  data: Record<string, unknown>,
) => void;

/**
 * Renders a staff page (views/pages/admin-<page>.njk): out of search engines, without the
 * survey invitation, with the staff navigation, and the same address in the other language.
 */
export function staffPageSender(send: SendPage): SendStaffPage {
  return (res, page, state, data) => {
    send(
      res,
      `pages/admin-${page}.njk`,
      {
        alternates: sameForAll((lang) => staffUrl(staffPaths[page], { ...state, lang })),
        noindex: true,
        showBanner: false,
      },
      { staffNav: staffNav(page, state), ...data },
    );
  };
}
