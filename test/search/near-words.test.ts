import { describe, expect, it } from 'vitest';
import { NearWords, withinEdits } from '../../src/search/near-words.js';

describe('edit distance for typos', () => {
  it.each([
    ['password', 'pasword', 1],
    ['password', 'passwrod', 1],
    ['password', 'passwordd', 1],
    ['password', 'passwerd', 1],
    ['authentication', 'autentication', 1],
    ['authentication', 'authentcaiton', 2],
    ['telecharger', 'telechrgr', 2],
  ])('%s and %s are %i edit(s) apart', (a, b, edits) => {
    expect(withinEdits(a, b, edits)).toBe(true);
    expect(withinEdits(b, a, edits)).toBe(true);
    expect(withinEdits(a, b, edits - 1)).toBe(false);
  });

  it('finds the words of the content within reach, of any nearby length', () => {
    const near = new NearWords(['password', 'passwords', 'passport', 'word', 'sword']);
    expect(near.find('pasword', 1).sort()).toEqual(['password']);
    expect(near.find('pasword', 2).sort()).toEqual(['password', 'passwords', 'sword']);
    expect(near.find('pasport', 2)).toEqual(['passport']);
    expect(near.find('wrod', 1)).toEqual(['word']);
  });
});
