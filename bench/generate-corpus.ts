/**
 * Synthetic help-centre content for the search benchmark: a content tree in the real format
 * (markdown + YAML front matter, see content/ and src/content/schema.ts) with about a dozen
 * categories and `perLocale` articles per locale, the same ids in English and French.
 *
 * Every article is one plan (bench/corpus/article-plan.ts) rendered in both languages, so
 * translations match; the words and sentences come from bench/corpus-data/. Deterministic
 * for a seed.
 *
 *   tsx bench/generate-corpus.ts <dir> [perLocale=10000] [seed=1]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { slugify } from '../src/content/slug.js';
import { planArticle, wordCount, type ArticlePlan } from './corpus/article-plan.js';
import { fixFrench } from './corpus/grammar.js';
import { mulberry32, pick } from './corpus/random.js';
import type { Locale } from './corpus/slots.js';
import { topics, type Topic } from './corpus/word-lists.js';

const yamlString = (s: string) => JSON.stringify(s);
/** Each locale with its index in a Pair. */
const sides = [
  ['en', 0],
  ['fr', 1],
] as const;

/** A slug of at most `max` characters, cut at a hyphen. */
function shortSlug(text: string, max = 60): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}

function unique(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** A category page in one language: front matter and the topic's intro. */
function categoryFile(topic: Topic, order: number, locale: Locale, i: 0 | 1): string {
  // Category pages are not rendered from a plan: their one slot gets a fixed value.
  const raw = topic.intro[i].replace(/\{gb\}/g, '2');
  const intro = locale === 'fr' ? fixFrench(raw) : raw;
  return [
    '---',
    `id: ${topic.id}`,
    `title: ${yamlString(topic.title[i])}`,
    `description: ${yamlString(topic.description[i])}`,
    `order: ${order}`,
    '---',
    '',
    intro,
    '',
  ].join('\n');
}

/** An article in one language: front matter and its rendered body. */
function articleFile(plan: ArticlePlan, id: string, order: number, i: 0 | 1, body: string) {
  return [
    '---',
    `id: ${id}`,
    `title: ${yamlString(plan.title[i])}`,
    `category: ${plan.topic.id}`,
    `order: ${order}`,
    `keywords: [${[...new Set(plan.keywords.map((k) => k[i]))].map(yamlString).join(', ')}]`,
    `updated: ${plan.updated}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

export interface CorpusStats {
  categories: number;
  articlesPerLocale: number;
  words: Record<Locale, { min: number; mean: number; max: number }>;
  files: number;
  ms: number;
}

/**
 * Writes `perLocale` articles per locale, and the categories they belong to, into `dir`
 * (which must be missing or empty). Same seed, same tree.
 */
export function generateCorpus(dir: string, perLocale: number, seed = 1): CorpusStats {
  const t0 = performance.now();
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: generateCorpus writes into an empty or new folder`);
  }
  const rng = mulberry32(seed);
  const folders = {
    en: {
      categories: path.join(dir, 'en', 'categories'),
      articles: path.join(dir, 'en', 'articles'),
    },
    fr: {
      categories: path.join(dir, 'fr', 'categories'),
      articles: path.join(dir, 'fr', 'articles'),
    },
  };
  for (const f of Object.values(folders)) {
    mkdirSync(f.categories, { recursive: true });
    mkdirSync(f.articles, { recursive: true });
  }
  let files = 0;

  topics.forEach((topic, index) => {
    sides.forEach(([locale, i]) => {
      const slug = slugify(topic.title[i]);
      const text = categoryFile(topic, index + 1, locale, i);
      writeFileSync(path.join(folders[locale].categories, `${slug}.md`), text);
      files++;
    });
  });

  const slugs = { en: new Set<string>(), fr: new Set<string>() };
  const order = new Map<string, number>();
  const counts = { en: [] as number[], fr: [] as number[] };
  for (let a = 0; a < perLocale; a++) {
    const topic = pick(rng, topics);
    const plan = planArticle(rng, topic);
    const position = (order.get(topic.id) ?? 0) + 1;
    order.set(topic.id, position);
    const id = unique(shortSlug(plan.title[0]), slugs.en);
    const frSlug = unique(shortSlug(plan.title[1]), slugs.fr);
    sides.forEach(([locale, i]) => {
      const body = plan.blocks.map((b) => b.md[i]).join('\n\n');
      counts[locale].push(wordCount(body));
      const text = articleFile(plan, id, position, i, body);
      const slug = locale === 'en' ? id : frSlug;
      writeFileSync(path.join(folders[locale].articles, `${slug}.md`), text);
      files++;
    });
  }

  const summary = (list: number[]) => ({
    min: Math.min(...list),
    mean: Math.round(list.reduce((s, n) => s + n, 0) / Math.max(1, list.length)),
    max: Math.max(...list),
  });
  return {
    categories: topics.length,
    articlesPerLocale: perLocale,
    words: { en: summary(counts.en), fr: summary(counts.fr) },
    files,
    ms: performance.now() - t0,
  };
}

// The command line, when this file is run rather than imported (search.ts and http.ts import it).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dir, perLocaleArg = '10000', seedArg = '1'] = process.argv.slice(2);
  const perLocale = Number(perLocaleArg);
  const seed = Number(seedArg);
  if (!dir || !Number.isInteger(perLocale) || perLocale < 1 || !Number.isInteger(seed)) {
    console.error('usage: tsx bench/generate-corpus.ts <dir> [perLocale=10000] [seed=1]');
    process.exit(2);
  }
  const stats = generateCorpus(path.resolve(dir), perLocale, seed);
  const w = (l: Locale) =>
    `${stats.words[l].min}–${stats.words[l].max} (mean ${stats.words[l].mean})`;
  console.log(
    `Wrote ${stats.files} files to ${dir} in ${(stats.ms / 1000).toFixed(2)} s: ` +
      `${stats.categories} categories and ${perLocale} articles per locale; ` +
      `answer words en ${w('en')}, fr ${w('fr')}.`,
  );
}
