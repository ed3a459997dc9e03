import type { Article } from '../content/model.js';

/** schema.org FAQPage for one or more questions, as search engines expect it. */
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
