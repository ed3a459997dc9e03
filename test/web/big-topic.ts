import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { realContentDir } from '../support/app.js';

// A topic far bigger than the real ones, beside them, for the category paging tests:
// 240 questions in English (10 pages of 25) and 60 in French (3 pages), with the same ids.

export const bigTopic = {
  en: { path: '/en/big-topic', count: 240 },
  fr: { path: '/fr/grand-theme', count: 60 },
} as const;

export const pad = (n: number) => String(n).padStart(3, '0');

/** Relative path → file text of the big topic, in the content format. */
export function bigTopicFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'en/categories/big-topic.md':
      '---\nid: big-topic\ntitle: Big topic\ndescription: A topic with many questions.\norder: 9\n---\n\nThe introduction of the big topic.\n',
    'fr/categories/grand-theme.md':
      '---\nid: big-topic\ntitle: Grand thème\ndescription: Un thème aux nombreuses questions.\norder: 9\n---\n\nL’introduction du grand thème.\n',
  };
  const article = (title: string, n: number, body: string) =>
    `---\nid: big-question-${pad(n)}\ntitle: ${title} ${n}\ncategory: big-topic\norder: ${n}\nupdated: 2026-01-15\n---\n\n${body} ${n}.\n`;
  for (let n = 1; n <= bigTopic.en.count; n++) {
    files[`en/articles/big/question-${pad(n)}.md`] = article('Big question', n, 'Answer');
  }
  for (let n = 1; n <= bigTopic.fr.count; n++) {
    files[`fr/articles/grand/question-${pad(n)}.md`] = article('Grande question', n, 'Réponse');
  }
  return files;
}

/**
 * A copy of the real content with the big topic added, made at once (a browser test's server
 * settings are fixed when its file is loaded); `cleanup` removes it.
 */
export function realContentWithBigTopic(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'help-centre-big-topic-'));
  cpSync(realContentDir, dir, { recursive: true });
  for (const [relative, text] of Object.entries(bigTopicFiles())) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
