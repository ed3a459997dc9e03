import { Router } from 'express';
import { voteCsvLines, voteCsvName } from '../../../feedback/csv.js';
import { voteReasons } from '../../../feedback/store.js';
import { sendCsv } from '../../http/csv-download.js';
import { feedbackSorts, parseStaffQuery, staffUrl } from '../../request/staff-query.js';
import { staffPaths } from '../../urls.js';
import {
  articleLink,
  articleRows,
  minimumVotes,
  sortArticleVotes,
  voteCommentViews,
  voteTotals,
} from '../../view-models/staff-feedback.js';
import { periodDates, periodForm } from '../../view-models/staff-period.js';
import type { AdminServices } from './index.js';
import { pageOrLast } from './paged.js';
import type { SendStaffPage } from './staff-page.js';

const articlesPerPage = 25;
const commentsPerPage = 20;
const csvPath = '/admin/feedback.csv';

/** "Was this helpful?" per article and language, worst first, with the comments and a CSV. */
export function articleFeedbackRouter(
  services: Pick<AdminServices, 'content' | 'i18n' | 'feedbackStore'>,
  sendStaff: SendStaffPage,
): Router {
  const { feedbackStore: store, i18n } = services;
  const router = Router();
  const path = staffPaths.feedback;

  router.get('/feedback', async (req, res) => {
    const query = parseStaffQuery(req.query);
    const { lang, days, sort, period, comments: narrowed } = query;
    const t = i18n.t(lang);
    const repo = services.content.repo;
    const [votes, comments] = await Promise.all([
      store.articleVotes(period),
      pageOrLast(
        (range) => store.voteComments(period, narrowed ?? {}, range),
        query.commentsPage,
        commentsPerPage,
      ),
    ]);
    const pageCount = Math.max(1, Math.ceil(votes.length / articlesPerPage));
    const page = Math.min(query.page, pageCount);
    const kept = { lang, days, sort };
    const shown = sortArticleVotes(votes, sort).slice(
      (page - 1) * articlesPerPage,
      page * articlesPerPage,
    );
    const url = (state: Partial<typeof query>, hash = '') =>
      staffUrl(path, { ...kept, ...state }, hash);
    sendStaff(
      res,
      'feedback',
      { ...kept, page, comments: narrowed },
      {
        form: periodForm(path, kept, { sorts: feedbackSorts }),
        dates: periodDates(period, lang),
        csvUrl: staffUrl(csvPath, { days }),
        sort,
        minimumVotes,
        totals: voteTotals(t, lang, votes),
        reasonColumns: voteReasons.map((reason) => t(`admin.feedback.reason.${reason}`)),
        articles: {
          first: (page - 1) * articlesPerPage + 1,
          rows: articleRows(repo, shown, lang, (row) =>
            url({ page, comments: { locale: row.locale, articleId: row.articleId } }, '#comments'),
          ),
          current: page,
          pages: Array.from({ length: pageCount }, (_, i) => ({
            number: i + 1,
            url: url({ page: i + 1 }, '#articles'),
          })),
        },
        comments: {
          total: comments.total,
          narrowed: narrowed && {
            ...articleLink(repo, narrowed.locale, narrowed.articleId),
            locale: narrowed.locale,
            clearUrl: url({ page }, '#comments'),
          },
          items: voteCommentViews(repo, t, comments.items, lang),
          first: comments.first,
          current: comments.page,
          pages: Array.from({ length: comments.pageCount }, (_, i) => ({
            number: i + 1,
            url: url({ page, comments: narrowed, commentsPage: i + 1 }, '#comments'),
          })),
        },
      },
    );
  });

  router.get('/feedback.csv', async (req, res) => {
    const { period } = parseStaffQuery(req.query);
    await sendCsv(res, voteCsvName(new Date()), voteCsvLines(store.votes(period)));
  });

  return router;
}
