import type { ContentRepository } from '../../content/repository.js';
import { defaultLocale, locales } from '../../i18n/locales.js';
import {
  articleAlternates,
  categoryAlternates,
  categoryPath,
  homePath,
  sameForAll,
  type Alternates,
} from '../urls.js';

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Built sitemaps by content version: with 10,000 articles a locale the sitemap is ~13 MB and
 * takes about a second to build, too much to redo per request. A reload brings a new
 * repository, so the old entry goes with it.
 */
const built = new WeakMap<ContentRepository, Map<string, string>>();

/**
 * Every indexable page of both locales, each with its hreflang alternates. A category is
 * listed once, by its first page: its other pages (`?page=N`) only group the articles,
 * which are all listed themselves.
 */
export function buildSitemap(repo: ContentRepository, siteUrl: string): string {
  let bySite = built.get(repo);
  if (!bySite) built.set(repo, (bySite = new Map<string, string>()));
  let xml = bySite.get(siteUrl);
  if (xml === undefined) bySite.set(siteUrl, (xml = renderSitemap(repo, siteUrl)));
  return xml;
}

function renderSitemap(repo: ContentRepository, siteUrl: string): string {
  const entries: { loc: string; alternates: Alternates; lastmod?: string }[] = [];
  for (const locale of locales) {
    entries.push({ loc: homePath(locale), alternates: sameForAll(homePath) });
    for (const category of repo.categories(locale)) {
      entries.push({
        loc: categoryPath(category),
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
