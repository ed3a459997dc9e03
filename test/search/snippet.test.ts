import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/search/snippet.js';

const marking = (...words: string[]) => new Set(words);

describe('snippets', () => {
  it('marks words by their folded form, keeping what was written', () => {
    expect(
      buildSnippet('L’Œuvre de l’ÉLÈVE, Straße 5.', marking('oeuvre', 'eleve', 'strasse')),
    ).toBe('L’<mark>Œuvre</mark> de l’<mark>ÉLÈVE</mark>, <mark>Straße</mark> 5.');
  });

  it('marks only the folded word inside text that folds to several words or drops characters', () => {
    expect(buildSnippet('Europass™ and ™Brand', marking('europass', 'brand'))).toBe(
      '<mark>Europass</mark>™ and ™<mark>Brand</mark>',
    );
  });

  it('escapes the text: the only markup is its own <mark>', () => {
    expect(buildSnippet('<b>code</b> & "pin"', marking('code', 'pin'))).toBe(
      '&lt;b&gt;<mark>code</mark>&lt;/b&gt; &amp; &quot;<mark>pin</mark>&quot;',
    );
  });

  it('shows the densest cluster of matches, cut at spaces', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `${filler}one key here ${filler}key and key and key ${filler}`;
    const html = buildSnippet(text, marking('key'));
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html.match(/<mark>key<\/mark>/g)).toHaveLength(3);
  });

  it('keeps the no-break spaces of French text, so « » and ; : ! ? never start a line', () => {
    const text = 'Choisissez\u00a0« Mot de passe oublié\u00a0»\u00a0: un\ncode\u202f!';
    expect(buildSnippet(text, marking('code'))).toBe(
      'Choisissez\u00a0« Mot de passe oublié\u00a0»\u00a0: un <mark>code</mark>\u202f!',
    );
  });

  it('starts at the beginning when nothing matches', () => {
    expect(buildSnippet('Short answer.', marking('absent'))).toBe('Short answer.');
  });
});
