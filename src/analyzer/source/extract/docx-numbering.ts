/**
 * Word's automatic numbering rebuilt as text. Word keeps `一、` `（一）` `1.`
 * in `numbering.xml` (a level's format and pattern, `%1、`), not in the
 * paragraph; without them the outline of the article is lost.
 * See ECMA-376 Part 1, §17.9 (numbering) and §17.18.59 (ST_NumberFormat).
 */
import { child, childrenNamed, parseXml, val } from './xml.ts';

interface Level {
  start: number;
  format: string;
  pattern: string;
  /** What follows the number: `tab`, `space` or `nothing`. */
  suffix: string;
}

interface Num {
  levels: Level[];
  /** Numbers that restart their levels count apart; the others share their abstract definition's counters. */
  counterKey: string;
}

/** Counts numbered paragraphs in document order and gives each its number as text. */
export class Numbering {
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    const doc = parseXml(xml);
    const abstract = new Map<string, Level[]>();
    for (const a of [...doc.getElementsByTagName('w:abstractNum')]) {
      abstract.set(a.getAttribute('w:abstractNumId') ?? '', readLevels(a));
    }
    for (const n of [...doc.getElementsByTagName('w:num')]) {
      const abstractId = val(n, 'w:abstractNumId') ?? '';
      const levels = [...(abstract.get(abstractId) ?? [])];
      let restarts = false;
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const i = Number(o.getAttribute('w:ilvl'));
        const lvl = child(o, 'w:lvl');
        if (lvl) levels[i] = readLevel(lvl);
        const start = val(o, 'w:startOverride');
        if (start !== undefined && levels[i]) levels[i] = { ...levels[i], start: Number(start) };
        restarts = true;
      }
      const id = n.getAttribute('w:numId') ?? '';
      this.nums.set(id, { levels, counterKey: restarts ? `num ${id}` : `abstract ${abstractId}` });
    }
  }

  /** The number text of the next paragraph numbered `numId` at `level`, with its suffix; '' when none. */
  next(numId: string, level: number): string {
    const num = this.nums.get(numId);
    const own = num?.levels[level];
    if (!num || !own) return '';
    const counts = this.counters.get(num.counterKey) ?? [];
    this.counters.set(num.counterKey, counts);
    counts[level] = counts[level] === undefined ? own.start : counts[level]! + 1;
    counts.length = level + 1; // deeper levels start again
    const text = own.pattern.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      const lvl = num.levels[i];
      return lvl ? formatNumber(counts[i] ?? lvl.start, lvl.format) : '';
    });
    const shown = own.format === 'bullet' ? (BULLETS[text] ?? text) : text;
    return shown + suffix(shown, own.suffix);
  }
}

/**
 * What follows the number. Word's default is a tab, which only aligns the
 * text: after full-width punctuation (`一、`, `（一）`) nothing, else a space.
 */
function suffix(number: string, kind: string): string {
  if (number === '' || kind === 'nothing') return '';
  if (kind === 'space') return ' ';
  return /[、，．）】」』]$/.test(number) ? '' : ' ';
}

/** Bullets drawn from symbol fonts (private-use code points in Symbol and Wingdings) as the characters they show. */
const BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf06c': '●',
  '\uf0a7': '▪',
  '\uf0d8': '▲',
  '\uf076': '◆',
  '\uf06e': '■',
};

function readLevels(abstractNum: Element): Level[] {
  const levels: Level[] = [];
  for (const lvl of childrenNamed(abstractNum, 'w:lvl')) levels[Number(lvl.getAttribute('w:ilvl'))] = readLevel(lvl);
  return levels;
}

function readLevel(lvl: Element): Level {
  return {
    start: Number(val(lvl, 'w:start') ?? 1),
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    pattern: val(lvl, 'w:lvlText') ?? '',
    suffix: val(lvl, 'w:suff') ?? 'tab',
  };
}

const DIGITS = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** `n` in one of Word's number formats; formats not listed fall back to Arabic digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n > 0 && n < 1000 ? chineseCounting(n, DIGITS) : String(n);
    case 'chineseLegalSimplified':
      return n > 0 && n < 1000 ? chineseCounting(n, LEGAL).replace(/十/g, '拾').replace(/百/g, '佰') : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman':
      return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (as Word counts). */
function chineseCounting(n: number, digits: string): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${digits[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : digits[tens]}十`;
  else if (hundreds && ones) out += digits[0];
  if (ones) out += digits[ones];
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}
