import express, { type RequestHandler } from 'express';
import { AppError } from '../../errors.js';

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super('Form posts must be application/x-www-form-urlencoded', 415);
  }
}

/**
 * Form bodies only, small and flat: other content types get a 415, oversized bodies a 413
 * (from the parser), repeated fields arrive as arrays for the validation to refuse.
 */
export function formBody(): RequestHandler[] {
  const onlyForms: RequestHandler = (req, _res, next) => {
    next(req.is('application/x-www-form-urlencoded') ? undefined : new UnsupportedMediaTypeError());
  };
  return [onlyForms, express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 30 })];
}
