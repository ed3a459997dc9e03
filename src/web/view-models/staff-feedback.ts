import type { ContentRepository } from '../../content/repository.js';
import type { Translate } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locales.js';
import {
  voteReasons,
  type ArticleVotes,
  type VoteComment,
  type VoteReason,
} from '../../feedback/store.js';
import type { FeedbackSort } from '../request/staff-query.js';
import { articlePath } from '../urls.js';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format.js';

/** Fewer votes than this say little: "least helpful first" lists such articles last. */
export const minimumVotes = 5;

const helpfulShare = (row: ArticleVotes) => (row.votes ? row.helpful / row.votes : 0);

/** Least helpful first among articles with enough votes, then those with fewer, alike. */
function worstFirst(a: ArticleVotes, b: ArticleVotes): number {
  const enough = (row: ArticleVotes) => (row.votes >= minimumVotes ? 0 : 1);
  return enough(a) - enough(b) || helpfulShare(a) - helpfulShare(b) || b.votes - a.votes;
}

function mostVotes(a: ArticleVotes, b: ArticleVotes): number {
  return b.votes - a.votes || helpfulShare(a) - helpfulShare(b);
}

/** The articles in the order staff asked for; ties in a stable, predictable order. */
export function sortArticleVotes(rows: readonly ArticleVotes[], sort: FeedbackSort) {
  const order = sort === 'votes' ? mostVotes : worstFirst;
  return [...rows].sort(
    (a, b) =>
      order(a, b) || a.articleId.localeCompare(b.articleId) || a.locale.localeCompare(b.locale),
  );
}

/** An article's title and public address in one language; the bare id once it is gone. */
export function articleLink(repo: ContentRepository, locale: Locale, articleId: string) {
  const article = repo.articleById(locale, articleId);
  return article
    ? { title: article.title, url: articlePath(article, repo.categoryOf(article)) }
    : { title: articleId, url: undefined };
}

export function articleRows(
  repo: ContentRepository,
  rows: readonly ArticleVotes[],
  lang: Locale,
  commentsUrl: (row: ArticleVotes) => string,
) {
  return rows.map((row) => ({
    ...articleLink(repo, row.locale, row.articleId),
    locale: row.locale,
    votesText: formatNumber(row.votes, lang),
    /** 0–100, the length of the row's little bar. */
    helpfulShare: helpfulShare(row) * 100,
    helpfulText: formatPercent(helpfulShare(row), lang),
    reasons: voteReasons.map((reason) => formatNumber(row.reasons[reason], lang)),
    comments: row.comments,
    commentsText: formatNumber(row.comments, lang),
    commentsUrl: commentsUrl(row),
  }));
}

interface ChartRow {
  label: string;
  count: number;
  countText: string;
  share: number;
  shareText: string;
}

function chartRows(t: Translate, lang: Locale, counts: [string, number][], total: number) {
  return counts.map(([key, count]): ChartRow => ({
    label: t(key),
    count,
    countText: formatNumber(count, lang),
    share: total ? (count / total) * 100 : 0,
    shareText: formatPercent(total ? count / total : 0, lang),
  }));
}

/** Every vote of the period together: Yes and No, and why the No votes were given. */
export function voteTotals(t: Translate, lang: Locale, rows: readonly ArticleVotes[]) {
  const sum = (pick: (row: ArticleVotes) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const votes = sum((r) => r.votes);
  const helpful = sum((r) => r.helpful);
  const notHelpful = votes - helpful;
  const reasons = voteReasons.map((reason): [string, number] => [
    `admin.feedback.reason.${reason}`,
    sum((r) => r.reasons[reason]),
  ]);
  const given = reasons.reduce((n, [, count]) => n + count, 0);
  return {
    votes,
    votesText: formatNumber(votes, lang),
    articles: formatNumber(rows.length, lang),
    commentsText: formatNumber(
      sum((r) => r.comments),
      lang,
    ),
    helpfulText: votes ? formatPercent(helpful / votes, lang) : undefined,
    answers: chartRows(
      t,
      lang,
      [
        ['admin.feedback.helpful', helpful],
        ['admin.feedback.notHelpful', notHelpful],
      ],
      votes,
    ),
    notHelpful,
    reasons: chartRows(
      t,
      lang,
      [...reasons, ['admin.feedback.reason.none', notHelpful - given]],
      notHelpful,
    ),
  };
}

export function voteCommentViews(
  repo: ContentRepository,
  t: Translate,
  items: readonly VoteComment[],
  lang: Locale,
) {
  const reasonText = (reason: VoteReason | null) => t(`admin.feedback.reason.${reason ?? 'none'}`);
  return items.map((item) => ({
    text: item.text,
    locale: item.locale,
    dateTime: item.createdAt,
    dateText: formatDateTime(item.createdAt, lang),
    about: articleLink(repo, item.locale, item.articleId),
    note: reasonText(item.reason),
  }));
}
