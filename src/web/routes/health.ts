import { Router, type Response } from 'express';
import type { Lifecycle } from '../../lifecycle.js';
import type { SurveyStore } from '../../survey/store.js';

/**
 * Liveness (/healthz: the process answers, no I/O) and readiness (/readyz: ready for traffic
 * and the survey store answers a trivial query). Neither touches templates or content.
 * Only these exact, case-sensitive paths answer: a proxy that keeps /readyz from the public
 * matches it exactly, so /readyz/ or /READYZ must not reach the store either.
 */
export function healthRouter(lifecycle: Lifecycle, store: SurveyStore): Router {
  const router = Router({ caseSensitive: true, strict: true });
  const plain = (res: Response, status: number, text: string) =>
    res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(text);

  router.get('/healthz', (_req, res) => plain(res, 200, 'ok'));

  router.get('/readyz', async (_req, res) => {
    if (lifecycle.state !== 'ready') return plain(res, 503, lifecycle.state);
    try {
      await store.ping();
      plain(res, 200, 'ready');
    } catch {
      plain(res, 503, 'store unavailable');
    }
  });
  return router;
}
