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
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * HTTP Basic authentication against one staff account. Without an account configured the
 * protected pages do not exist: they answer 404 like any unknown address.
 */
export function basicAuth(account: Credentials | undefined): RequestHandler {
  return (req, res, next) => {
    if (!account) return next(new NotFoundError('Admin pages are off: ADMIN_USERNAME is unset'));
    const given = parseBasicAuth(req.get('authorization'));
    // Both checks always run, so the time taken does not tell which of the two was wrong.
    const userOk = sameSecret(given?.username ?? '', account.username);
    const passwordOk = sameSecret(given?.password ?? '', account.password);
    if (given && userOk && passwordOk) return next();
    res.set('WWW-Authenticate', basicAuthChallenge);
    next(new UnauthorizedError());
  };
}
