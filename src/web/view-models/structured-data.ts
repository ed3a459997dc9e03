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
