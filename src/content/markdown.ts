import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { inlineHtmlPlugin } from './inline-html.js';
import { slugify } from './slug.js';

/** Per-render options, passed to markdown-it as `env`. */
export interface RenderEnv {
  /** Visually hidden text appended to links that leave the site, e.g. "(external link)". */
  externalLinkLabel: string;
  /** Levels to push headings down by (an answer nested under an h2 question starts at h3). */
  headingShift?: number;
  /** Prefix for heading ids, so several answers can share one page without clashing ids. */
  idPrefix?: string;
}

function envOf(state: { env: unknown }): RenderEnv {
  return state.env as RenderEnv;
}

/** Answers start at h2: the question is the page's h1. Shift further when nested. */
function shiftHeadings(state: StateCore): void {
  const base = 1 + (envOf(state).headingShift ?? 0);
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(6, Math.max(2, Number(token.tag.slice(1)) + base - 1));
      token.tag = `h${level}`;
    }
  }
}

function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href) || /^mailto:/i.test(href);
}

/** Marks links that leave the site (class, rel and a hidden label for screen readers). */
function markExternalLinks(state: StateCore): void {
  const { externalLinkLabel } = envOf(state);
  for (const block of state.tokens) {
    const children = block.children;
    if (!children) continue;
    for (let i = 0; i < children.length; i++) {
      const token = children[i] as Token;
      if (token.type !== 'link_open' || !isExternal(String(token.attrGet('href') ?? ''))) continue;
      token.attrJoin('class', 'external');
      token.attrSet('rel', 'external noopener noreferrer');
      const close = children.findIndex((t, j) => j > i && t.type === 'link_close');
      // Plain text for search has no label (and so no hidden span to put it in).
      if (close < 0 || !externalLinkLabel) continue;
      const open = new state.Token('span_open', 'span', 1);
      open.attrSet('class', 'visually-hidden');
      const label = new state.Token('text', '', 0);
      label.content = ` ${externalLinkLabel}`;
      const end = new state.Token('span_close', 'span', -1);
      children.splice(close, 0, open, label, end);
    }
  }
}

export type Markdown = ReturnType<typeof MarkdownIt>;

export function createMarkdown(): Markdown {
  // html: false means HTML in content is shown as text, never interpreted, except the few
  // inline tags of the allow-list (inline-html.ts), re-created with their attributes checked.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(inlineHtmlPlugin);
  md.core.ruler.push('shift_headings', shiftHeadings);
  md.use(anchor, {
    level: 2,
    tabIndex: false,
    slugifyWithState: (title: string, state: { env: unknown }) =>
      `${envOf(state).idPrefix ?? ''}${slugify(title)}`,
  });
  md.core.ruler.push('external_links', markExternalLinks);
  return md;
}

const blockEnds = new Set(['paragraph_close', 'heading_close', 'list_item_close', 'blockquote_close']);

/** The text a reader sees, one block per line: for search indexing and structured data. */
export function toPlainText(md: Markdown, source: string): string {
  const lines: string[] = [];
  let current = '';
  for (const token of md.parse(source, { externalLinkLabel: '' })) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') current += child.content;
        else if (child.type === 'softbreak' || child.type === 'hardbreak' || child.tag === 'br') current += ' ';
      }
    } else if (token.type === 'fence' || token.type === 'code_block') {
      current += token.content;
    }
    if (blockEnds.has(token.type) || token.type === 'fence' || token.type === 'code_block') {
      if (current.trim()) lines.push(current.trim());
      current = '';
    }
  }
  return lines.join('\n');
}
