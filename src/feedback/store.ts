import type { Locale } from '../i18n/locales.js';

/** Why an answer did not help, as the visitor picks it after a No. */
export const voteReasons = ['outdated', 'unclear', 'not-answered', 'other'] as const;
export type VoteReason = (typeof voteReasons)[number];

/** The longest comment a vote may carry, in characters. */
export const voteCommentMaxLength = 500;

/** One "Was this helpful?" answer. Nothing in it says who gave it. */
export interface Vote {
  /** ISO 8601, UTC. */
  createdAt: string;
  locale: Locale;
  articleId: string;
  helpful: boolean;
  reason: VoteReason | null;
  comment: string | null;
}

/** Inclusive calendar days, YYYY-MM-DD (UTC). */
export interface Period {
  from: string;
  to: string;
}

/** Votes on one article in one language over a period. */
export interface ArticleVotes {
  locale: Locale;
  articleId: string;
  votes: number;
  helpful: number;
  reasons: Record<VoteReason, number>;
  comments: number;
}

/** A row of votes summed per article, as both stores' SQL names its columns. */
export interface ArticleVotesRow {
  locale: Locale;
  article_id: string;
  votes: number;
  helpful: number;
  outdated: number;
  unclear: number;
  not_answered: number;
  other: number;
  comments: number;
}

export const toArticleVotes = (row: ArticleVotesRow): ArticleVotes => ({
  locale: row.locale,
  articleId: row.article_id,
  votes: row.votes,
  helpful: row.helpful,
  reasons: {
    outdated: row.outdated,
    unclear: row.unclear,
    'not-answered': row.not_answered,
    other: row.other,
  },
  comments: row.comments,
});

export interface VoteComment {
  createdAt: string;
  locale: Locale;
  articleId: string;
  reason: VoteReason | null;
  text: string;
}

/** How often one (scrubbed) query was asked for on one day, and how many results it had. */
export interface SearchCount {
  day: string;
  locale: Locale;
  query: string;
  count: number;
  /** Results the query found (the latest figure for that day). */
  results: number;
}

/**
 * How far the search log nginx writes (SEARCH_LOG) has been counted: the file (device and
 * inode) and the byte offset after the last line counted.
 */
export interface SearchLogCursor {
  file: string;
  offset: number;
}

export interface QueryCount {
  query: string;
  count: number;
  results: number;
}

/** How often each query was asked for, per day and language (the staff searches page). */
export interface SearchCounts {
  /**
   * Adds counts to the stored ones (same day, locale and query add up); with a cursor, saves
   * it in the same transaction, so that a line of the search log is counted exactly once.
   */
  add(counts: readonly SearchCount[], cursor?: SearchLogCursor): Promise<void>;
  /** The cursor saved with the last counts read from the search log, if any. */
  cursor(): Promise<SearchLogCursor | undefined>;
  /** The most frequent queries of one language; `withoutResults` keeps those that found nothing. */
  top(
    period: Period,
    locale: Locale,
    options: { withoutResults: boolean; limit: number },
  ): Promise<QueryCount[]>;
  /** Searches in the period and how many of them found nothing. */
  totals(period: Period): Promise<{ searches: number; withoutResults: number }>;
  /** Every stored count in the period, by day, locale and query (CSV export). */
  all(period: Period): AsyncIterable<SearchCount>;
}

/**
 * Where votes and search counts live, beside the survey responses: SQLite in DATA_DIR for
 * one instance, PostgreSQL when DATABASE_URL is set. Routes only see this interface.
 */
export interface FeedbackStore {
  /** Stores one vote in its own transaction; resolves only after it is committed. */
  saveVote(vote: Vote): Promise<void>;
  /** Per article and language, every article with at least one vote in the period. */
  articleVotes(period: Period): Promise<ArticleVotes[]>;
  /** Vote comments, newest first; `articleId`/`locale` narrow them to one article. */
  voteComments(
    period: Period,
    filter: { locale?: Locale; articleId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: VoteComment[] }>;
  /** Every vote in the period, oldest first (CSV export). */
  votes(period: Period): AsyncIterable<Vote>;

  /** The daily search counts, kept in the same database. */
  readonly searches: SearchCounts;

  /** Deletes votes and search counts from before this day (YYYY-MM-DD, UTC). */
  deleteBefore(day: string): Promise<{ votes: number; searchCounts: number }>;
  close(): Promise<void>;
}
