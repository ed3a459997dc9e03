import type { Request, RequestHandler } from 'express';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';

/** A form posted from another site: refused (403) with a page that says so. */
export class CrossSiteError extends AppError {
  /** Which strings (errors.<kind>) explain the refusal. */
  readonly kind = 'crossSite';
  constructor() {
    super('Cross-site form post refused', 403);
  }
}

/** An origin as browsers write it (scheme, host, port unless the default), or undefined. */
function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Refuses posts that browsers say come from another site, for forms that carry no per-visitor
 * token because they sit on pages every visitor shares (the "Was this helpful?" form). Browsers
 * send `Sec-Fetch-Site` and `Origin` with every post and a page cannot forge them: either one
 * naming another site refuses the post. A post without either (an old browser, a script) is
 * let through; the honeypot and the rate limit are there for those. The site's own origin is
 * the address the request came to, or SITE_URL's (what visitors see behind a proxy).
 */
export function sameOriginPosts(config: Config): RequestHandler {
  const siteOrigin = originOf(config.siteUrl);
  const ownOrigins = (req: Request) => {
    const host = req.get('host');
    return [siteOrigin, host ? originOf(`${req.protocol}://${host}`) : undefined];
  };
  return (req, _res, next) => {
    const fetchSite = req.get('sec-fetch-site');
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return next(new CrossSiteError());
    }
    const origin = req.get('origin');
    if (origin !== undefined && !ownOrigins(req).includes(originOf(origin) ?? 'refused')) {
      return next(new CrossSiteError());
    }
    next();
  };
}
