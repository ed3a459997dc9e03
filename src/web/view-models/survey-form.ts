import type { Category } from '../../content/model.js';
import { formatNumber } from '../../i18n/format.js';
import type { Translate } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locales.js';
import { questions, type QuestionId } from '../../survey/questions.js';
import type { ValidationResult } from '../../survey/validation.js';

export interface QuestionView {
  id: QuestionId;
  kind: 'scale' | 'choice' | 'text';
  number: number;
  /** Legend (radios) or label (text), already translated. */
  text: string;
  hint?: string;
  required: boolean;
  options: { value: string; label: string; checked: boolean; id: string }[];
  value: string;
  maxLength?: number;
  error?: string;
  /** Where the error summary links: the first radio, or the text box. */
  anchor: string;
}

/**
 * The words for one answer: a topic is a content category (titled in that locale), other
 * answers have strings under survey.questions.<id>.options. A stored value nothing names any
 * more (a topic since removed) shows as itself rather than as a missing-key path.
 */
export function answerLabel(
  t: Translate,
  topics: readonly Category[],
  question: QuestionId,
  value: string,
): string {
  const category = question === 'topic' ? topics.find((c) => c.id === value) : undefined;
  return (
    category?.title ?? t(`survey.questions.${question}.options.${value}`, { defaultValue: value })
  );
}

/** The survey as the template needs it: one definition, translated, with answers and errors. */
export function surveyFormView(
  t: Translate,
  locale: Locale,
  topics: readonly Category[],
  state: Pick<ValidationResult, 'values' | 'errors'>,
): { questions: QuestionView[]; errorList: { text: string; href: string }[] } {
  const topicIds = topics.map((c) => c.id);
  const views = questions.map((question, index): QuestionView => {
    const key = `survey.questions.${question.id}`;
    const value = state.values[question.id] ?? '';
    const options = question.options(topicIds).map((option, i) => ({
      value: option,
      label: answerLabel(t, topics, question.id, option),
      checked: option === value,
      id: `${question.id}-${i + 1}`,
    }));
    const problem = state.errors.find((e) => e.question === question.id);
    const error = problem
      ? problem.code === 'invalid' || problem.code === 'repeated'
        ? t(`survey.errors.${problem.code}`)
        : t(`${key}.errors.${problem.code}`, {
            max: question.maxLength === undefined ? '' : formatNumber(question.maxLength, locale),
          })
      : undefined;
    return {
      id: question.id,
      kind: question.kind,
      number: index + 1,
      text: t(question.kind === 'text' ? `${key}.label` : `${key}.legend`),
      hint: question.kind === 'text' ? t(`${key}.hint`) : undefined,
      required: question.required,
      options,
      value,
      maxLength: question.maxLength,
      error,
      anchor: question.kind === 'text' ? question.id : `${question.id}-1`,
    };
  });
  const errorList = views.flatMap((v) =>
    v.error ? [{ text: v.error, href: `#${v.anchor}` }] : [],
  );
  return { questions: views, errorList };
}
