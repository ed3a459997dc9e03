import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { AppError } from '../../errors.js';
import { parseBasicAuth } from './basic-auth.js';

const refusals = {
  tooMany: 'Too many survey submissions',
  tooManySignIns: 'Too many failed sign-ins',
  tooManyVotes: 'Too many "Was this helpful?" votes',
};

/** Every limit counts over this window; the refusal tells the visitor how long to wait. */
export const rateLimitWindowMinutes = 15;
const windowMs = rateLimitWindowMinutes * 60 * 1000;
/**
 * Which client address counts is TRUST_PROXY's choice (README, "Behind a proxy"). Without a
 * proxy, any client can send X-Forwarded-For: express-rate-limit would log a stack trace for
 * each one as a possible misconfiguration, so that one check is off.
 */
const validate = { xForwardedForHeader: false };

export class TooManyRequestsError extends AppError {
  /** Which strings (errors.<kind>) explain the refusal. */
  readonly kind: keyof typeof refusals;
  /** What those strings say: the minutes to wait. */
  readonly params = { minutes: rateLimitWindowMinutes };
  constructor(kind: keyof typeof refusals = 'tooMany') {
    super(refusals[kind], 429);
    this.kind = kind;
  }
}

/**
 * Limits posts of one form per client IP. Counts live in this process's memory for the
 * window only and are never written anywhere; behind N instances each counts on its own.
 * A limit of 0 turns it off (benchmarks).
 */
function postsPerAddress(limit: number, kind: 'tooMany' | 'tooManyVotes'): RequestHandler {
  return rateLimit({
    windowMs,
    validate,
    limit,
    skip: () => limit === 0,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequestsError(kind)),
  });
}

/** Survey submissions per client IP per window (SURVEY_RATE_LIMIT). */
export const surveyRateLimit = (limit: number) => postsPerAddress(limit, 'tooMany');

/** "Was this helpful?" votes per client IP per window (FEEDBACK_RATE_LIMIT). */
export const feedbackRateLimit = (limit: number) => postsPerAddress(limit, 'tooManyVotes');

/** Wrong sign-ins allowed per window from one address, and for one user name. */
export const failedSignInsAllowed = 20;

function failureCounter(
  identifier: string,
  keyGenerator: (req: Request) => string,
): RateLimitRequestHandler {
  return rateLimit({
    windowMs,
    validate,
    limit: failedSignInsAllowed,
    keyGenerator,
    // Named, as both counters add a RateLimit header to the same response.
    identifier,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequestsError('tooManySignIns')),
  });
}

/**
 * Counts a wrong sign-in against the client address and against the user name tried, and
 * answers it 429 once either passes the limit. basicAuth calls it for wrong credentials only:
 * right ones never reach a counter, and a request without credentials is not a guess. Per
 * address slows one client trying many names; per name, many addresses trying one. Counts
 * live in this process's memory for the window.
 */
export function failedSignInLimit(): RequestHandler {
  const byAddress = failureCounter('sign-ins-by-address', (req) => ipKeyGenerator(req.ip ?? ''));
  const byUserName = failureCounter('sign-ins-by-user-name', (req) =>
    // A digest keeps the memory per key small, and passwords typed as names out of memory.
    createHash('sha256')
      .update(parseBasicAuth(req.get('authorization'))?.username ?? '')
      .digest('base64url'),
  );
  return (req, res, next) =>
    byAddress(req, res, (error?: unknown) => (error ? next(error) : byUserName(req, res, next)));
}
