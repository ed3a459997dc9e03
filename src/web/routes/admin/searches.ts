import { Router } from 'express';
import { searchCsvLines, searchCsvName } from '../../../feedback/csv.js';
import { locales, type Locale } from '../../../i18n/locales.js';
import { sendCsv } from '../../http/csv-download.js';
import { parseStaffQuery, staffUrl } from '../../request/staff-query.js';
import { staffPaths } from '../../urls.js';
import { periodDates, periodForm } from '../../view-models/staff-period.js';
import { queryRows, searchTotalsView, unansweredRows } from '../../view-models/staff-searches.js';
import type { AdminServices } from './index.js';
import type { SendStaffPage } from './staff-page.js';

/** Queries listed per language and table. */
const topLimit = 25;
const csvPath = '/admin/searches.csv';

/** What visitors search for, and what they search for without finding anything. */
export function searchesRouter(
  services: Pick<AdminServices, 'feedbackStore' | 'searchCounter' | 'search'>,
  sendStaff: SendStaffPage,
): Router {
  const { feedbackStore: store, searchCounter, search } = services;
  /** What a query finds as the content stands now (it may have changed since). */
  const resultsToday = (locale: Locale, query: string) => search.count(locale, query);
  const router = Router();

  router.get('/searches', async (req, res) => {
    const { lang, days, period } = parseStaffQuery(req.query);
    // Counts still in memory are written first, so the page includes the latest searches.
    await searchCounter.flush();
    const top = (locale: Locale, withoutResults: boolean) =>
      store.searches.top(period, locale, { withoutResults, limit: topLimit });
    const [totals, perLocale] = await Promise.all([
      store.searches.totals(period),
      Promise.all(
        locales.map(async (locale) => {
          const [all, none] = await Promise.all([top(locale, false), top(locale, true)]);
          return {
            locale,
            top: queryRows(all, locale, lang),
            unanswered: unansweredRows(none, locale, lang, resultsToday),
          };
        }),
      ),
    ]);
    sendStaff(
      res,
      'searches',
      { lang, days },
      {
        form: periodForm(staffPaths.searches, { lang, days }),
        dates: periodDates(period, lang),
        csvUrl: staffUrl(csvPath, { days }),
        totals: searchTotalsView(totals, lang),
        topLimit,
        languages: perLocale,
      },
    );
  });

  router.get('/searches.csv', async (req, res) => {
    const { period } = parseStaffQuery(req.query);
    await searchCounter.flush();
    await sendCsv(res, searchCsvName(new Date()), searchCsvLines(store.searches.all(period)));
  });

  return router;
}
