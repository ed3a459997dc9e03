import type { ParityReport } from '../../content/parity.js';
import type { ArticleVotes } from '../../feedback/store.js';
import type { Locale } from '../../i18n/locales.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';

export interface OverviewFigures {
  surveyAnswers: number;
  votes: readonly ArticleVotes[];
  searches: { searches: number; withoutResults: number };
  parity: ParityReport;
}

/**
 * The headline numbers of the overview, formatted for the staff member's language. A share
 * of nothing is left out (undefined) rather than shown as 0 %.
 */
export function overviewFigures(figures: OverviewFigures, lang: Locale) {
  const n = (value: number) => formatNumber(value, lang);
  const share = (part: number, whole: number) =>
    whole ? formatPercent(part / whole, lang) : undefined;
  const votes = figures.votes.reduce((sum, row) => sum + row.votes, 0);
  const helpful = figures.votes.reduce((sum, row) => sum + row.helpful, 0);
  const { searches, withoutResults } = figures.searches;
  const untranslated = figures.parity.untranslated.filter((u) => u.kind === 'article').length;
  return {
    surveyAnswers: n(figures.surveyAnswers),
    votes: n(votes),
    helpfulShare: share(helpful, votes),
    searches: n(searches),
    withoutResults: n(withoutResults),
    withoutResultsCount: withoutResults,
    withoutResultsShare: share(withoutResults, searches),
    untranslated: n(untranslated),
    outdated: n(figures.parity.outdated.length),
  };
}
