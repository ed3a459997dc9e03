/** What a link says: its accessible name as a browser computes it, and its visible text. */
import { HTMLElement, type Node } from 'node-html-parser';
import { parseHtml } from './html.js';

/** The text of a node as names are built, less the elements `skip` says are hidden. */
function nameText(node: Node, skip: (element: HTMLElement) => boolean): string {
  if (!(node instanceof HTMLElement)) return node.text;
  if (skip(node)) return '';
  if (node.rawTagName?.toLowerCase() === 'img') return node.getAttribute('alt') ?? '';
  return node.childNodes.map((child) => nameText(child, skip)).join('');
}

/** Hidden from everyone, so from the name too: aria-hidden, hidden. */
const hiddenFromEveryone = (element: HTMLElement) =>
  element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden');

// As browsers do: ASCII white space only; a no-break space (French typography) is kept.
const collapse = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');

/** A link's accessible name: aria-label, else its content, visually hidden text included. */
export function accessibleName(link: HTMLElement): string {
  return collapse(link.getAttribute('aria-label') ?? nameText(link, hiddenFromEveryone));
}

/** What a sighted reader sees of an element's text: no visually hidden words ('' for no element). */
export function visibleText(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  return collapse(
    nameText(element, (e) => hiddenFromEveryone(e) || e.classList.contains('visually-hidden')),
  );
}

export interface PageLink {
  name: string;
  href: string;
  /** Path and query the link leads to; a fragment only moves within that page. */
  target: string;
}

/** Every link of a page: accessible name, href and destination, resolved from the page's URL. */
export function pageLinks(html: string, pageUrl: string): PageLink[] {
  const base = new URL(pageUrl.replace(/^POST /, ''), 'http://help.test');
  return parseHtml(html)
    .querySelectorAll('a[href]')
    .map((link) => {
      const href = link.getAttribute('href') ?? '';
      const url = new URL(href, base);
      const target = url.origin === base.origin ? `${url.pathname}${url.search}` : url.href;
      return { name: accessibleName(link), href, target };
    });
}
