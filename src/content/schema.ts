import { z } from 'zod';

/** YAML dates arrive as Date objects; editors may also quote them. Either way: YYYY-MM-DD. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real date'),
);

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

const text = z.string().trim().min(1, 'must not be empty');

/** Editors may write keywords as a YAML list or as one comma-separated line. */
const keywords = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',') : value),
  z.array(z.string().trim().min(1)).max(30),
);

export const categoryFrontMatter = z.strictObject({
  id,
  title: text,
  description: text,
  order: z.number().int().min(0),
});

export const articleFrontMatter = z.strictObject({
  id,
  title: text,
  category: id,
  order: z.number().int().min(0),
  keywords: keywords.optional(),
  updated: isoDate,
});

export type CategoryFrontMatter = z.infer<typeof categoryFrontMatter>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;
