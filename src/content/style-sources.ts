/**
 * What the style check reads in each kind of file, with lines: a markdown content file (its
 * title, description and body) and an interface strings file (each string, with its key).
 * Everything that is not prose is hidden first: code, URLs and link targets, HTML tags, i18next
 * placeholders, and text marked as another language (`<i lang="en">…</i>` in French).
 */
import matter from 'gray-matter';
import { checkProse, vagueLinkText, type Ranges, type StyleFinding } from './style-check.js';
import { hidden, type StyleList } from './style-list.js';

export interface StyleWarning extends Omit<StyleFinding, 'index'> {
  /** 1-based line in the file. */
  line: number;
  /** The key of an interface string (`search.tipsTitle`). */
  key?: string;
}

/** Replaces every character but line breaks with `hidden`, keeping offsets and lines. */
const hide = (s: string) => s.replace(/[^\n]/g, hidden);

/** Entities that stand for a non-breaking space: hidden, but for a space where they end. */
const nbspEntity = /&(?:nbsp|#160|#x0*a0|#8239|#x202f);/gi;

export interface Prose {
  /** The source with what is not prose hidden: same length, same lines. */
  text: string;
  /** Elements in another language than the text's. */
  foreign: Ranges;
}

/** The prose of a markdown text of the given language. */
export function proseOfMarkdown(source: string, locale: string): Prose {
  const foreign: Ranges = [];
  let text = source.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[^\n]*|(?![\s\S]))/gm, hide);
  text = text.replace(/(`+)[^`]*?\1/g, hide);
  // An element in another language: `<i lang="en">Submit</i>` in French.
  for (const m of text.matchAll(/<(i|span)\b[^<>]*\blang\s*=\s*["']?([a-zA-Z]+)[^<>]*>[\s\S]*?<\/\1\s*>/gi)) {
    if (m[2]?.toLowerCase() !== locale) foreign.push([m.index, m.index + m[0].length]);
  }
  text = text.replace(/<\/?[a-zA-Z][^<>]*>/g, hide);
  text = text.replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, hide); // a reference link's definition
  text = text.replace(/(\])(\((?:[^()\n]|\([^()\n]*\))*\))/g, (_m, bracket: string, target: string) => bracket + hide(target));
  text = text.replace(/\b(?:https?:\/\/|www\.|mailto:)[^\s<>()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, hide);
  text = text.replace(nbspEntity, (entity) => `${hidden.repeat(entity.length - 1)}\u00a0`);
  return { text: text.replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, hide), foreign };
}

/** A finding as a warning at a line of a file. */
function warning({ term, use, why }: StyleFinding, line: number, key?: string): StyleWarning {
  return { line, term, use, ...(why ? { why } : {}), ...(key ? { key } : {}) };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const refuseEngine = () => {
  throw new Error('only YAML front matter is allowed');
};
const matterOptions = { engines: { js: refuseEngine, javascript: refuseEngine } };

const frontMatterBlock = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The front matter fields shown to readers. */
const shownFields = ['title', 'description'];

/** Every style warning in a content file (article or category) of the given language. */
export function styleWarningsInMarkdown(source: string, locale: string, list: StyleList | undefined): StyleWarning[] {
  // Precomposed accents, as in the list's terms; line breaks, hence lines, do not change.
  const raw = source.normalize('NFC');
  const head = frontMatterBlock.exec(raw)?.[0] ?? '';
  const warnings: StyleWarning[] = [];
  const data = head ? (matter(raw, matterOptions).data as Record<string, unknown>) : {};
  for (const field of shownFields) {
    const value = data[field];
    const at = new RegExp(`^${field}\\s*:`, 'm').exec(head);
    if (typeof value !== 'string' || !at) continue;
    const line = lineAt(head, at.index);
    const { text, foreign } = proseOfMarkdown(value, locale);
    for (const finding of checkProse(text, locale, list, foreign)) warnings.push(warning(finding, line));
  }
  // The body, counted from the top of the file: the front matter is hidden, not removed.
  const body = proseOfMarkdown(raw.slice(head.length), locale);
  const prose = hide(head) + body.text;
  const foreign = body.foreign.map(([s, e]): [number, number] => [s + head.length, e + head.length]);
  for (const finding of checkProse(prose, locale, list, foreign)) {
    warnings.push(warning(finding, lineAt(prose, finding.index)));
  }
  // Inline and reference links ("[here](…)", "[here][1]"), not images.
  for (const m of prose.matchAll(/(?<!!)\[([^[\]]+)\]/g)) {
    if (!/[([]/.test(raw[m.index + m[0].length] ?? '')) continue;
    const finding = vagueLinkText(m[1] ?? '', list);
    if (finding) warnings.push(warning(finding, lineAt(prose, m.index)));
  }
  return warnings.sort((a, b) => a.line - b.line);
}

/** Hides i18next placeholders (`{{count}}`, `$t(key)`), HTML tags and URLs of an interface string. */
function proseOfInterfaceString(value: string, locale: string): Prose {
  const text = value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, hide);
  return proseOfMarkdown(text, locale);
}

interface JsonString {
  key: string;
  value: string;
  line: number;
}

/** Every string value of a JSON file, with its key path (`search.tipsTitle`) and line. */
export function jsonStrings(raw: string): JsonString[] {
  const strings: JsonString[] = [];
  const keys: (string | number)[] = [];
  const containers: string[] = [];
  let expectKey = false;
  let line = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') {
      containers.push(c);
      keys.push(c === '[' ? 0 : '');
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      containers.pop();
      keys.pop();
    } else if (c === ',') {
      const last = keys.length - 1;
      if (containers.at(-1) === '[') keys[last] = (keys[last] as number) + 1;
      else expectKey = true;
    } else if (c === '"') {
      const end = /^"(?:[^"\\\n]|\\.)*"/.exec(raw.slice(i))?.[0] ?? '"';
      const value = JSON.parse(end) as string;
      if (expectKey && containers.at(-1) === '{') {
        keys[keys.length - 1] = value;
        expectKey = false;
      } else {
        strings.push({ key: keys.join('.'), value, line });
      }
      i += end.length - 1;
    }
  }
  return strings;
}

/** Every style warning in an interface strings file (`src/i18n/locales/fr/common.json`). */
export function styleWarningsInJson(raw: string, locale: string, list: StyleList | undefined): StyleWarning[] {
  JSON.parse(raw); // a broken file throws here, with the parser's own message
  const warnings: StyleWarning[] = [];
  for (const { key, value, line } of jsonStrings(raw)) {
    const { text, foreign } = proseOfInterfaceString(value.normalize('NFC'), locale);
    for (const finding of checkProse(text, locale, list, foreign)) warnings.push(warning(finding, line, key));
    const vague = vagueLinkText(text, list);
    if (vague) warnings.push(warning(vague, line, key));
  }
  return warnings;
}

/** One warning as a line of the check's output: `file:line: "term" → "preferred" (reason)`. */
export function formatStyleWarning(file: string, w: StyleWarning): string {
  const why = w.why ? ` (${w.why})` : '';
  const key = w.key ? ` [${w.key}]` : '';
  return `Warning: ${file}:${w.line}: "${w.term}" → "${w.use}"${why}${key}`;
}
