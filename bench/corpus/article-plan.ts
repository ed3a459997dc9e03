/**
 * One article, planned once and rendered in both languages: a question as its title, an
 * opening answer, sometimes steps, then facts, a list, a heading and a closing until the
 * answer is 60–250 words long. Both translations come from the same random choices.
 */
import { cap, fixEnglish, fixFrench } from './grammar.js';
import { chance, int, pick, sample, type Rng } from './random.js';
import { fill, randomSlots, varsFor } from './slots.js';
import { answerBlocks, questionTemplates, type Pair, type Topic } from './word-lists.js';

const { contexts, questions: byVerb } = questionTemplates;
// One list with the pronoun questions last: a one-word verb may take any question, the
// others only the first `anyVerb.length`.
const questions = [...byVerb.anyVerb, ...byVerb.oneWordVerb];
const pronounQuestion = byVerb.anyVerb.length;
const { openings, steps: stepLists, genericFacts, headings, lists, closings } = answerBlocks;

/** Words of a text: whitespace-separated pieces holding at least one letter or digit. */
export function wordCount(s: string): number {
  let count = 0;
  for (const piece of s.split(/\s+/)) if (/[A-Za-z0-9\u00C0-\u024F]/.test(piece)) count++;
  return count;
}

export interface Block {
  /** Markdown per locale. */
  md: Pair;
  kind: 'p' | 'list' | 'heading' | 'closing';
}

export interface ArticlePlan {
  topic: Topic;
  title: Pair;
  keywords: Pair[];
  blocks: Block[];
  updated: string;
}

/** Fills a template pair for this article and fixes each language's grammar. */
type Render = (pair: Pair, capitalise?: boolean) => Pair;

/** Pairs joined into one paragraph per language. */
const joined = (pairs: Pair[]): Pair => [
  pairs.map((p) => p[0]).join(' '),
  pairs.map((p) => p[1]).join(' '),
];

function stepsBlock(rng: Rng, render: Render): Block {
  const inOrder = (list: Pair[], count: number) =>
    sample(rng, list, count).sort((a, b) => list.indexOf(a) - list.indexOf(b));
  const steps = [
    pick(rng, stepLists.first),
    pick(rng, stepLists.navigation),
    ...inOrder(stepLists.middle, int(rng, 1, 3)),
    ...inOrder(stepLists.last, int(rng, 0, 2)),
  ].map((step) => render(step));
  const numbered = chance(rng, 0.5);
  const list = (i: 0 | 1) =>
    steps.map((s, n) => `${numbered ? `${n + 1}.` : '-'} ${s[i]}`).join('\n');
  const intro = render(pick(rng, stepLists.intro));
  return { kind: 'list', md: [`${intro[0]}\n\n${list(0)}`, `${intro[1]}\n\n${list(1)}`] };
}

function bulletListBlock(rng: Rng, render: Render): Block {
  const kind = pick(rng, lists);
  const items = sample(rng, kind.items, int(rng, 3, 5)).map((item) => render(item, false));
  const intro = render(kind.intro);
  return {
    kind: 'list',
    md: [
      `${intro[0]}\n\n${items.map((i) => `- ${i[0]}`).join('\n')}`,
      `${intro[1]}\n\n${items.map((i) => `- ${i[1]}`).join('\n')}`,
    ],
  };
}

/** The topic's own facts first and more often, mixed with general ones, none twice. */
function factsInOrder(rng: Rng, topic: Topic): Pair[] {
  const own = sample(rng, topic.facts, topic.facts.length);
  const general = sample(rng, genericFacts, genericFacts.length);
  const facts: Pair[] = [];
  while (own.length || general.length) {
    const from = own.length && (!general.length || chance(rng, 0.65)) ? own : general;
    facts.push(from.shift() as Pair);
  }
  return facts;
}

function updatedDate(rng: Rng): string {
  const start = Date.UTC(2021, 0, 1);
  const end = Date.UTC(2026, 10, 28);
  return new Date(start + Math.floor(rng() * (end - start))).toISOString().slice(0, 10);
}

export function planArticle(rng: Rng, topic: Topic): ArticlePlan {
  const object = pick(rng, topic.objects);
  const action = pick(rng, topic.verbs);
  const ctx = chance(rng, 0.45) ? pick(rng, contexts) : (['', ''] as Pair);
  const slots = randomSlots(rng);
  const vars = {
    en: varsFor('en', object, action, topic, ctx[0], slots),
    fr: varsFor('fr', object, action, topic, ctx[1], slots),
  };
  const render: Render = (pair, capitalise = true) => {
    const en = fixEnglish(fill(pair[0], vars.en));
    const fr = fixFrench(fill(pair[1], vars.fr));
    return capitalise ? [cap(en), cap(fr)] : [en, fr];
  };
  const oneWordVerb = !action.en.includes(' ') && !action.fr.endsWith(' à');
  const question = pick(rng, oneWordVerb ? questions : questions.slice(0, pronounQuestion));
  const title = render(question);

  const target = int(rng, 60, 250);
  const blocks: Block[] = [];
  const counted = new Map<Block, number>();
  const countOf = (b: Block) => {
    let n = counted.get(b);
    if (n === undefined) counted.set(b, (n = wordCount(b.md[0])));
    return n;
  };
  const words = () => blocks.reduce((sum, b) => sum + countOf(b), 0);

  // Opening paragraph: an answer to the question, sometimes followed by the topic's intro.
  const opening = [render(pick(rng, openings))];
  if (chance(rng, 0.3)) opening.push(render(topic.intro));
  blocks.push({ kind: 'p', md: joined(opening) });
  if (chance(rng, 0.6)) blocks.push(stepsBlock(rng, render));

  const facts = factsInOrder(rng, topic);
  let listAdded = false;
  let headingAdded = false;
  while (words() < target && facts.length > 0) {
    if (!headingAdded && blocks.length >= 2 && chance(rng, 0.25)) {
      headingAdded = true;
      const h = pick(rng, headings);
      blocks.push({ kind: 'heading', md: [`## ${h[0]}`, `## ${h[1]}`] });
    }
    if (!listAdded && chance(rng, 0.3)) {
      listAdded = true;
      blocks.push(bulletListBlock(rng, render));
      continue;
    }
    const sentences = facts.splice(0, int(rng, 1, 3)).map((f) => render(f));
    blocks.push({ kind: 'p', md: joined(sentences) });
  }
  // Stay within 60–250 words (counted in English; French runs a little longer).
  while (words() > 250 && blocks.length > 1) blocks.pop();
  while (blocks.at(-1)?.kind === 'heading') blocks.pop();
  const closing = render(pick(rng, closings));
  if (chance(rng, 0.6) && words() + wordCount(closing[0]) <= 250)
    blocks.push({ kind: 'closing', md: closing });
  if (words() < 60) {
    for (const fact of sample(rng, genericFacts, genericFacts.length)) {
      if (words() >= 60) break;
      blocks.push({ kind: 'p', md: render(fact) });
    }
  }

  const keywords = sample(rng, topic.keywords, int(rng, 2, 6));
  keywords.push([object.en, object.fr]);
  if (chance(rng, 0.5)) keywords.push([action.en, action.fr]);
  return { topic, title, keywords, blocks, updated: updatedDate(rng) };
}
