/** Arrays this short are sorted by insertion. */
const SMALL = 16;

/**
 * Sorts `items` in place and returns it, exactly as `items.sort(compare)`
 * would (a stable sort: equal items keep their order). Short arrays — most
 * of the many sorted per item and per pair — are sorted by insertion, which
 * allocates nothing, where the built-in sort copies the array first.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i;
    while (j > 0 && compare(items[j - 1], item) > 0) {
      items[j] = items[j - 1];
      j--;
    }
    items[j] = item;
  }
  return items;
}
