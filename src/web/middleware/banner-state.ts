import type { CookieOptions, RequestHandler } from 'express';

/** Set when the visitor dismisses the survey invitation or answers the survey. */
export const invitationCookie = 'survey-invitation';
const ninetyDays = 90 * 24 * 3600 * 1000;

export function invitationCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, maxAge: ninetyDays, path: '/' };
}

/** Reads the invitation cookie once, for every page's banner. */
export const bannerState: RequestHandler = (req, res, next) => {
  res.locals.bannerHidden = req.cookies?.[invitationCookie] === 'hidden';
  next();
};
