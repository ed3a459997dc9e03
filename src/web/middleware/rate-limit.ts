import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../../errors.js';

export class TooManyRequestsError extends AppError {
  constructor() {
    super('Too many survey submissions', 429);
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
