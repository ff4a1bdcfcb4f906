import OpenCC from 'opencc-js/t2cn';

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The simplified view as first written: the whole text converted at once, per character where that changes the length. */
export function simpleSimplifiedView(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** The traditional share as first written: the first 20,000 characters converted at once, changed Han characters counted. */
export function simpleTraditionalShare(text: string): number {
  const sample = text.slice(0, 20000);
  const converted = convert(sample);
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
