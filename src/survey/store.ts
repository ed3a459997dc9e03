import type { QuestionId, SurveyResponse } from './questions.js';
import type { Locale } from '../i18n/locales.js';

export interface ResponseFilter {
  locale?: Locale;
  /** Inclusive calendar days, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
}

export interface SurveySummary {
  total: number;
  /** For each closed question: answer value → number of responses. */
  counts: Partial<Record<QuestionId, Record<string, number>>>;
}

export interface Comment {
  createdAt: string;
  locale: Locale;
  text: string;
}

/**
 * Where survey responses live. Routes only see this interface, so SQLite (one instance) and
 * PostgreSQL (several instances) are interchangeable.
 */
export interface SurveyStore {
  /** Stores one response in its own transaction; resolves only after it is committed. */
  save(response: SurveyResponse): Promise<'stored' | 'duplicate'>;
  summary(filter: ResponseFilter): Promise<SurveySummary>;
  /** Free-text answers, newest first. */
  comments(
    filter: ResponseFilter,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: Comment[] }>;
  /** Every response matching the filter, oldest first (CSV export). */
  responses(filter: ResponseFilter): AsyncIterable<SurveyResponse>;
  /** A trivial query, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
