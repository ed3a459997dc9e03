import type { Response } from 'express';
import type nunjucks from 'nunjucks';
import type { Config } from '../../config.js';
import type { ContentService } from '../../content/service.js';
import type { I18n } from '../../i18n/index.js';
import { defaultLocale, intlTags, otherLocales, type Locale } from '../../i18n/locales.js';
import { cacheControl, sameForEveryone } from '../http/cache-control.js';
import { homePath, languageSwitchPath, searchPath, type Alternates } from '../urls.js';

const ogLocale = (locale: Locale) => intlTags[locale].replace('-', '_');

/** What every page tells the layout about itself (titles come from the template's blocks). */
export interface PageMeta {
  /** This page's path in each locale (the current one included). */
  alternates: Alternates;
  /** Keep out of search engines (notices, search results, error pages). */
  noindex?: boolean;
  /** schema.org data, each rendered as a JSON-LD block. */
  jsonLd?: readonly unknown[];
  /** Text already in the search box (search pages). */
  searchQuery?: string;
  /** Show the survey invitation (every page but the survey, unless dismissed or answered). */
  showBanner?: boolean;
  /**
   * The same for every visitor but for the invitation: public (any cache may keep it) for
   * those who still see the invitation, private for those who dismissed it.
   */
  shared?: boolean;
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
    return views.render(template, {
      ...data,
      locale,
      // Dates and numbers the scripts format follow the same conventions as the pages.
      intlTag: intlTags[locale],
      // Open Graph names languages by their regional tag, with an underscore: en_GB, fr_FR.
      ogLocale: ogLocale(locale),
      ogLocaleAlternates: otherLocales(locale).map(ogLocale),
      openSearchUrl: `/${locale}/opensearch.xml`,
      defaultLocale,
      t: i18n.t(locale),
      page,
      siteUrl: config.siteUrl,
      homeUrl: homePath(locale),
      searchUrl: searchPath(locale),
      surveyUrl: `/${locale}/survey`,
      // The language switch: this page in each other language, through `/language/…`.
      otherLanguages: otherLocales(locale).map((other) => ({
        locale: other,
        url: languageSwitchPath(page.alternates[other]),
      })),
      categories: content.repo.categories(locale),
    });
  };
}

export type SendPage = (
  res: Response,
  template: string,
  page: PageMeta,
  data?: Record<string, unknown>,
) => void;

/** Sends a rendered page in the request's locale, with the visitor's invitation state. */
export function createPageSender(render: RenderPage): SendPage {
  return (res, template, page, data) => {
    const hidden = res.locals.invitationHidden === true;
    if (page.shared && res.statusCode === 200) {
      sameForEveryone(res, hidden ? cacheControl.invitationHidden : cacheControl.publicPage);
    }
    const html = render(
      template,
      res.locals.locale ?? defaultLocale,
      { ...page, showBanner: page.showBanner ?? !hidden },
      data,
    );
    res.type('html').send(html);
  };
}
