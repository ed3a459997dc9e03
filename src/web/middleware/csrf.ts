import { doubleCsrf } from 'csrf-csrf';
import express from 'express';
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

  /**
   * A new token and its Set-Cookie header, for an answer written without Express (the survey
   * form's fast path): generated and serialised by the same code, on a stand-in response.
   */
  const freshToken = (): { token: string; setCookie: string } => {
    let setCookie = '';
    const response = {
      req: {},
      cookie: express.response.cookie,
      append: (_name: string, value: string) => {
        setCookie = value;
      },
    };
    const token = generateCsrfToken({ cookies: {} } as never, response as never, {
      overwrite: true,
    });
    return { token, setCookie };
  };

  return { generateCsrfToken, verifyCsrf: doubleCsrfProtection, freshToken };
}
