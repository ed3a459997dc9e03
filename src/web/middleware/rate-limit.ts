import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../../errors.js';

export class TooManyRequestsError extends AppError {
  /** Which strings (errors.<kind>) explain the refusal. */
  readonly kind: 'tooMany' | 'tooManySignIns';
  constructor(kind: 'tooMany' | 'tooManySignIns' = 'tooMany') {
    super(kind === 'tooMany' ? 'Too many survey submissions' : 'Too many failed sign-ins', 429);
    this.kind = kind;
  }
}

/**
 * Limits survey submissions per client IP. Counts live in this process's memory for the
 * window only and are never written anywhere; behind N instances each counts on its own.
 * A limit of 0 turns it off (benchmarks).
 */
export function surveyRateLimit(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60 * 1000,
    limit,
    skip: () => limit === 0,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequestsError()),
  });
}

/**
 * Slows password guessing on the staff pages: 20 failed sign-ins per client IP per
 * 15 minutes (successful requests do not count).
 */
export function failedSignInLimit(): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 20,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequestsError('tooManySignIns')),
  });
}
