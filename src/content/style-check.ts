/**
 * The style check of `npm run content:check`: discouraged terms from a language's style
 * list, and the typography rules a program can see (quotation marks, French non-breaking
 * spaces, link texts that say nothing out of context). It reads prose only: callers hide
 * code, URLs and HTML tags first (style-sources.ts), and say where text in another
 * language is (`<i lang="en">…</i>` in French): nothing is flagged inside it.
 */
import { hidden, linkTextKey, type StyleList } from './style-list.js';

/** Where a text holds another language: [start, end) offsets. */
export type Ranges = [number, number][];

export interface StyleFinding {
  /** Offset in the text checked. */
  index: number;
  /** The text as found. */
  term: string;
  use: string;
  why?: string;
}

const nbsp = /[\u00a0\u202f]/;

/** Quotation marks each language uses, and the ones that break its single style. */
const quotation: Record<string, { open: string; close: string; wrong: RegExp; why: string }> = {
  en: {
    open: '“',
    close: '”',
    wrong: /"[^"\n]{0,60}"|‘[^‘’\n]{0,60}’|["‘]/g,
    why: 'one quotation style: curly double quotes',
  },
  fr: {
    open: '«\u00a0',
    close: '\u00a0»',
    wrong: /"[^"\n]{0,60}"|“[^“”\n]{0,60}”|‘[^‘’\n]{0,60}’|["“”‘]/g,
    why: 'one quotation style: French guillemets with non-breaking spaces',
  },
};

const shorten = (s: string) => (s.length > 50 ? `${s.slice(0, 49)}…` : s);

/** Every finding in a piece of prose of the given language (in NFC, as the list's terms). */
export function checkProse(
  text: string,
  locale: string,
  list: StyleList | undefined,
  foreign: Ranges = [],
): StyleFinding[] {
  const inForeign = (start: number, end: number) => foreign.some(([s, e]) => s <= start && end <= e);
  const typography = [...quotationMarks(text, locale), ...frenchSpacing(text, locale)];
  return [
    ...(list ? discouragedTerms(text, list, inForeign) : []),
    ...typography.filter((f) => !inForeign(f.index, f.index + 1)),
  ].sort((a, b) => a.index - b.index);
}

/** Each match of the list's terms, except inside an exception or wholly in another language. */
function discouragedTerms(
  text: string,
  list: StyleList,
  inForeign: (start: number, end: number) => boolean,
): StyleFinding[] {
  const found: (StyleFinding & { end: number })[] = [];
  for (const entry of list.terms) {
    let allowed: Ranges | undefined;
    for (const match of text.matchAll(entry.find)) {
      if (!match[0]) continue;
      const start = match.index;
      const end = start + match[0].length;
      allowed ??= entry.except.flatMap((e) =>
        [...text.matchAll(e)].map((m): [number, number] => [m.index, m.index + m[0].length]),
      );
      if (inForeign(start, end) || allowed.some(([s, e]) => s <= start && end <= e)) continue;
      const term = match[0].replaceAll(hidden, '').replace(/\s+/g, ' ');
      found.push({ index: start, end, term, use: entry.use, ...(entry.why ? { why: entry.why } : {}) });
    }
  }
  // Two entries on the same words ("e-mail" and "mail"): the longer one says it.
  return found.filter(
    (f) => !found.some((o) => o !== f && o.index <= f.index && f.end <= o.end && o.end - o.index > f.end - f.index),
  );
}

function quotationMarks(text: string, locale: string): StyleFinding[] {
  const style = quotation[locale];
  if (!style) return [];
  return [...text.matchAll(style.wrong)].map((m) => {
    const inner = m[0].length > 1 ? m[0].slice(1, -1).trim() : '…';
    return { index: m.index, term: shorten(m[0]), use: `${style.open}${shorten(inner)}${style.close}`, why: style.why };
  });
}

/** The character before `index`, skipping hidden ones; undefined at the start. */
function visibleBefore(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (text[i] !== hidden) return text[i];
  return undefined;
}

/** French: a non-breaking space before ? ! : ; and inside « ». */
function frenchSpacing(text: string, locale: string): StyleFinding[] {
  if (locale !== 'fr') return [];
  const found: StyleFinding[] = [];
  const why = 'French typography';
  // Punctuation followed by a space, the end or a closing mark; not "10:30", "?page", "![".
  for (const m of text.matchAll(/[?!:;](?=[\s\uffff)\]*_»"”’]|$)/g)) {
    const before = visibleBefore(text, m.index);
    if (before === undefined || nbsp.test(before) || /[?!]/.test(before)) continue;
    const word = /[^\s«»]*\s?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index).replaceAll(hidden, ''))?.[0] ?? '';
    found.push({ index: m.index, term: `${word}${m[0]}`, use: `non-breaking space before ${m[0]}`, why });
  }
  for (const m of text.matchAll(/«(?![\u00a0\u202f])/g)) {
    const after = /^«\s?[^\s«»]*/u.exec(text.slice(m.index, m.index + 30).replaceAll(hidden, ''))?.[0] ?? '«';
    found.push({ index: m.index, term: after, use: 'non-breaking space after «', why });
  }
  for (const m of text.matchAll(/»/g)) {
    if (nbsp.test(visibleBefore(text, m.index) ?? '')) continue;
    const before = /[^\s«»]*\s?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index).replaceAll(hidden, ''))?.[0] ?? '';
    found.push({ index: m.index, term: `${before}»`, use: 'non-breaking space before »', why });
  }
  return found;
}

/** A link text that says nothing out of context ("here", "read more"), or undefined. */
export function vagueLinkText(linkText: string, list: StyleList | undefined): StyleFinding | undefined {
  const key = linkTextKey(linkText.replace(/[*_]/g, ''));
  if (!key || !list?.vagueLinkTexts.has(key)) return undefined;
  return {
    index: 0,
    term: linkText.replaceAll(hidden, '').trim(),
    use: 'a link text that says where it leads',
    why: 'link texts must make sense out of context',
  };
}
