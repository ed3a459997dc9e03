import { voteCommentMaxLength, voteReasons } from '../../feedback/store.js';
import type { VoteForm } from '../../feedback/vote-form.js';
import type { Translate } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locales.js';
import { formatNumber } from '../../i18n/format.js';

/** Where the "Was this helpful?" section of an article page stands. */
export type FeedbackState =
  | { kind: 'form' }
  | { kind: 'thanks' }
  /** A No whose comment was too long: the form again, open, with what was typed. */
  | { kind: 'error'; values: VoteForm['values'] };

/** The feedback section as views/partials/feedback.njk needs it, strings translated. */
export interface FeedbackView {
  thanks: boolean;
  action: string;
  articleId: string;
  /** The No part starts open (to show an error in it). */
  open: boolean;
  errorList: { text: string; href: string }[];
  /** For the radios macro (views/components/radios.njk). */
  reasons: {
    id: string;
    name: string;
    kind: 'choice';
    text: string;
    options: { value: string; label: string; checked: boolean; id: string }[];
  };
  /** For the character-count macro (views/components/character-count.njk). */
  comment: {
    id: string;
    name: string;
    text: string;
    hint: string;
    required: false;
    maxLength: number;
    value: string;
    error?: string;
  };
}

export function feedbackView(
  t: Translate,
  locale: Locale,
  articleId: string,
  state: FeedbackState,
): FeedbackView {
  const values = state.kind === 'error' ? state.values : { reason: '', comment: '' };
  const error =
    state.kind === 'error'
      ? t('feedback.errors.commentTooLong', { max: formatNumber(voteCommentMaxLength, locale) })
      : undefined;
  const comment = {
    id: 'feedback-comment',
    name: 'comment',
    text: t('feedback.commentLabel'),
    // The survey's warning, word for word: the same rule for every comment box of the site.
    hint: t('survey.questions.improve.hint'),
    required: false as const,
    maxLength: voteCommentMaxLength,
    value: values.comment,
    error,
  };
  return {
    thanks: state.kind === 'thanks',
    action: `/${locale}/feedback`,
    articleId,
    open: state.kind === 'error',
    errorList: error ? [{ text: error, href: `#${comment.id}` }] : [],
    reasons: {
      id: 'feedback-reason',
      name: 'reason',
      kind: 'choice',
      text: `${t('feedback.reasonLegend')} ${t('feedback.optional')}`,
      options: voteReasons.map((reason, i) => ({
        value: reason,
        label: t(`feedback.reasons.${reason}`),
        checked: reason === values.reason,
        id: `feedback-reason-${i + 1}`,
      })),
    },
    comment,
  };
}
