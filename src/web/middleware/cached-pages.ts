import type { RequestHandler } from 'express';
import type { PageCache } from '../page-cache.js';
import { sendSharedPage } from '../render.js';

/** Serves a page from the cache when this URL was rendered before for the same banner state. */
export function cachedPages(cache: PageCache): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const page = cache.get(cache.key(req.originalUrl, !res.locals.bannerHidden));
    if (!page) return next();
    sendSharedPage(req, res, page);
  };
}
