import { fold, foldWithMap } from './fold.js';

const snippetLength = 180;

// Every run of white space becomes one space, but for the no-break spaces French puts inside
// « » and before ; : ! ?, which the article has: kept, so those signs never start a line.
const breakableSpaces = /[^\S\u00a0\u2007\u202f]+/g;

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
export function buildSnippet(text: string, marked: ReadonlySet<string>): string {
  const marks = matchingWords(text, marked);
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
  return html.replace(breakableSpaces, ' ');
}

// Spaces and punctuation always fold to a word break, so the text between them can be folded
// on its own: almost always one word, and most often plain ASCII, which folds by lowercasing.
const breakPattern = /[\s\p{P}]/u;
const foldedWord = /^[a-z0-9]+$/;

/** Folded accented words: the content's words come back again and again. */
const foldedRuns = new Map<string, string>();
function foldRun(written: string): string {
  let folded = foldedRuns.get(written);
  if (folded === undefined) {
    if (foldedRuns.size > 100_000) foldedRuns.clear();
    foldedRuns.set(written, (folded = fold(written)));
  }
  return folded;
}

const isAsciiLetterOrDigit = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** Where the words of `text` whose folded form is `marked` are, in order, found word by word. */
function matchingWords(text: string, marked: ReadonlySet<string>): Span[] {
  const marks: Span[] = [];
  if (marked.size === 0) return marks;
  // Most words of a text start with a letter no marked word starts with: they are skipped
  // without being copied or folded.
  const firstLetters = new Uint8Array(128);
  for (const word of marked) firstLetters[word.charCodeAt(0) & 127] = 1;
  const check = (start: number, end: number, ascii: boolean) => {
    if (ascii) {
      // Lowercase for a letter, unchanged for a digit.
      if (!firstLetters[text.charCodeAt(start) | 32]) return;
      if (marked.has(text.slice(start, end).toLowerCase())) marks.push({ start, end });
      return;
    }
    const written = text.slice(start, end);
    const folded = foldRun(written);
    if (foldedWord.test(folded)) {
      if (marked.has(folded)) marks.push({ start, end });
      return;
    }
    // A run that folds to several words or leaves characters out ("½", "™"): map each
    // folded character back to the written one.
    const { folded: spaced, origin } = foldWithMap(written);
    for (const word of spaced.matchAll(/[a-z0-9]+/g)) {
      if (!marked.has(word[0])) continue;
      const from = origin[word.index] ?? 0;
      const to = origin[word.index + word[0].length] ?? written.length;
      marks.push({ start: start + from, end: start + to });
    }
  };
  let runStart = -1;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every ASCII character but a letter or digit folds to a break.
    const inWord = code < 128 ? isAsciiLetterOrDigit(code) : !breakPattern.test(text.charAt(i));
    if (inWord) {
      if (runStart < 0) {
        runStart = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
    } else if (runStart >= 0) {
      check(runStart, i, ascii);
      runStart = -1;
    }
  }
  if (runStart >= 0) check(runStart, text.length, ascii);
  return marks;
}

/** The window of about snippetLength characters holding the most matches, cut at spaces. */
function chooseWindow(text: string, marks: Span[]): Span {
  let best = { start: 0, count: 0, anchor: 0 };
  // Marks are in order and do not overlap: the ones inside a window are a range [lo, hi),
  // and both ends only move forward as the window does.
  let lo = 0;
  let hi = 0;
  for (const mark of marks) {
    const start = Math.max(0, mark.start - 40);
    while (lo < marks.length && (marks[lo] as Span).start < start) lo++;
    while (hi < marks.length && (marks[hi] as Span).end <= start + snippetLength) hi++;
    const count = hi - lo;
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
