import { Router } from 'express';
import type { Services } from '../../../services.js';
import { csvFileName, csvLines } from '../../../survey/csv.js';
import { sendCsv } from '../../http/csv-download.js';
import { adminUrl, parseAdminQuery } from '../../request/admin-query.js';
import { sameForAll, staffPaths } from '../../urls.js';
import { staffNav } from '../../view-models/staff-nav.js';
import { commentViews, questionResults } from '../../view-models/survey-results.js';
import type { SendPage } from '../../views/render.js';
import { pageOrLast } from './paged.js';

const resultsPath = staffPaths.survey;
const csvPath = '/admin/survey.csv';
const commentsPerPage = 20;

/** The survey results and their CSV export. */
export function surveyResultsRouter(
  services: Pick<Services, 'content' | 'surveyStore' | 'i18n'>,
  send: SendPage,
): Router {
  const { content, surveyStore: store, i18n } = services;
  const router = Router();

  router.get('/survey', async (req, res) => {
    const { lang, filter, notes, page } = parseAdminQuery(req.query);
    const [summary, comments] = await Promise.all([
      store.summary(filter),
      pageOrLast((range) => store.comments(filter, range), page, commentsPerPage),
    ]);
    const topics = content.repo.categories(lang);
    send(
      res,
      'pages/admin-survey.njk',
      {
        alternates: sameForAll((l) =>
          adminUrl(resultsPath, { lang: l, filter, page: comments.page }),
        ),
        noindex: true,
        showBanner: false,
      },
      {
        staffNav: staffNav('survey', { lang }),
        total: summary.total,
        questions: questionResults(i18n.t(lang), lang, topics, summary),
        filter,
        notes,
        formAction: resultsPath,
        clearUrl: adminUrl(resultsPath, { lang, filter: {} }),
        csvUrl: adminUrl(csvPath, { filter }),
        comments: {
          total: comments.total,
          items: commentViews(comments.items, lang),
          current: comments.page,
          first: comments.first,
          pages: Array.from({ length: comments.pageCount }, (_, i) => ({
            number: i + 1,
            url: adminUrl(resultsPath, { lang, filter, page: i + 1 }, '#comments'),
          })),
        },
      },
    );
  });

  router.get('/survey.csv', async (req, res) => {
    const { filter } = parseAdminQuery(req.query);
    await sendCsv(res, csvFileName(new Date()), csvLines(store.responses(filter)));
  });

  return router;
}
