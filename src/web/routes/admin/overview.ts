import { Router } from 'express';
import { translationParity } from '../../../content/parity.js';
import { adminUrl } from '../../request/admin-query.js';
import { parseStaffQuery, staffUrl } from '../../request/staff-query.js';
import { staffPaths } from '../../urls.js';
import { overviewFigures } from '../../view-models/staff-overview.js';
import { periodDates, periodForm } from '../../view-models/staff-period.js';
import type { AdminServices } from './index.js';
import type { SendStaffPage } from './staff-page.js';

/** `/admin`: the headline numbers of a period, and the way to every staff page. */
export function overviewRouter(services: AdminServices, sendStaff: SendStaffPage): Router {
  const { surveyStore, feedbackStore, searchCounter } = services;
  const router = Router();

  router.get('/', async (req, res) => {
    const { lang, days, period } = parseStaffQuery(req.query);
    // Counts still in memory are written first, so the figures include the latest searches.
    await searchCounter.flush();
    const [survey, votes, searches] = await Promise.all([
      surveyStore.summary({ from: period.from, to: period.to }),
      feedbackStore.articleVotes(period),
      feedbackStore.searches.totals(period),
    ]);
    const link = (path: string, withPeriod = true) =>
      staffUrl(path, { lang, ...(withPeriod && { days }) });
    sendStaff(
      res,
      'overview',
      { lang, days },
      {
        form: periodForm(staffPaths.overview, { lang, days }),
        dates: periodDates(period, lang),
        figures: overviewFigures(
          {
            surveyAnswers: survey.total,
            votes,
            searches,
            parity: translationParity(services.content.repo),
          },
          lang,
        ),
        links: {
          // The survey page filters by dates of its own: it opens on the same period.
          survey: adminUrl(staffPaths.survey, { lang, filter: period }),
          feedback: link(staffPaths.feedback),
          searches: link(staffPaths.searches),
          content: link(staffPaths.content, false),
        },
      },
    );
  });

  return router;
}
