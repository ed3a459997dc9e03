import lunr from 'lunr';
import type { SearchDocument } from './documents.js';
import { fold } from './fold.js';
import type { SearchLanguage } from './language.js';

/** Title and keywords decide relevance far more than a word deep in an answer. */
export const fieldBoosts = { title: 10, keywords: 8, category: 2, body: 1 } as const;

export function buildIndex(docs: readonly SearchDocument[], language: SearchLanguage): lunr.Index {
  return lunr(function () {
    language.configure(this);
    this.ref('id');
    for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost });
    // Positions are not needed: snippets are found in the display text (snippet.ts).
    this.metadataWhitelist = [];
    for (const doc of docs) {
      this.add({
        id: doc.id,
        title: fold(doc.title),
        keywords: fold(doc.keywords.join(' ')),
        category: fold(doc.category),
        body: fold(doc.text),
      });
    }
  });
}
