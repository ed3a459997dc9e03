import type { RequestHandler } from 'express';

/**
 * A page has one address per content: a query string with parameters the page does not read
 * (`/en/?x=1`, `utm_source=…`) or with empty parts (`/en/?`, `?q=a&&`) is redirected (301)
 * to the same address without them. Such addresses are then never rendered nor kept, by the
 * page cache or by nginx, so a flood of made-up query strings costs a redirect each and
 * pushes no page out of any cache.
 */
export function canonicalQuery(...read: string[]): RequestHandler {
  return (req, res, next) => {
    const [path = '', query] = req.originalUrl.split('?', 2);
    if (query === undefined) return next();
    const params = [...new URLSearchParams(query)];
    const kept = params.filter(([name]) => read.includes(name));
    const emptyParts = query.split('&').includes('');
    if (kept.length === params.length && !emptyParts) return next();
    const search = new URLSearchParams(kept).toString();
    res.redirect(301, search ? `${path}?${search}` : path);
  };
}
