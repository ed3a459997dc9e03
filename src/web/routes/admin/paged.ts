/** One page of a list the store pages itself, with where it sits among the others. */
export interface Paged<T> {
  total: number;
  items: T[];
  /** The page shown: the one asked for, or the last one when that is past the end. */
  page: number;
  pageCount: number;
  /** Position of the first item shown, from 1. */
  first: number;
}

/** Fetches page `page` of `perPage` items; a page number past the end shows the last page. */
export async function pageOrLast<T>(
  fetch: (range: { offset: number; limit: number }) => Promise<{ total: number; items: T[] }>,
  page: number,
  perPage: number,
): Promise<Paged<T>> {
  const at = async (n: number) => ({
    ...(await fetch({ offset: (n - 1) * perPage, limit: perPage })),
    page: n,
    first: (n - 1) * perPage + 1,
  });
  const asked = await at(page);
  const pageCount = Math.max(1, Math.ceil(asked.total / perPage));
  return { ...(page > pageCount ? await at(pageCount) : asked), pageCount };
}
