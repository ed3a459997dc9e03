import path from 'node:path';

export interface ContentProblem {
  file: string;
  message: string;
}

/** Thrown at load time when content is invalid; lists every problem with its file. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[], root: string) {
    const lines = problems.map((p) => `  ${path.relative(root, p.file) || p.file}: ${p.message}`);
    super(`Content is invalid (${problems.length} problem(s)):\n${lines.join('\n')}`);
    this.problems = problems;
  }
}
