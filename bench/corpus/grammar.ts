/**
 * The English and French grammar the generator needs to fill templates correctly: articles
 * and possessives for a noun, pronouns, English gerunds and "a"/"an", French elision and
 * contraction, and the "je" form of a verb. Good enough for our own word lists, not more.
 */
import type { Noun } from './word-lists.js';

// Verbs whose last consonant doubles before "-ing" ("set" → "setting").
const doubled = new Set([
  'set',
  'reset',
  'scan',
  'stop',
  'get',
  'put',
  'run',
  'plan',
  'log',
  'cancel',
]);

/** "update my profile" → "updating my profile". */
export function gerund(en: string): string {
  const [first = '', ...rest] = en.split(' ');
  let ing: string;
  if (doubled.has(first)) ing = `${first}${first.slice(-1)}ing`;
  else if (first.endsWith('ie')) ing = `${first.slice(0, -2)}ying`;
  else if (/[^aeioy]e$/.test(first)) ing = `${first.slice(0, -1)}ing`;
  else ing = `${first}ing`;
  return [ing, ...rest].join(' ');
}

/** The ways a template can name a noun: {the}, {my}, {your}, {bare}, and {it} for a pronoun. */
export interface NounForms {
  the: string;
  my: string;
  your: string;
  bare: string;
  it: string;
}

// Vowels, and the few words of ours that start with a mute h ("l’historique", "l’heure").
const elidable = '(?=[aeiouyàâäéèêëîïôöùûüœ]|h(?:istori|eure|ôtel|ébergement))';

export function frForms(n: Noun): NounForms {
  const plural = n.g === 'mp' || n.g === 'fp';
  const masc = n.g === 'm' || n.g === 'mp';
  const the = `${plural ? 'les' : masc ? 'le' : 'la'} ${n.fr}`;
  const my = n.own ? `${plural ? 'mes' : masc ? 'mon' : 'ma'} ${n.fr}` : the;
  const your = n.own ? `${plural ? 'vos' : 'votre'} ${n.fr}` : the;
  return { the, my, your, bare: n.fr, it: plural ? '⟨les⟩' : masc ? '⟨le⟩' : '⟨la⟩' };
}

export function enForms(n: Noun): NounForms {
  const plural = /s$/.test(n.en) && !/(?:ss|us|sis)$/.test(n.en);
  return {
    the: `the ${n.en}`,
    my: n.own ? `my ${n.en}` : `the ${n.en}`,
    your: n.own ? `your ${n.en}` : `the ${n.en}`,
    bare: n.en,
    it: plural ? 'them' : 'it',
  };
}

/** French elisions and contractions, applied after the slots are filled. */
const notInWord = '(?<![\\p{L}\\p{N}-])';
const frenchFixes: [RegExp, string | ((match: string, word: string) => string)][] = [
  // l’, d’, j’, n’, qu’, s’ before a vowel or a mute h.
  [
    new RegExp(
      `${notInWord}(le|la|de|je|ne|que|se|me|jusque|lorsque|puisque)\\s+${elidable}`,
      'giu',
    ),
    (_m, w) => `${w.slice(0, -1)}’`,
  ],
  [new RegExp(`${notInWord}(si)\\s+(?=ils?(?![\\p{L}]))`, 'giu'), (_m, w) => `${w.slice(0, -1)}’`],
  // ma, ta, sa → mon, ton, son before a vowel.
  [new RegExp(`${notInWord}(ma|ta|sa)\\s+${elidable}`, 'giu'), (_m, w) => `${w.slice(0, 1)}on `],
  // de le → du, de les → des, à le → au, à les → aux (articles only: pronouns are ⟨…⟩).
  [new RegExp(`${notInWord}([dD])e les\\s`, 'gu'), '$1es '],
  [new RegExp(`${notInWord}([dD])e le\\s`, 'gu'), '$1u '],
  [new RegExp(`${notInWord}à les\\s`, 'gu'), 'aux '],
  [new RegExp(`${notInWord}à le\\s`, 'gu'), 'au '],
  // Object pronouns, written ⟨le⟩ ⟨la⟩ ⟨les⟩ in templates so the rules above leave them alone.
  [new RegExp(`⟨(le|la)⟩\\s+${elidable}`, 'giu'), 'l’'],
  [/⟨(le|la|les)⟩/gu, '$1'],
];

export function fixFrench(s: string): string {
  let out = s;
  for (const [pattern, replacement] of frenchFixes) {
    // Both overloads of replace, chosen by the replacement's type.
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, replacement);
  }
  return out;
}

/** English "a" → "an" before a vowel sound (good enough for our own word lists). */
export function fixEnglish(s: string): string {
  return s.replace(/\b([Aa]) (?=[aeioAEIO](?!u[a-z])|u(?!s|ni|ro|ti)|EU\b|hour)/g, '$1n ');
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The verbs of our lists whose "je" form the endings rule below gets wrong.
const irregularFr: Record<string, string> = {
  mettre: 'mets',
  faire: 'fais',
  obtenir: 'obtiens',
  recevoir: 'reçois',
  décrire: 'décris',
  traduire: 'traduis',
  reproduire: 'reproduis',
  résoudre: 'résous',
  comprendre: 'comprends',
  choisir: 'choisis',
  retirer: 'retire',
  ouvrir: 'ouvre',
  suivre: 'suis',
  répondre: 'réponds',
  vider: 'vide',
  redémarrer: 'redémarre',
  conserver: 'conserve',
  renouveler: 'renouvelle',
  gérer: 'gère',
  envoyer: 'envoie',
  récupérer: 'récupère',
};
/** Conjugates the first verb of a French infinitive phrase for "je" (present tense). */
export function frFirstPerson(inf: string): string {
  const [first = '', ...rest] = inf.split(' ');
  let conjugated = irregularFr[first];
  if (!conjugated) {
    if (first.endsWith('er')) conjugated = first.slice(0, -1);
    else if (first.endsWith('ir')) conjugated = `${first.slice(0, -1)}s`;
    else conjugated = first.slice(0, -1);
  }
  return [conjugated, ...rest].join(' ');
}
