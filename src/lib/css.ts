/**
 * A CSS string literal (with its quotes) for any text, safe inside a `<style>` element: quotes, backslashes,
 * line breaks, control characters and every ASCII punctuation character (so `</style>` cannot close the element)
 * are written as hex escapes.
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const plain = /[\p{L}\p{N} ]/u.test(ch) || (code > 0x7f && !/[\p{C}\p{Zl}\p{Zp}]/u.test(ch));
    out += plain ? ch : `\\${code.toString(16)} `;
  }
  return `"${out}"`;
}
