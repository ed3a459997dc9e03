import { parse, type HTMLElement } from 'node-html-parser';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** The language switch link of a page (the one link that carries both hreflang and lang). */
export function languageSwitch(doc: HTMLElement): { href: string; lang: string } {
  const link = doc.querySelector('.language-switch a[hreflang][lang]');
  if (!link) throw new Error('page has no language switch link');
  return { href: link.getAttribute('href') ?? '', lang: link.getAttribute('lang') ?? '' };
}
