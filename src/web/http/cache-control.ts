import type { Response } from 'express';

/**
 * How long each kind of response may be kept, and by whom. Browsers check back on every visit
 * to a page (`max-age=0`: a 304 from the nearest cache), so a dismissed invitation or new
 * content shows at once; shared caches (nginx, a CDN) keep it five minutes and may serve it
 * stale for a day while they fetch it again, or while the site is down.
 */
export const cacheControl = {
  publicPage: 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400',
  /** A page without the survey invitation, for a visitor who dismissed or answered it. */
  invitationHidden: 'private, max-age=0',
  /** Suggestions as you type: the browser may reuse them for a minute. */
  searchApi: 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
  /** Fingerprinted files: the address changes with the content. */
  asset: 'public, max-age=31536000, immutable',
  /** Anything for one visitor (forms with a token, staff pages, redirects that set a cookie). */
  perVisitor: 'no-store',
} as const;

/**
 * Marks a response as the same for every request with this address and invitation state: the
 * page cache keeps it (keyed by both), and `cacheControl` says what other caches may do.
 */
export function sameForEveryone(res: Response, policy: string): void {
  res.set('Cache-Control', policy);
  res.locals.sameForEveryone = true;
}
