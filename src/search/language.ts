import lunr from 'lunr';
import registerStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import registerFrench from 'lunr-languages/lunr.fr.js';
import type { Locale } from '../i18n/locales.js';

registerStemmerSupport(lunr);
registerFrench(lunr);

interface FrenchLunr {
  fr: lunr.Builder.Plugin & { stopWordFilter: lunr.PipelineFunction };
}
const french = (lunr as unknown as FrenchLunr).fr;

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
 *   en: trimmer → stop words → Porter stemmer (lunr's own pipeline).
 *   fr: trimmer → stop words (accented and folded) → accent fold (a no-op by then) → French stemmer.
 */
export interface SearchLanguage {
  locale: Locale;
  /** Sets the builder's index and search pipelines. */
  configure(builder: lunr.Builder): void;
  isStopWord(word: string): boolean;
  /** The indexed form of a folded word (memoised: the vocabulary is small and stable). */
  stem(word: string): string;
}

function createLanguage(
  locale: Locale,
  configure: (builder: lunr.Builder) => void,
  stopFilters: lunr.PipelineFunction[],
): SearchLanguage {
  const builder = new lunr.Builder();
  configure(builder);
  const stems = new Map<string, string>();
  const isStopWord = (word: string) =>
    stopFilters.some((filter) => filter(new lunr.Token(word, {}), 0, []) === undefined);
  return {
    locale,
    configure,
    isStopWord,
    stem(word) {
      let stem = stems.get(word);
      if (stem === undefined) {
        stem = builder.searchPipeline.runString(word)[0] ?? word;
        if (stems.size > 100_000) stems.clear();
        stems.set(word, stem);
      }
      return stem;
    },
  };
}

export const searchLanguages: Record<Locale, SearchLanguage> = {
  en: createLanguage(
    'en',
    (builder) => {
      builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
      builder.searchPipeline.add(lunr.stemmer);
    },
    [lunr.stopWordFilter],
  ),
  fr: createLanguage(
    'fr',
    (builder) => {
      builder.use(french);
      builder.pipeline.after(french.stopWordFilter, foldedFrenchStopWords);
    },
    [french.stopWordFilter, foldedFrenchStopWords],
  ),
};
