import type { Locale } from '../../i18n/locales.js';
import { searchPath } from '../urls.js';
import { escapeXml } from './sitemap.js';

/**
 * An OpenSearch description of one language's search: browsers offer to add it as a search
 * engine ("Search Europass Help"), and search the site from the address bar.
 */
export function openSearchDescription(
  locale: Locale,
  text: { shortName: string; description: string },
  siteUrl: string,
): string {
  const search = escapeXml(siteUrl + searchPath(locale));
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(text.shortName)}</ShortName>
  <Description>${escapeXml(text.description)}</Description>
  <Language>${locale}</Language>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${search}?q={searchTerms}"/>
  <moz:SearchForm>${search}</moz:SearchForm>
</OpenSearchDescription>
`;
}
