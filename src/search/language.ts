import lunr from 'lunr';
import type { Locale } from '../i18n/locales.js';
import { french } from './lunr-internals.js';

// lunr.fr's stop list is accented ("à", "été", "même"); text reaches it already folded
// (see below), so the folded spellings of those words are filtered here too.
const foldedFrenchStopWords = lunr.generateStopWordFilter(
  'a ete etee etees etes etaient etais etait etant etiez etions eumes eutes fumes futes meme cela'.split(
    ' ',
  ),
);
lunr.Pipeline.registerFunction(foldedFrenchStopWords, 'stopWordFilter-fr-folded');

/**
 * Where folding and stemming sit, and why: all text is folded (accents, case, ligatures,
 * punctuation) BEFORE lunr sees it, at index time and at query time alike (see fold.ts).
 * The stemmer therefore always receives the accent-free spelling, so "élève" typed with or
 * without accents reaches the same stem. Stemming after folding costs a few of the French
 * Snowball rules that look at accented suffixes, but stems only need to be consistent, not
 * linguistically perfect, and visitors leave accents out far more often than those rules
 * matter (the relevance tests prove the forms people type still meet).
 * Folded text holds only a-z, 0-9 and spaces, so lunr's trimmer and lunr.fr's accent fold
 * would be no-ops and are left out. A corpus repeats the same few thousand words, so each
 * stemmer remembers its answers (stemming is most of the cost of indexing).
 *   en: stop words → Porter stemmer (lunr's own).
 *   fr: stop words (accented and folded) → French Snowball stemmer (lunr-languages).
 */
export interface SearchLanguage {
  locale: Locale;
  /** Sets the builder's index and search pipelines. */
  configure(builder: lunr.Builder): void;
  isStopWord(word: string): boolean;
  /** The indexed form of a folded word. */
  stem(word: string): string;
}

function createLanguage(
  locale: Locale,
  configure: (builder: lunr.Builder) => void,
  stopFilters: lunr.PipelineFunction[],
): SearchLanguage {
  const builder = new lunr.Builder();
  configure(builder);
  const isStopWord = (word: string) =>
    stopFilters.some((filter) => filter(new lunr.Token(word, {}), 0, []) === undefined);
  return {
    locale,
    configure,
    isStopWord,
    // The pipeline's stemmer remembers its answers (memoised below), so no cache here.
    stem: (word) => builder.searchPipeline.runString(word)[0] ?? word,
  };
}

/** A stemmer that remembers: same result as `stemmer`, computed once per distinct word. */
function memoised(stemmer: lunr.PipelineFunction, label: string): lunr.PipelineFunction {
  const stems = new Map<string, string>();
  const stemWord = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = String(stemmer(new lunr.Token(word, {}), 0, []));
      if (stems.size > 200_000) stems.clear();
      stems.set(word, stem);
    }
    return stem;
  };
  const fn: lunr.PipelineFunction = (token) => token.update(stemWord);
  lunr.Pipeline.registerFunction(fn, label);
  return fn;
}

const englishStemmer = memoised(lunr.stemmer, 'stemmer-en-memo');
const frenchStemmer = memoised(french.stemmer, 'stemmer-fr-memo');

export const searchLanguages: Record<Locale, SearchLanguage> = {
  en: createLanguage(
    'en',
    (builder) => {
      // lunr() starts every builder with its English pipeline: replace it, never add to it.
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.pipeline.add(lunr.stopWordFilter, englishStemmer);
      builder.searchPipeline.add(englishStemmer);
    },
    [lunr.stopWordFilter],
  ),
  fr: createLanguage(
    'fr',
    (builder) => {
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.pipeline.add(french.stopWordFilter, foldedFrenchStopWords, frenchStemmer);
      builder.searchPipeline.add(frenchStemmer);
    },
    [french.stopWordFilter, foldedFrenchStopWords],
  ),
};
