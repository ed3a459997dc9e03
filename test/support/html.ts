import { parse, type HTMLElement } from 'node-html-parser';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** A hidden field of the page's form (the survey's CSRF token, its submission id…), or ''. */
export function hiddenField(page: string | HTMLElement, name: string): string {
  const doc = typeof page === 'string' ? parseHtml(page) : page;
  return (
    doc.querySelector(`form input[type="hidden"][name="${name}"]`)?.getAttribute('value') ?? ''
  );
}

/**
 * The language switch link of a page (the one link that carries both hreflang and lang):
 * its `href`, and the `target` page it leads to (through `/language/…` on public pages).
 */
export function languageSwitch(doc: HTMLElement): { href: string; target: string; lang: string } {
  const link = doc.querySelector('.language-switch a[hreflang][lang]');
  if (!link) throw new Error('page has no language switch link');
  const href = link.getAttribute('href') ?? '';
  const target = href.replace(/^\/language(?=\/)/, '');
  return { href, target, lang: link.getAttribute('lang') ?? '' };
}
