/**
 * The few inline HTML tags editors may write in markdown, mostly to say which language a
 * phrase is in (WCAG 3.1.2). markdown-it stays at `html: false`: this rule recognises only
 * the tags below, keeps only their listed attributes and re-creates them as tokens, so the
 * renderer writes them with escaped attribute values. Any other HTML stays text.
 */
import type { Markdown } from './markdown.js';
import type { StateCore, StateInline, Token } from 'markdown-it';

/** Allowed tags and, for each, the only attribute it keeps. */
const allowedTags: Readonly<Record<string, string | undefined>> = {
  i: 'lang',
  span: 'lang',
  abbr: 'title',
  sup: undefined,
  sub: undefined,
  kbd: undefined,
  br: undefined,
};
const voidTags = new Set(['br']);

/** BCP 47-ish: a language subtag, then optional script, region or variant subtags. */
const langPattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const attribute = String.raw`\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const openTag = new RegExp(String.raw`^<([a-zA-Z][a-zA-Z0-9]*)((?:${attribute})*)\s*\/?>`);
const closeTag = /^<\/([a-zA-Z][a-zA-Z0-9]*)\s*>/;
const attributeParts = /([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const OPEN = 'allowed_html_open';
const CLOSE = 'allowed_html_close';
const VOID = 'allowed_html_void';

/** The kept attribute of an allowed tag, `null` when its value is not acceptable. */
function keptAttribute(md: Markdown, tag: string, attrs: string): [string, string][] | null {
  const keep = allowedTags[tag];
  const kept: [string, string][] = [];
  for (const [, name = '', ...values] of attrs.matchAll(attributeParts)) {
    if (name.toLowerCase() !== keep) continue; // any other attribute is dropped
    const value = md.utils.unescapeAll(values.find((v) => v !== undefined) ?? '').trim();
    if (!value || (keep === 'lang' && !langPattern.test(value))) return null;
    kept.push([keep, value]);
  }
  return kept.slice(0, 1);
}

function allowedHtml(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const rest = state.src.slice(state.pos);
  const close = closeTag.exec(rest);
  const open = close ? null : openTag.exec(rest);
  const match = close ?? open;
  const tag = match?.[1]?.toLowerCase() ?? '';
  if (!match || !(tag in allowedTags)) return false;
  const attrs = open ? keptAttribute(state.md, tag, open[2] ?? '') : [];
  if (!attrs || (close && voidTags.has(tag))) return false;
  if (!silent) {
    const type = close ? CLOSE : voidTags.has(tag) ? VOID : OPEN;
    // Nesting 0 for now: markdown-it would otherwise fence emphasis inside the tag, and
    // fail on a close it did not see open. pairTags sets the real nesting.
    const token = state.push(type, tag, 0);
    token.attrs = attrs;
    token.markup = match[0]; // the source, shown as text if the tag is left unpaired
  }
  state.pos += match[0].length;
  return true;
}

/**
 * Pairs the allowed tags of each inline block with each other and with markdown's own
 * elements; a tag left open or closed out of turn becomes its source text again, so the
 * HTML written out is always well nested.
 */
function pairTags(state: StateCore): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (!children) continue;
    const stack: Token[] = [];
    const toText = (token: Token) => {
      token.type = 'text';
      token.content = token.markup;
      token.nesting = 0;
      token.tag = '';
      token.attrs = null;
    };
    for (const token of children) {
      if (token.type === OPEN) token.nesting = 1;
      if (token.type === CLOSE) token.nesting = -1;
      if (token.nesting === 1) stack.push(token);
      if (token.nesting !== -1) continue;
      const opener = stack.findLastIndex((t) => t.tag === token.tag && (t.type === OPEN) === (token.type === CLOSE));
      const crossing = stack.slice(opener + 1).some((t) => t.type !== OPEN);
      if (opener < 0 || (token.type === CLOSE && crossing)) {
        if (token.type === CLOSE) toText(token);
        continue;
      }
      // Allowed tags opened inside and never closed cannot stay open across this close.
      for (const inner of stack.splice(opener + 1)) if (inner.type === OPEN) toText(inner);
      stack.pop();
    }
    for (const left of stack) if (left.type === OPEN) toText(left);
  }
}

export function inlineHtmlPlugin(md: Markdown): void {
  md.inline.ruler.before('html_inline', 'allowed_html', allowedHtml);
  md.core.ruler.push('pair_allowed_html', pairTags);
}
