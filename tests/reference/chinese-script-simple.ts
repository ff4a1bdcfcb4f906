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
