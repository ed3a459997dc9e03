import type { Request, Response } from 'express';
import type nunjucks from 'nunjucks';
import type { Config } from '../config.js';
import type { ContentService } from '../content/service.js';
import type { I18n } from '../i18n/index.js';
import { defaultLocale, otherLocale, type Locale } from '../i18n/locales.js';
import {
  compressPage,
  sendCompressed,
  sharedPageCacheControl,
  type CachedPage,
  type PageCache,
} from './page-cache.js';
import { filledBody, renderWithSlots, type SlottedPage } from './slots.js';
import { homePath, searchPath, type Alternates } from './urls.js';

/** What every page tells the layout about itself (titles come from the template's blocks). */
export interface PageMeta {
  /** This page's path in each locale (the current one included). */
  alternates: Alternates;
  /** Keep out of search engines (notices, search results, error pages). */
  noindex?: boolean;
  /** schema.org data, rendered as a JSON-LD block. */
  jsonLd?: unknown;
  /** Text already in the search box (search pages). */
  searchQuery?: string;
  /** Show the survey invitation (every page but the survey, unless dismissed or answered). */
  showBanner?: boolean;
  /** The same for every visitor (given the banner state): cached, compressed once, ETagged. */
  shared?: boolean;
  /**
   * For a shared page that many URLs give (search results): what decides its content. The
   * page is rendered once per key, its data computed only then.
   */
  sharedKey?: string;
  /**
   * A page for one visitor that differs from the next visitor's only by these values (a CSRF
   * token): rendered once per `key` with slots for them, its data computed only then, and
   * filled per request. Never stored or sent as a shared page.
   */
  perVisitor?: { key: string; values: Record<string, string> };
}

export type RenderPage = (
  template: string,
  locale: Locale,
  page: PageMeta,
  data?: Record<string, unknown>,
) => string;

/** Renders a page template with the context the layout needs; pure of the request. */
export function createPageRenderer(
  views: nunjucks.Environment,
  i18n: I18n,
  content: ContentService,
  config: Config,
): RenderPage {
  return (template, locale, page, data = {}) => {
    const other = otherLocale(locale);
    return views.render(template, {
      ...data,
      locale,
      otherLocale: other,
      t: i18n.t(locale),
      page,
      siteUrl: config.siteUrl,
      homeUrl: homePath(locale),
      searchUrl: searchPath(locale),
      surveyUrl: `/${locale}/survey`,
      categories: content.repo.categories(locale),
    });
  };
}

type PageData = Record<string, unknown>;

export type SendPage = (
  res: Response,
  template: string,
  page: PageMeta,
  data?: PageData | (() => PageData),
) => void;

/**
 * Sends a rendered page in the request's locale, with the visitor's banner state. Shared
 * pages are kept in the page cache, so the next visitor gets the stored bytes directly.
 */
export function createPageSender(render: RenderPage, cache: PageCache): SendPage {
  return (res, template, page, data) => {
    const locale = res.locals.locale ?? defaultLocale;
    const showBanner = page.showBanner ?? !res.locals.bannerHidden;
    const html = (extra?: PageData) =>
      render(
        template,
        locale,
        { ...page, showBanner },
        { ...(typeof data === 'function' ? data() : data), ...extra },
      );
    if (page.perVisitor) {
      const { key, values } = page.perVisitor;
      const slotted = cache.withSlots(
        cache.key(perVisitorKey(template, locale, key), showBanner),
        () => renderWithSlots(Object.keys(values), html),
      );
      sendPerVisitor(res.req, res, slotted, values);
      return;
    }
    if (!page.shared || res.statusCode !== 200) {
      res.type('html').send(html());
      return;
    }
    const urlKey = cache.key(res.req.originalUrl, showBanner);
    const compressed = page.sharedKey
      ? cache.search(cache.key(page.sharedKey, showBanner), urlKey, () => compressPage(html()))
      : compressPage(html());
    if (!page.sharedKey) cache.set(urlKey, compressed);
    sendSharedPage(res.req, res, compressed);
  };
}

/** The key of a page made once with slots for per-visitor values (`PageMeta.perVisitor`). */
export const perVisitorKey = (template: string, locale: Locale, key: string) =>
  `${template}\u0000${locale}\u0000${key}`;

/** A page filled in for this visitor; no ETag: nothing that differs per visitor is revalidated. */
function sendPerVisitor(
  req: Request,
  res: Response,
  page: SlottedPage,
  values: Record<string, string>,
): void {
  const { gzip, body } = filledBody(page, values, req.headers['accept-encoding']);
  res.vary('Accept-Encoding');
  res.type('html');
  if (gzip) res.set('Content-Encoding', 'gzip');
  res.set('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Headers for a page every visitor shares, then the bytes (or a 304). */
export function sendSharedPage(req: Request, res: Response, page: CachedPage): void {
  // A response that sets a cookie must not be stored by shared caches.
  res.set(
    'Cache-Control',
    res.getHeader('Set-Cookie') ? 'private, max-age=300' : sharedPageCacheControl,
  );
  res.vary('Cookie');
  sendCompressed(req, res, page);
}
