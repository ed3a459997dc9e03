import type { Locale } from '../i18n/locales.js';
import type { Vocabulary } from './vocabulary.js';

/*
 * Words a query word stands for beyond its stem, found only among the content's own words,
 * so a variant the content does not use is never looked up:
 * - compounds typed apart or together: "log in", "e mail", "smart phone" reach "login",
 *   "email", "smartphone", and these reach their halves;
 * - word families the stemmers keep apart: "register" and "registration", "verify" and
 *   "verification", "authentifier" and "authentification".
 */

/**
 * Endings a word family shares once its common beginning (at least `minBase` letters) is
 * set aside. Only derivational and inflectional endings: two words are one family when each
 * is that beginning plus one of these, so "general" and "generation" (a beginning of 5 with
 * "al" not listed) stay apart.
 */
const familyEndings: Record<Locale, ReadonlySet<string>> = {
  en: new Set(
    [
      '',
      'e s ed es er ers ered ering ing y ies ied ying',
      'ion ions ation ations ication ications ration rations',
      'ate ates ated ating ment ments',
    ]
      .join(' ')
      .split(' '),
  ),
  fr: new Set(
    [
      '',
      'e es er ez ee ees ent ant ons',
      'ion ions tion tions ation ations cation cations ication ications ification ifications',
      'ifier ifie ifiee ifiez eur eurs ateur ateurs icateur icateurs ificateur ificateurs',
      'ement ements age ages',
    ]
      .join(' ')
      .split(' '),
  ),
};
const minBase = 5;
const maxFamily = 12;

/** Words of the content in the same family as `word` (itself excluded), at most a dozen. */
export function familyOf(word: string, locale: Locale, vocabulary: Vocabulary): string[] {
  const endings = familyEndings[locale];
  const family = new Set<string>();
  for (const ending of endings) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, word.length - ending.length);
    if (base.length < minBase) continue;
    for (const other of vocabulary.withPrefix(base, 50)) {
      if (other !== word && endings.has(other.slice(base.length))) family.add(other);
    }
  }
  return [...family].slice(0, maxFamily);
}

/** The content's compound a pair of neighbouring words makes ("log" + "in": "login"). */
export function joinedWith(
  written: readonly string[],
  i: number,
  vocabulary: Vocabulary,
): string[] {
  const word = written[i] ?? '';
  const joined: string[] = [];
  const before = written[i - 1];
  const after = written[i + 1];
  if (before !== undefined && vocabulary.get(before + word)) joined.push(before + word);
  if (after !== undefined && vocabulary.get(word + after)) joined.push(word + after);
  return joined;
}

/**
 * The halves of a compound typed together when both are words of the content ("smartphone":
 * "smart" and "phone"); a single letter or a stop word ("log" + "in") is left to the caller's
 * stop-word and length rules.
 */
export function halvesOf(word: string, vocabulary: Vocabulary): string[] {
  const halves: string[] = [];
  for (let cut = 1; cut < word.length; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (vocabulary.get(head) && vocabulary.get(tail)) halves.push(head, tail);
  }
  return halves;
}
