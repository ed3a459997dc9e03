import { characters, normalizeText } from '../survey/validation.js';
import { voteCommentMaxLength, voteReasons, type Vote, type VoteReason } from './store.js';

/** What can be wrong with a "Was this helpful?" post once its article is known. */
export type VoteFormProblem = 'repeated' | 'helpful' | 'reason' | 'commentTooLong';

export interface VoteForm {
  /** The article id as sent ('' when missing or repeated). */
  articleId: string;
  /** The bot trap was filled in: answer as if all went well, store nothing. */
  honeypot: boolean;
  /** What the visitor sent, to show the form again unchanged. */
  values: { reason: string; comment: string };
  /** The answer, when there is no problem. */
  vote?: Pick<Vote, 'helpful' | 'reason' | 'comment'>;
  problem?: VoteFormProblem;
}

const isReason = (value: string): value is VoteReason =>
  (voteReasons as readonly string[]).includes(value);

/**
 * Reads a posted vote. A Yes is the button alone: a reason or comment typed before changing
 * one's mind is dropped, never stored. A No may carry one reason of the list and a comment of
 * at most voteCommentMaxLength characters (counted as the character count shows them).
 */
export function readVoteForm(body: unknown): VoteForm {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  // One string per field; null for a repeated field (an array) or anything else.
  const field = (name: string): string | null => {
    const value = form[name];
    if (value === undefined) return '';
    return typeof value === 'string' ? value.replace(/\0/g, '') : null;
  };
  const article = field('article');
  const helpful = field('helpful');
  const reason = field('reason');
  const comment = field('comment');
  const read = {
    articleId: article ?? '',
    honeypot: field('website') !== '',
    values: { reason: reason ?? '', comment: comment ?? '' },
  };
  if (article === null || helpful === null || reason === null || comment === null) {
    return { ...read, problem: 'repeated' };
  }
  if (helpful === 'yes') return { ...read, vote: { helpful: true, reason: null, comment: null } };
  if (helpful !== 'no') return { ...read, problem: 'helpful' };
  const chosen = reason === '' ? null : reason;
  if (chosen !== null && !isReason(chosen)) return { ...read, problem: 'reason' };
  const text = normalizeText(comment) as string;
  if (characters(text) > voteCommentMaxLength) return { ...read, problem: 'commentTooLong' };
  return { ...read, vote: { helpful: false, reason: chosen, comment: text || null } };
}
