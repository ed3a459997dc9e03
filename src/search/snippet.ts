import { foldWithMap } from './fold.js';

const snippetLength = 180;

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

interface Span {
  start: number;
  end: number;
}

/**
 * A short extract of `text` around the densest cluster of matching words, as HTML: the text
 * is escaped piece by piece and only our own <mark> elements are added, so nothing from the
 * content or the query can become markup.
 */
export function buildSnippet(text: string, isMatch: (foldedWord: string) => boolean): string {
  const { folded, origin } = foldWithMap(text);
  const marks: Span[] = [];
  for (const word of folded.matchAll(/[a-z0-9]+/g)) {
    if (!isMatch(word[0])) continue;
    const start = origin[word.index] ?? 0;
    const end = origin[word.index + word[0].length] ?? text.length;
    marks.push({ start, end });
  }
  const window = chooseWindow(text, marks);
  let html = window.start > 0 ? '… ' : '';
  let cursor = window.start;
  for (const mark of marks) {
    if (mark.start < window.start || mark.end > window.end) continue;
    html += escapeHtml(text.slice(cursor, mark.start));
    html += `<mark>${escapeHtml(text.slice(mark.start, mark.end))}</mark>`;
    cursor = mark.end;
  }
  html += escapeHtml(text.slice(cursor, window.end));
  if (window.end < text.length) html += ' …';
  return html.replace(/\s+/g, ' ');
}

/** The window of about snippetLength characters holding the most matches, cut at spaces. */
function chooseWindow(text: string, marks: Span[]): Span {
  let best = { start: 0, count: 0, anchor: 0 };
  for (const mark of marks) {
    const start = Math.max(0, mark.start - 40);
    const count = marks.filter((m) => m.start >= start && m.end <= start + snippetLength).length;
    if (count > best.count) best = { start, count, anchor: mark.start };
  }
  let start = best.start;
  if (start > 0) {
    // Start on a word boundary, without cutting off the match the window was built around.
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < best.anchor) start = space + 1;
  }
  let end = Math.min(text.length, start + snippetLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return { start, end };
}
