/** `value` on one line, cut to `length` characters with `…` when longer (for descriptions and quotations of long passages). */
export function excerpt(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
