import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/survey/validation.js';

const topics = ['eu-login', 'europass-templates', 'help-information'];

const form = (changes: Record<string, unknown> = {}) => ({
  satisfaction: '3',
  found: 'no',
  topic: 'help-information',
  ease: '2',
  improve: 'Shorter articles',
  ...changes,
});

const errorsOf = (body: unknown) => validateAnswers(body, topics).errors;

describe('validating survey answers', () => {
  it('accepts a complete form and returns its answers', () => {
    expect(validateAnswers(form(), topics)).toEqual({
      answers: {
        satisfaction: '3',
        found: 'no',
        topic: 'help-information',
        ease: '2',
        improve: 'Shorter articles',
      },
      values: {
        satisfaction: '3',
        found: 'no',
        topic: 'help-information',
        ease: '2',
        improve: 'Shorter articles',
      },
      errors: [],
    });
  });

  it('accepts every offered value of each question, and "other" as a topic', () => {
    for (const value of ['1', '2', '3', '4', '5']) {
      expect(errorsOf(form({ satisfaction: value, ease: value }))).toEqual([]);
    }
    for (const found of ['yes', 'partly', 'no']) expect(errorsOf(form({ found }))).toEqual([]);
    for (const topic of [...topics, 'other']) expect(errorsOf(form({ topic }))).toEqual([]);
  });

  it('treats the comment as optional: missing, empty or blank is no comment', () => {
    for (const improve of [undefined, '', '   \r\n\t ']) {
      const result = validateAnswers(form({ improve }), topics);
      expect(result.errors).toEqual([]);
      expect(result.answers?.improve).toBeNull();
    }
  });

  it('reports each missing required answer as "required", in question order', () => {
    expect(errorsOf({})).toEqual([
      { question: 'satisfaction', code: 'required' },
      { question: 'found', code: 'required' },
      { question: 'topic', code: 'required' },
      { question: 'ease', code: 'required' },
    ]);
    expect(errorsOf(form({ found: '' }))).toEqual([{ question: 'found', code: 'required' }]);
  });

  it('reports a value that is not one of the options as "invalid"', () => {
    expect(errorsOf(form({ satisfaction: '6' }))).toEqual([
      { question: 'satisfaction', code: 'invalid' },
    ]);
    expect(errorsOf(form({ ease: '0', topic: 'nope', found: 'YES' }))).toEqual([
      { question: 'found', code: 'invalid' },
      { question: 'topic', code: 'invalid' },
      { question: 'ease', code: 'invalid' },
    ]);
    expect(errorsOf(form({ satisfaction: ' 4' }))).toEqual([
      { question: 'satisfaction', code: 'invalid' },
    ]);
  });

  it('only offers the topics it is given', () => {
    expect(validateAnswers(form({ topic: 'eu-login' }), ['europass-templates']).errors).toEqual([
      { question: 'topic', code: 'invalid' },
    ]);
  });

  it('refuses a question answered twice as "repeated", keeping the first value to show', () => {
    const result = validateAnswers(form({ found: ['yes', 'no'], improve: ['a', 'b'] }), topics);
    expect(result.errors).toEqual([
      { question: 'found', code: 'repeated' },
      { question: 'improve', code: 'repeated' },
    ]);
    expect(result.answers).toBeUndefined();
    expect(result.values.found).toBe('yes');
    expect(result.values.improve).toBe('a');
  });

  it('refuses values that are not text as "invalid"', () => {
    expect(errorsOf(form({ satisfaction: 4, improve: { text: 'x' } }))).toEqual([
      { question: 'satisfaction', code: 'invalid' },
      { question: 'improve', code: 'invalid' },
    ]);
  });

  it('accepts a comment of 2,000 characters and refuses 2,001 as "tooLong"', () => {
    expect(validateAnswers(form({ improve: 'a'.repeat(2000) }), topics).answers?.improve).toBe(
      'a'.repeat(2000),
    );
    expect(errorsOf(form({ improve: 'a'.repeat(2001) }))).toEqual([
      { question: 'improve', code: 'tooLong' },
    ]);
  });

  it('counts CRLF and CR line breaks as one character and stores them as LF', () => {
    const crlf = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
    expect(validateAnswers(form({ improve: crlf }), topics).answers?.improve).toBe(
      `${'a'.repeat(999)}\n${'b'.repeat(1000)}`,
    );
    expect(
      validateAnswers(form({ improve: `${'a'.repeat(999)}\r${'b'.repeat(1000)}` }), topics).errors,
    ).toEqual([]);
    expect(errorsOf(form({ improve: `${'a'.repeat(1000)}\r\n${'b'.repeat(1000)}` }))).toEqual([
      { question: 'improve', code: 'tooLong' },
    ]);
  });

  it('counts characters, not UTF-16 units, so 2,000 emoji or accented letters fit', () => {
    expect(errorsOf(form({ improve: '😀'.repeat(2000) }))).toEqual([]);
    expect(errorsOf(form({ improve: 'é'.repeat(2000) }))).toEqual([]);
    expect(errorsOf(form({ improve: '😀'.repeat(2001) }))).toEqual([
      { question: 'improve', code: 'tooLong' },
    ]);
  });

  it('does not count the spaces around a comment, and stores it trimmed', () => {
    const padded = `  \n${'a'.repeat(2000)}\n  `;
    expect(validateAnswers(form({ improve: padded }), topics).answers?.improve).toBe(
      'a'.repeat(2000),
    );
  });

  it('gives back what was sent, untrimmed, so the form shows it unchanged', () => {
    const improve = '  <b>bold</b>\r\nnext line  ';
    const result = validateAnswers(form({ satisfaction: '9', improve }), topics);
    expect(result.values).toEqual({
      satisfaction: '9',
      found: 'no',
      topic: 'help-information',
      ease: '2',
      improve,
    });
  });

  it('ignores fields it does not know', () => {
    const result = validateAnswers(form({ extra: '1', website: '', _csrf: 'token' }), topics);
    expect(result.errors).toEqual([]);
    expect(Object.keys(result.answers ?? {})).toEqual([
      'satisfaction',
      'found',
      'topic',
      'ease',
      'improve',
    ]);
  });

  it('treats a body that is not an object as an empty form', () => {
    for (const body of [undefined, null, 'satisfaction=5', 42]) {
      expect(errorsOf(body).map((e) => e.code)).toEqual([
        'required',
        'required',
        'required',
        'required',
      ]);
    }
  });
});
