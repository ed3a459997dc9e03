/**
 * The editable style lists: `content/<locale>/style.md`, one per language, read by
 * `npm run content:check` only (the site does not use them; the loader reads only
 * `categories/` and `articles/`). README, "Writing content", "Style lists".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import type { ContentProblem } from './errors.js';

export const styleListFile = 'style.md';

/**
 * Stands, in the text checked, for a character that is not prose (markup, code, a URL):
 * never a word, never a space. Offsets and lines then still point into the source.
 */
export const hidden = '\uffff';

/** A discouraged term, compiled: where it is found, what to write instead and why. */
export interface StyleTerm {
  /** Global, sticky-free; matches whole words only. */
  find: RegExp;
  /** Phrases in which a match is fine ("EU Login" for "login"). */
  except: RegExp[];
  use: string;
  why?: string;
}

export interface StyleList {
  terms: StyleTerm[];
  /** Link texts that say nothing out of context, lower case ("here", "ici"). */
  vagueLinkTexts: Set<string>;
}

const text = z.string().trim().min(1, 'must not be empty');

const entry = z
  .strictObject({
    avoid: z.union([text, z.array(text).min(1, 'needs at least one term')]).optional(),
    pattern: text.max(200, 'is too long (200 characters at most)').optional(),
    use: text,
    why: text.optional(),
    except: z.array(text).optional(),
    matchCase: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.avoid === undefined) === (e.pattern === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs either avoid (plain terms) or pattern, not both' });
    }
    const unsafe = e.pattern === undefined ? undefined : patternProblem(e.pattern);
    if (unsafe) ctx.addIssue({ code: 'custom', path: ['pattern'], message: unsafe });
  });

const styleFrontMatter = z.strictObject({
  terms: z.array(entry),
  vagueLinkTexts: z.array(text).optional(),
});

type Entry = z.infer<typeof entry>;

/**
 * Why a regular expression written by an editor is refused, if it is. Besides being valid and
 * not matching empty text, it may repeat (`*`, `+`, `{n,}`) only a single character, class or
 * escape, never a group: nested repetition is what makes a regular expression take forever.
 */
function patternProblem(pattern: string): string | undefined {
  try {
    if (new RegExp(pattern, 'u').test('')) return 'matches empty text';
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'may not refer back to a group (\\1, \\k<…>)';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === ')' && !inClass && /^(?:[*+]|\{\d*,)/.test(pattern.slice(i + 1))) {
      return 'may not repeat a group with *, + or {n,}: repeat single characters only';
    }
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A plain term as a regular expression: literal, any apostrophe, any run of spaces, which
 * may hold hidden markup ("la <abbr>2FA</abbr>").
 */
export function literal(term: string): string {
  return term
    .normalize('NFC')
    .split(/(\s+|['’])/)
    .map((part) => (/^\s+$/.test(part) ? `[\\s${hidden}]*\\s[\\s${hidden}]*` : /^['’]$/.test(part) ? "['’]" : escape(part)))
    .join('');
}

/**
 * Whole words only: a match may not begin or end inside a word. A term that begins or ends
 * with punctuation ("(e)", "e.g.") may touch a word on that side: "satisfait(e)".
 */
export function wholeWords(source: string, matchCase = false): RegExp {
  const w = '[\\p{L}\\p{N}]';
  const start = `(?:(?<!${w})|(?!${w}))`;
  const end = `(?:(?!${w})|(?<!${w}))`;
  return new RegExp(`${start}(?:${source})${end}`, matchCase ? 'gu' : 'giu');
}

function compile(e: Entry): StyleTerm {
  const avoid = typeof e.avoid === 'string' ? [e.avoid] : (e.avoid ?? []);
  const source = e.pattern ?? avoid.map(literal).join('|');
  return {
    find: wholeWords(source, e.matchCase),
    except: (e.except ?? []).map((phrase) => wholeWords(literal(phrase), e.matchCase)),
    use: e.use,
    ...(e.why ? { why: e.why } : {}),
  };
}

/** Lower case, one space between words, no final punctuation: how link texts are compared. */
export function linkTextKey(linkText: string): string {
  return linkText
    .normalize('NFC')
    .replaceAll(hidden, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,:;!?…]+$/u, '')
    .trim()
    .toLowerCase();
}

const refuseEngine = () => {
  throw new Error('only YAML front matter is allowed');
};

/**
 * A language's style list, or undefined when it has none. A malformed list is a content
 * problem naming the file: `npm run content:check` then fails rather than check less.
 */
export function readStyleList(root: string, locale: string, problems: ContentProblem[]): StyleList | undefined {
  const file = path.join(root, locale, styleListFile);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = matter(raw, { engines: { js: refuseEngine, javascript: refuseEngine } });
    const result = styleFrontMatter.safeParse(parsed.data);
    if (result.success) {
      return {
        terms: result.data.terms.map(compile),
        vagueLinkTexts: new Set((result.data.vagueLinkTexts ?? []).map(linkTextKey)),
      };
    }
    const details = result.error.issues.map((i) => `${i.path.join('.') || 'front matter'} ${i.message}`);
    problems.push({ file, message: `invalid style list: ${details.join('; ')}` });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    problems.push({ file, message: `malformed front matter: ${reason}` });
  }
  return undefined;
}
