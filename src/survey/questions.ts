/**
 * The survey, as data: this one list drives the form, the validation, what is stored and the
 * results page. Wording lives in the locale files under survey.questions.<id>.
 */
import type { Locale } from '../i18n/locales.js';

export type QuestionKind = 'scale' | 'choice' | 'text';

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  required: boolean;
  /** Allowed answers; topic answers depend on the categories of the content. */
  options: (topics: readonly string[]) => readonly string[];
  /** Text answers only: the longest answer accepted, in characters. */
  maxLength?: number;
}

export type QuestionId = 'satisfaction' | 'found' | 'topic' | 'ease' | 'improve';

const scale = () => ['1', '2', '3', '4', '5'] as const;
export const otherTopic = 'other';
export const improveMaxLength = 2000;

export const questions: readonly Question[] = [
  { id: 'satisfaction', kind: 'scale', required: true, options: scale },
  { id: 'found', kind: 'choice', required: true, options: () => ['yes', 'partly', 'no'] },
  { id: 'topic', kind: 'choice', required: true, options: (topics) => [...topics, otherTopic] },
  { id: 'ease', kind: 'scale', required: true, options: scale },
  { id: 'improve', kind: 'text', required: false, options: () => [], maxLength: improveMaxLength },
];

/** The closed questions: the ones the results page charts. */
export const closedQuestions = questions.filter((q) => q.kind !== 'text');

export type Answers = Record<QuestionId, string | null>;

/** One stored response: no IP address, user agent or anything else about the person. */
export interface SurveyResponse {
  submissionId: string;
  locale: Locale;
  /** UTC, ISO 8601. */
  createdAt: string;
  answers: Answers;
  /** The help-centre page the visitor came from (a path of this site), if known. */
  fromPath: string | null;
}
