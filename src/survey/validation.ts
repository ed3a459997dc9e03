import { z } from 'zod';
import { questions, type Answers, type Question, type QuestionId } from './questions.js';

export type AnswerError = 'required' | 'invalid' | 'repeated' | 'tooLong';

export interface ValidationResult {
  /** The valid answers, when there is no error. */
  answers: Answers | undefined;
  /** What the visitor sent for each question, to show the form again unchanged. */
  values: Record<QuestionId, string>;
  errors: { question: QuestionId; code: AnswerError }[];
}

/** Windows and old Macs send line breaks as \r\n or \r; count each as one character. */
export const normalizeText = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value;
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
/** Length as visitors count it (and as public/js/survey.js shows it): code points. */
export const characters = (text: string) => Array.from(text).length;

function answerSchema(question: Question, topics: readonly string[]) {
  const text = z.string({
    error: (issue) =>
      issue.input === undefined ? 'required' : Array.isArray(issue.input) ? 'repeated' : 'invalid',
  });
  if (question.kind === 'text') {
    const max = question.maxLength ?? Infinity;
    const limited = text.refine((v) => characters(v) <= max, 'tooLong');
    return z.preprocess(
      (v) => emptyToUndefined(normalizeText(v)),
      question.required ? limited : limited.optional(),
    );
  }
  const allowed = question.options(topics);
  const choice = text.refine((v) => allowed.includes(v), 'invalid');
  return z.preprocess(emptyToUndefined, question.required ? choice : choice.optional());
}

/**
 * Checks a posted form against the question definitions: only the allowed values, lengths
 * enforced, repeated fields refused, unknown fields ignored (the object schema strips them).
 */
export function validateAnswers(body: unknown, topics: readonly string[]): ValidationResult {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const schema = z.object(
    Object.fromEntries(questions.map((q) => [q.id, answerSchema(q, topics)])) as Record<
      QuestionId,
      ReturnType<typeof answerSchema>
    >,
  );
  const values = Object.fromEntries(
    questions.map((q): [QuestionId, string] => {
      const raw = form[q.id];
      const first: unknown = Array.isArray(raw) ? raw[0] : raw;
      return [q.id, typeof first === 'string' ? first : ''];
    }),
  ) as Record<QuestionId, string>;
  const result = schema.safeParse(form);
  if (result.success) {
    const answers = Object.fromEntries(
      questions.map((q) => [q.id, result.data[q.id] ?? null]),
    ) as Answers;
    return { answers, values, errors: [] };
  }
  const errors = questions.flatMap((q) => {
    const issue = result.error.issues.find((i) => i.path[0] === q.id);
    return issue ? [{ question: q.id, code: issue.message as AnswerError }] : [];
  });
  return { answers: undefined, values, errors };
}
