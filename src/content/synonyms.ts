import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import type { ContentProblem } from './errors.js';

/** The editable synonym list: `content/synonyms.md`, read by the search (README, "Writing content"). */
export const synonymsFile = 'synonyms.md';

const synonymsFrontMatter = z
  .object({
    groups: z.array(
      z
        .array(z.string().trim().min(1, 'must not be empty'))
        .min(2, 'needs at least two terms')
        // Search adds a group's one-word terms to a query that holds any of its terms (see
        // src/search/synonyms.ts): a group of phrases only would never change a result.
        .refine((terms) => terms.some((term) => /^[\p{L}\p{N}]+$/u.test(term)), {
          message: 'needs at least one term of a single word (such as an acronym)',
        }),
    ),
  })
  .strict();

const refuseEngine = () => {
  throw new Error('only YAML front matter is allowed');
};

/**
 * The synonym groups (terms in either language that mean the same), or none when the file
 * does not exist. A malformed file is a content problem: the site does not start with it, and
 * `npm run content:check` names it. Returns the file's text too, for the content version.
 */
export function readSynonyms(
  root: string,
  problems: ContentProblem[],
): { groups: string[][]; raw: string } {
  const file = path.join(root, synonymsFile);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return { groups: [], raw: '' };
  }
  try {
    const parsed = matter(raw, { engines: { js: refuseEngine, javascript: refuseEngine } });
    const result = synonymsFrontMatter.safeParse(parsed.data);
    if (result.success) return { groups: result.data.groups, raw };
    const details = result.error.issues.map((i) => `${i.path.join('.') || 'front matter'} ${i.message}`);
    problems.push({ file, message: `invalid synonyms: ${details.join('; ')}` });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    problems.push({ file, message: `malformed front matter: ${reason}` });
  }
  return { groups: [], raw };
}
