import type { ContentRepository } from '../content/repository.js';
import { defaultLocale, locales } from '../i18n/locales.js';
import {
  articleAlternates,
  categoryAlternates,
  homePath,
  sameForAll,
  type Alternates,
} from './urls.js';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every indexable page of both locales, each with its hreflang alternates. */
export function buildSitemap(repo: ContentRepository, siteUrl: string): string {
  const entries: { loc: string; alternates: Alternates; lastmod?: string }[] = [];
  for (const locale of locales) {
    entries.push({ loc: homePath(locale), alternates: sameForAll(homePath) });
    for (const category of repo.categories(locale)) {
      entries.push({
        loc: `/${locale}/${category.slug}`,
        alternates: categoryAlternates(repo, category),
      });
    }
    for (const article of repo.articles(locale)) {
      const alternates = articleAlternates(repo, article);
      entries.push({ loc: alternates[locale], alternates, lastmod: article.updated });
    }
  }
  const urls = entries.map(({ loc, alternates, lastmod }) => {
    const links = locales
      .filter((l) => !alternates[l].includes('/notice/'))
      .map(
        (l) =>
          `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(siteUrl + alternates[l])}"/>`,
      );
    links.push(
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(siteUrl + alternates[defaultLocale])}"/>`,
    );
    const mod = lastmod ? `\n    <lastmod>${lastmod}</lastmod>` : '';
    return `  <url>\n    <loc>${escapeXml(siteUrl + loc)}</loc>${mod}\n${links.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
