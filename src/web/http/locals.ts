import type { Response } from 'express';
import type { Locale } from '../../i18n/locales.js';

// The per-request values our middleware sets on res.locals, declared once.
declare module 'express-serve-static-core' {
  interface Locals {
    /** Locale from the first path segment, or ?lang on the staff pages (else absent). */
    locale?: Locale;
    /** The visitor dismissed the survey invitation or answered the survey. */
    invitationHidden?: boolean;
    /** The response is the same for every request with its address and invitation state. */
    sameForEveryone?: boolean;
    /**
     * A results page that counts as a search (page 1 of a query): what to count. Kept with
     * the page in the page cache, so a page answered from it counts too.
     */
    searchCount?: { locale: Locale; query: string; results: number };
  }
}

/** The locale of a page under /en/ or /fr/ (set by localeFromPath before its routes run). */
export const localeOf = (res: Response) => res.locals.locale as Locale;
