import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { locales, type Locale } from '../i18n/locales.js';
import { ContentValidationError, type ContentProblem } from './errors.js';
import { MarkdownArticle } from './article.js';
import { createMarkdown } from './markdown.js';
import type { Article, Category } from './model.js';
import { ParseCache } from './parse-cache.js';
import { ContentRepository } from './repository.js';
import { articleFrontMatter, categoryFrontMatter } from './schema.js';
import { slugPattern } from './slug.js';
import { readSynonyms } from './synonyms.js';

/** First path segments the site itself uses; a category slug may not take them. */
export const reservedSlugs = new Set(['api', 'admin', 'assets', 'notice', 'search', 'survey']);

export interface LoadOptions {
  /** Hidden text after external links, per locale (comes from the UI strings). */
  externalLinkLabel: (locale: Locale) => string;
  /** Where to keep parsed front matter between loads, for files that have not changed. */
  parseCacheFile?: string;
}

interface SourceFile {
  file: string;
  slug: string;
  raw: string;
  /** Hash of `raw`: names the file's version in the parse cache and the content version. */
  hash: string;
}

// Front matter is data only: never let gray-matter evaluate JavaScript front matter.
const refuseEngine = () => {
  throw new Error('only YAML front matter is allowed');
};
const matterOptions = { engines: { js: refuseEngine, javascript: refuseEngine } };

export async function loadContent(root: string, options: LoadOptions): Promise<ContentRepository> {
  const problems: ContentProblem[] = [];
  const md = createMarkdown();
  const categories: Category[] = [];
  const articles: Article[] = [];
  const hash = createHash('sha256');

  const parseCache = options.parseCacheFile ? new ParseCache(options.parseCacheFile) : undefined;

  for (const locale of locales) {
    const categoryFiles = await readSources(path.join(root, locale, 'categories'), problems);
    const articleFiles = await readSources(path.join(root, locale, 'articles'), problems);
    for (const source of [...categoryFiles, ...articleFiles]) {
      hash.update(`${source.file}\u0000${source.hash}\n`);
    }
    const externalLinkLabel = options.externalLinkLabel(locale);
    const rendering = { md, externalLinkLabel };

    for (const source of categoryFiles) {
      const parsed = parse(source, 'category', categoryFrontMatter, problems, parseCache);
      if (!parsed) continue;
      if (reservedSlugs.has(source.slug)) {
        problems.push({ file: source.file, message: `slug "${source.slug}" is reserved by the site` });
      }
      const env = { externalLinkLabel };
      categories.push({
        ...parsed.data,
        locale,
        slug: source.slug,
        introHtml: parsed.body.trim() ? md.render(parsed.body, env) : '',
        sourcePath: source.file,
      });
    }

    for (const source of articleFiles) {
      const parsed = parse(source, 'article', articleFrontMatter, problems, parseCache);
      if (!parsed) continue;
      const { category, keywords, ...data } = parsed.data;
      const fields = {
        ...data,
        locale,
        slug: source.slug,
        categoryId: category,
        keywords: keywords ?? [],
        sourcePath: source.file,
      };
      articles.push(new MarkdownArticle(fields, parsed.body, rendering));
    }
  }

  const synonyms = readSynonyms(root, problems);
  hash.update(`synonyms\u0000${synonyms.raw}\n`);
  checkUniqueness(categories, articles, problems, root);
  if (problems.length > 0) throw new ContentValidationError(problems, root);
  parseCache?.save();
  const version = hash.digest('hex').slice(0, 16);
  return new ContentRepository(categories, articles, version, synonyms.groups);
}

/** Reads every .md file below a folder; editors may group articles in subfolders. */
async function readSources(dir: string, problems: ContentProblem[]): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true }))
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch (error) {
    problems.push({ file: dir, message: `folder cannot be read (${(error as Error).message})` });
    return [];
  }
  // One synchronous read after another: for thousands of small files this is several times
  // faster than as many concurrent promises, and content loads before the server listens.
  return names.map((name) => {
    const file = path.join(dir, name);
    const raw = readFileSync(file, 'utf8');
    const hash = createHash('sha1').update(raw).digest('base64url');
    return { file, slug: path.basename(name, '.md'), raw, hash };
  });
}

function parse<T>(
  source: SourceFile,
  kind: 'article' | 'category',
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  cache: ParseCache | undefined,
): { data: T; body: string } | undefined {
  const problem = (message: string) => {
    problems.push({ file: source.file, message });
    return undefined;
  };
  if (!slugPattern.test(source.slug)) {
    return problem('file name must be a slug: lowercase letters, digits and single hyphens');
  }
  const key = `${kind}/${source.hash}`;
  const cached = cache?.get(key);
  if (cached) return { data: cached.data as T, body: source.raw.slice(cached.bodyStart) };
  if (!/^---\r?\n/.test(source.raw)) {
    return problem('missing front matter: the file must start with a line "---"');
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source.raw, matterOptions);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return problem(`malformed front matter: ${reason}`);
  }
  const result = schema.safeParse(file.data);
  if (!result.success) {
    const details = result.error.issues.map((i) => `${i.path.join('.') || 'front matter'} ${i.message}`);
    return problem(`invalid front matter: ${details.join('; ')}`);
  }
  const body = file.content;
  // The body is the end of the file; kept as an offset, the cache stays small.
  if (cache && source.raw.endsWith(body)) {
    cache.set(key, { data: result.data, bodyStart: source.raw.length - body.length });
  }
  return { data: result.data, body };
}

function checkUniqueness(
  categories: Category[],
  articles: Article[],
  problems: ContentProblem[],
  root: string,
) {
  const seen = new Map<string, string>();
  const claim = (key: string, file: string, what: string) => {
    const first = seen.get(key);
    if (first) problems.push({ file, message: `${what} is already used by ${path.relative(root, first)}` });
    else seen.set(key, file);
  };
  for (const c of categories) claim(`category-id:${c.locale}:${c.id}`, c.sourcePath, `category id "${c.id}"`);
  for (const a of articles) {
    claim(`article-id:${a.locale}:${a.id}`, a.sourcePath, `article id "${a.id}"`);
    claim(`article-slug:${a.locale}:${a.slug}`, a.sourcePath, `slug "${a.slug}"`);
    if (!categories.some((c) => c.locale === a.locale && c.id === a.categoryId)) {
      problems.push({
        file: a.sourcePath,
        message: `category "${a.categoryId}" does not exist in ${a.locale}/categories`,
      });
    }
  }
}
