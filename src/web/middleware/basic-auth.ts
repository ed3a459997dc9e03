import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { NotFoundError, UnauthorizedError } from '../../errors.js';

export interface Credentials {
  username: string;
  password: string;
}

/** The realm browsers show in their sign-in dialog; charset says the credentials are UTF-8. */
export const basicAuthChallenge = 'Basic realm="Help centre staff", charset="UTF-8"';

/**
 * Comparing SHA-256 digests rather than the strings themselves makes both sides the same
 * length, so neither the comparison time nor an early length check says how long the secret is.
 */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The user name and password of an `Authorization: Basic …` header, if well formed. */
export function parseBasicAuth(header: string | undefined): Credentials | undefined {
  const encoded = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * HTTP Basic authentication against one staff account. Without an account configured the
 * protected pages do not exist: they answer 404 like any unknown address. Wrong credentials
 * go through `limitFailures` (which counts them and may answer 429) before the 401.
 */
export function basicAuth(
  account: Credentials | undefined,
  limitFailures: RequestHandler,
): RequestHandler {
  return (req, res, next) => {
    if (!account) return next(new NotFoundError('Admin pages are off: ADMIN_USERNAME is unset'));
    const given = parseBasicAuth(req.get('authorization'));
    // Both checks always run, so the time taken does not tell which of the two was wrong.
    const userOk = sameSecret(given?.username ?? '', account.username);
    const passwordOk = sameSecret(given?.password ?? '', account.password);
    // The right credentials get in before any limit is consulted, so nobody else's failures
    // (from a shared address, or on the same user name) can lock staff out.
    if (given && userOk && passwordOk) return next();
    const challenge = (error?: unknown) => {
      if (error) return next(error);
      res.set('WWW-Authenticate', basicAuthChallenge);
      next(new UnauthorizedError());
    };
    // No (readable) credentials is a browser asking for the sign-in dialog, not a guess.
    if (!given) return challenge();
    return limitFailures(req, res, challenge);
  };
}
