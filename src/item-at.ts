/**
 * `items[i]` where the caller has checked that `i` is in range (a loop bound, a binary
 * search, a regular expression's group). The compiler cannot see that check; this states it,
 * and a broken one fails here, naming the index, instead of passing `undefined` along.
 */
export function itemAt<T>(items: ArrayLike<T>, i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`no item at ${i} of ${items.length}`);
  return item;
}
