import { doubleCsrf } from 'csrf-csrf';
import type { Config } from '../../config.js';

/**
 * Stateless double-submit CSRF protection: the token is in a cookie and in the form, and a
 * POST must carry both, matching. Nothing is kept on the server, so any instance can check
 * a form another instance rendered (given the same CSRF_SECRET).
 */
export function csrfProtection(config: Config) {
  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => config.csrfSecret,
    // There are no sessions (nothing personal is kept), so tokens are bound to the cookie only.
    getSessionIdentifier: () => '',
    cookieName: config.https ? '__Host-help-centre.csrf' : 'help-centre.csrf',
    cookieOptions: { sameSite: 'lax', secure: config.https, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (req) => {
      const token = (req.body as Record<string, unknown> | undefined)?._csrf;
      return typeof token === 'string' ? token : undefined;
    },
  });

  return { generateCsrfToken, verifyCsrf: doubleCsrfProtection };
}
