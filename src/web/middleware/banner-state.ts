import { cookieOf } from '../request/cookies.js';
import type { CookieOptions, RequestHandler } from 'express';

/**
 * Set when the visitor dismisses the survey invitation or answers the survey. Its name is one
 * nginx can read (`$cookie_survey_invitation`): shared caches must not answer such a visitor.
 */
export const invitationCookie = 'survey_invitation';
const ninetyDays = 90 * 24 * 3600 * 1000;

export function invitationCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, maxAge: ninetyDays, path: '/' };
}

/** Reads the invitation cookie once: every page's banner, and the page cache's key, follow it. */
export const bannerState: RequestHandler = (req, res, next) => {
  res.locals.invitationHidden = cookieOf(req, invitationCookie) === 'hidden';
  next();
};
