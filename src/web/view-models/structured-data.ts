import type { Article } from '../../content/model.js';

/** schema.org FAQPage for a question on its own page, as search engines expect it. */
export function faqPage(articles: readonly Article[], siteUrl: string, pagePath: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: siteUrl + pagePath,
    inLanguage: articles[0]?.locale,
    mainEntity: articles.map((article) => ({
      '@type': 'Question',
      name: article.title,
      dateModified: article.updated,
      acceptedAnswer: { '@type': 'Answer', text: article.text },
    })),
  };
}

/**
 * schema.org data for a topic page: the list of its questions, each pointing at its own page.
 * The answers are marked up there only: search engines want each question and answer marked
 * up once on a site, and repeating every answer here would double the page's weight.
 */
export function questionListPage(
  name: string,
  questions: readonly { article: Article; url: string }[],
  siteUrl: string,
  pagePath: string,
  firstPosition: number,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url: siteUrl + pagePath,
    inLanguage: questions[0]?.article.locale,
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: questions.map(({ article, url }, i) => ({
        '@type': 'ListItem',
        position: firstPosition + i,
        name: article.title,
        url: siteUrl + url,
      })),
    },
  };
}

/** A link of the visible breadcrumb trail (views/components/breadcrumbs.njk). */
export interface Crumb {
  text: string;
  href: string;
}

/**
 * schema.org BreadcrumbList: the visible trail, then the page itself, as search engines show
 * it instead of the address. Built from the same `trail` the page shows.
 */
export function breadcrumbList(
  trail: readonly Crumb[],
  current: { name: string; path: string },
  siteUrl: string,
) {
  const items = [...trail.map((c) => ({ name: c.text, path: c.href })), current];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: siteUrl + item.path,
    })),
  };
}

/** schema.org WebSite with its search, for the home pages: lets search engines offer it. */
export function webSite(
  name: string,
  locale: string,
  siteUrl: string,
  homePath: string,
  searchPath: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: siteUrl + homePath,
    inLanguage: locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${siteUrl}${searchPath}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}
