import type { Category } from '../../content/model.js';
import type { Translate } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locales.js';
import { closedQuestions, type QuestionId } from '../../survey/questions.js';
import type { Comment, SurveySummary } from '../../survey/store.js';
import { answerLabel } from './survey-form.js';
import { formatDateTime, formatDecimal, formatNumber, formatPercent } from '../../i18n/format.js';

export interface AnswerRow {
  value: string;
  label: string;
  count: number;
  countText: string;
  /** Share of all responses in the filter, 0–100 (the chart's bar length). */
  share: number;
  shareText: string;
}

export interface QuestionResults {
  id: QuestionId;
  /** The question as the survey asks it, in the staff member's language. */
  text: string;
  rows: AnswerRow[];
  /** Scale questions: the mean answer, already formatted ("3.8"), or undefined. */
  average?: string;
  scaleMax?: string;
}

export interface CommentView {
  text: string;
  locale: Locale;
  dateTime: string;
  dateText: string;
}

function mean(rows: AnswerRow[]): number | undefined {
  const answered = rows.filter((r) => /^\d+$/.test(r.value));
  const count = answered.reduce((sum, r) => sum + r.count, 0);
  if (count === 0) return undefined;
  return answered.reduce((sum, r) => sum + Number(r.value) * r.count, 0) / count;
}

/**
 * One entry per closed question, one row per answer the survey offers (in its order), with
 * counts and shares of the responses in the filter. The definitions drive it, so a new
 * question or option shows here without touching this file.
 */
export function questionResults(
  t: Translate,
  locale: Locale,
  topics: readonly Category[],
  summary: SurveySummary,
): QuestionResults[] {
  return closedQuestions.map((question) => {
    const counts = summary.counts[question.id] ?? {};
    const offered = question.options(topics.map((c) => c.id));
    // Answers stored but no longer offered (a topic since removed) still count: list them last.
    const values = [...offered, ...Object.keys(counts).filter((v) => !offered.includes(v))];
    const rows = values.map((value): AnswerRow => {
      const count = counts[value] ?? 0;
      const share = summary.total ? count / summary.total : 0;
      return {
        value,
        label: answerLabel(t, topics, question.id, value),
        count,
        countText: formatNumber(count, locale),
        share: share * 100,
        shareText: formatPercent(share, locale),
      };
    });
    const average = question.kind === 'scale' ? mean(rows) : undefined;
    return {
      id: question.id,
      text: t(`survey.questions.${question.id}.legend`),
      rows,
      average: average === undefined ? undefined : formatDecimal(average, locale),
      scaleMax: question.kind === 'scale' ? offered[offered.length - 1] : undefined,
    };
  });
}

export function commentViews(items: readonly Comment[], locale: Locale): CommentView[] {
  return items.map((item) => ({
    text: item.text,
    locale: item.locale,
    dateTime: item.createdAt,
    dateText: formatDateTime(item.createdAt, locale),
  }));
}
