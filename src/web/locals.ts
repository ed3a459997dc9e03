import type { Locale } from '../i18n/locales.js';

// The per-request values our middleware sets on res.locals, declared once.
declare module 'express-serve-static-core' {
  interface Locals {
    /** Locale taken from the first path segment (absent outside /en/ and /fr/). */
    locale?: Locale;
    /** The visitor dismissed the survey invitation or answered the survey. */
    bannerHidden?: boolean;
  }
}

export {};
