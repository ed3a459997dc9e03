/**
 * The generator's word lists and sentence templates, read from bench/corpus-data/*.json
 * (see the README there) and checked once, so an edit that breaks their shape stops the
 * generator with the file and the place to fix instead of producing odd articles.
 *
 * Every entry is an English/French pair rendered from the same random choices, which is
 * what keeps the two translations of an article matching. The order of every list matters:
 * the generator picks by index, so reordering or inserting entries changes the corpus a
 * seed produces.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { gerund } from './grammar.js';

const pair = z.tuple([z.string(), z.string()]).readonly();
export type Pair = z.infer<typeof pair>;

const noun = z.strictObject({
  en: z.string(),
  fr: z.string(),
  /** French gender and number, for articles and possessives: m, f, mp (plural), fp. */
  g: z.enum(['m', 'f', 'mp', 'fp']),
  /** false where "my …"/"your …" reads wrong (the mobile app): "the …" is used instead. */
  own: z.boolean().default(true),
});
export type Noun = z.infer<typeof noun>;

/** Written as an [English, French] pair of infinitives; the English gerund is derived. */
const verb = pair.transform(([en, fr]) => ({ en, ing: gerund(en), fr }));
export type Verb = z.infer<typeof verb>;

const topic = z.strictObject({
  id: z.string(),
  title: pair,
  description: pair,
  intro: pair,
  /** The profile section where this topic's settings live (used in steps). */
  section: pair,
  objects: z.array(noun),
  verbs: z.array(verb),
  keywords: z.array(pair),
  facts: z.array(pair),
});
export type Topic = z.infer<typeof topic>;

const country = z.strictObject({
  en: z.string(),
  /** With its article ("la France"), and the "in …" form ("en France", "au Portugal"). */
  fr: z.string(),
  frIn: z.string(),
});
export type Country = z.infer<typeof country>;

const questions = z.strictObject({
  /** Appended to questions ("How do I … on my phone?"). */
  contexts: z.array(pair),
  questions: z.strictObject({
    /** {ctx} is a context with its leading space, or nothing. */
    anyVerb: z.array(pair),
    /** These put a pronoun before the verb: only for one-word verbs without "à". */
    oneWordVerb: z.array(pair),
  }),
});

const slots = z.strictObject({
  countries: z.array(country),
  languages: z.array(pair),
  cities: z.array(pair),
  occupations: z.array(pair),
  fields: z.array(pair),
  skills: z.array(pair),
  institutions: z.array(noun),
  devices: z.array(noun),
  browsers: z.array(z.string()),
  systems: z.array(z.string()),
  formats: z.array(z.string()),
  weekdays: z.array(pair),
  /** January to December: a date's month is an index into this list. */
  months: z.array(pair).length(12),
  buttons: z.array(pair),
});

const answers = z.strictObject({
  openings: z.array(pair),
  steps: z.strictObject({
    intro: z.array(pair),
    first: z.array(pair),
    navigation: z.array(pair),
    /** middle and last: kept in this order when several are used. */
    middle: z.array(pair),
    last: z.array(pair),
  }),
  /** Facts that fit any topic, mixed with the topic's own. */
  genericFacts: z.array(pair),
  headings: z.array(pair),
  lists: z.array(z.strictObject({ intro: pair, items: z.array(pair) })),
  closings: z.array(pair),
});

function load<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const file = new URL(`../corpus-data/${name}.json`, import.meta.url);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`bench/corpus-data/${name}.json cannot be read as JSON`, { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`bench/corpus-data/${name}.json:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const topics = load('topics', z.array(topic).min(1));
export const questionTemplates = load('questions', questions);
export const slotValues = load('slots', slots);
export const answerBlocks = load('answers', answers);
