import { Router } from 'express';
import { translationParity } from '../../../content/parity.js';
import { parseStaffQuery } from '../../request/staff-query.js';
import { contentReport } from '../../view-models/staff-content.js';
import { formatDateTime } from '../../../i18n/format.js';
import type { AdminServices } from './index.js';
import type { SendStaffPage } from './staff-page.js';

/** The translation report of `npm run content:check`, for editors who never open a terminal. */
export function contentReportRouter(
  services: Pick<AdminServices, 'content'>,
  sendStaff: SendStaffPage,
): Router {
  const router = Router();
  router.get('/content', (req, res) => {
    const { lang } = parseStaffQuery(req.query);
    const repo = services.content.repo;
    sendStaff(
      res,
      'content',
      { lang },
      {
        report: contentReport(repo, translationParity(repo), lang),
        loaded: {
          dateTime: repo.loadedAt.toISOString(),
          text: formatDateTime(repo.loadedAt.toISOString(), lang),
        },
      },
    );
  });
  return router;
}
