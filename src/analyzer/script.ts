import OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;
const perChar = new Map<string, string>();

function toSimplified(text: string): string {
  // Taiwan standard as the source: it also maps the common 著→着 (`隨著`→`随着`), which plain OpenCC `t` keeps.
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/**
 * Share of Han characters that change under traditional→simplified
 * conversion. Simplified text scores ~0; traditional text well above 0.05.
 */
export function traditionalShare(text: string): number {
  const sample = text.slice(0, 20000);
  const converted = toSimplified(sample);
  if (converted.length !== sample.length) return 1;
  let han = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    if (converted[i] !== sample[i]) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/** Whether a text is written in traditional characters (繁体). */
export function isTraditional(text: string): boolean {
  return traditionalShare(text) > 0.03;
}

/**
 * A simplified-character view of `text` with exactly the same length and
 * offsets, so rules can match simplified patterns while the site keeps the
 * source's own characters. Falls back to per-character conversion where a
 * phrase conversion would change the length.
 */
export function simplifiedView(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    let mapped = perChar.get(ch);
    if (mapped === undefined) {
      const c = toSimplified(ch);
      mapped = c.length === ch.length ? c : ch;
      perChar.set(ch, mapped);
    }
    out += mapped;
  }
  return out;
}
