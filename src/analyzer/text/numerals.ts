const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 99 (`十二` → 12) or of Arabic digits, or 0 when it is neither. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 0) return 0;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (CN_DIGITS[text] ?? 0) : 0;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? 0);
  const unitText = text.slice(ten + 1);
  const units = unitText === '' ? 0 : (CN_DIGITS[unitText] ?? -100);
  const value = tens * 10 + units;
  return value > 0 && ten <= 1 && unitText.length <= 1 ? value : 0;
}
