import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { AppError, NotFoundError } from '../../errors.js';
import type { I18n } from '../../i18n/index.js';
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales.js';
import type { SendPage } from '../views/render.js';
import { homePath, sameForAll } from '../urls.js';

export const notFound: RequestHandler = (_req, _res, next) => next(new NotFoundError());

/**
 * The error page's language: the URL's locale if any (its path, or `?lang` where the path
 * has none, as on staff pages, whose sign-in fails before their own code runs), else what
 * the browser asks for.
 */
function errorLocale(req: Request, fromPath: Locale | undefined): Locale {
  if (fromPath) return fromPath;
  const first = req.path.split('/')[1];
  if (isLocale(first)) return first;
  const { lang } = req.query;
  if (isLocale(lang)) return lang;
  return (req.acceptsLanguages(...locales) as Locale | false) || defaultLocale;
}

/** The words of a page address, past its locale: "eu-login/forgoten-password" → "eu login forgoten password". */
function wordsOfPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the words as they came.
  }
  const segments = decoded.split('/').filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return segments
    .join(' ')
    .replace(/[-_.+]+/g, ' ')
    .slice(0, 200);
}

function statusOf(error: unknown): number {
  if (error instanceof AppError) return error.status;
  // Errors from body parsers and the router (e.g. malformed percent-encoding) carry a 4xx status.
  const status =
    (error as { status?: unknown; statusCode?: unknown })?.status ??
    (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Which strings (errors.<kind>) describe a status; unknown 4xx read as a bad request. */
const errorKinds: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  413: 'tooLarge',
  415: 'unsupported',
  429: 'tooMany',
};
/** Errors met while answering the survey, or signing in as staff: no survey invitation. */
const noInvitationKinds = new Set([
  'forbidden',
  'tooLarge',
  'unsupported',
  'tooMany',
  'unauthorized',
]);
const kindOf = (status: number) => errorKinds[status] ?? (status >= 500 ? 'server' : 'badRequest');

/**
 * One place maps every error to a localized page with the right status. Stack traces are
 * shown only in development; they are logged otherwise.
 */
export function errorHandler(
  send: SendPage,
  options: {
    showStack: boolean;
    log: (error: unknown) => void;
    i18n: I18n;
    /** Pages whose words the address of a missing page has (search, see SearchService). */
    likelyAnswers: (locale: Locale, words: string) => { title: string; url: string }[];
  },
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500) options.log(error);
    res.locals.locale = errorLocale(req, res.locals.locale);
    const stack =
      options.showStack && status >= 500 ? String((error as Error)?.stack ?? error) : '';
    res.status(status).set('Cache-Control', 'no-store');
    const {
      kind: ownKind,
      back,
      params,
    } = error as { kind?: string; back?: string; params?: Record<string, number> };
    if (req.path.startsWith('/api/')) {
      // The API answers in JSON, its errors too: its clients never have to parse a page.
      const kind = status === 404 ? 'notFound' : kindOf(status);
      res.json({ error: options.i18n.t(res.locals.locale)(`errors.${kind}.title`) });
      return;
    }
    if (req.accepts(['html', 'json']) === 'json') {
      // A form posted by a script (the "Was this helpful?" form) shows the error in place.
      const kind = status === 404 ? 'notFound' : (ownKind ?? kindOf(status));
      const t = options.i18n.t(res.locals.locale);
      res.json({ error: t(`errors.${kind}.title`), message: t(`errors.${kind}.body`, params) });
      return;
    }
    try {
      const kind = ownKind ?? kindOf(status);
      const showBanner = noInvitationKinds.has(kind) ? false : undefined;
      const page = { alternates: sameForAll(homePath), noindex: true, showBanner };
      const template = status === 404 ? 'errors/404.njk' : 'errors/error.njk';
      const likely =
        status === 404 ? options.likelyAnswers(res.locals.locale, wordsOfPath(req.path)) : [];
      // `back`: the page the visitor was on, when the error knows it (a vote's article).
      const data = { status, kind, stack, back: back ?? '', params: params ?? {}, likely };
      send(res, template, page, data);
    } catch (renderError) {
      options.log(renderError);
      res.type('text/plain').send(`${status}`);
    }
  };
}
