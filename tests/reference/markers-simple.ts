// The marker search as first written (a boundary lookbehind first in each pattern): the oracle for tests/analyzer/source/markers.test.ts.
import type { Marker, MarkerFamily } from '../../src/analyzer/types.ts';
import { chineseNumber } from '../../src/analyzer/text/numerals.ts';
import { firstClaims, MARKER_PATTERNS } from '../../src/analyzer/source/outline/markers.ts';
const NUM = '[一二三四五六七八九十]{1,3}';
/** Sentence-level boundary before a marker: start of line or terminal punctuation. */
const BOUNDARY = String.raw`(?<=^|[\n。！？!?；;：:.．”」』）)\]】]\s*)`;
/** Inline markers may also follow a comma. */
const SOFT_BOUNDARY = String.raw`(?<=^|[\n。！？!?；;：:.．，,、”」』）)]\s*)`;

interface Pattern {
  family: MarkerFamily;
  regex: RegExp;
  ordinal: (m: RegExpExecArray) => number;
  label?: (m: RegExpExecArray) => string;
}

const PATTERNS: Pattern[] = [
  {
    family: 'labelled',
    regex: new RegExp(
      String.raw`(?<=^|\n)[ \t\u3000]*((?:整改)?措施|问题|原因|对策|建议)(${NUM}|\d{1,2})?\s*[:：]`,
      'g',
    ),
    ordinal: (m) => (m[2] ? chineseNumber(m[2]) : 0),
    label: (m) => m[1],
  },
  {
    family: 'cn-numeral',
    regex: new RegExp(`${BOUNDARY}(${NUM})\\s*[、，,.．](?=\\s*(?:[\\p{Script=Han}“"‘（(《]|[*＊]{2,}))`, 'gu'),
    ordinal: (m) => chineseNumber(m[1]),
  },
  {
    family: 'cn-paren',
    regex: new RegExp(`[（(〔]\\s*(${NUM})\\s*[）)〕]`, 'g'),
    ordinal: (m) => chineseNumber(m[1]),
  },
  {
    family: 'arabic',
    regex: new RegExp(
      `${BOUNDARY}(?<![\\d.])(\\d{1,2})\\s*[.．、](?![\\d])(?=\\s*(?:[\\p{Script=Han}“"‘（(《]|[*＊]{2,}))`,
      'gu',
    ),
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'arabic-paren',
    regex: /[（(]\s*(\d{1,2})\s*[）)](?=\s*[\p{Script=Han}“"‘])/gu,
    ordinal: (m) => Number(m[1]),
  },
  {
    family: 'circled',
    regex: /[①-⑳]/g,
    ordinal: (m) => m[0].charCodeAt(0) - 0x2460 + 1,
  },
  {
    family: 'inline',
    regex: new RegExp(
      `${SOFT_BOUNDARY}(?:(${NUM})[是要]|第(${NUM})(?=[，,、：:是])是?|(首先|其次|再次|再者|最后)(?:是(?=\\p{Script=Han}))?(?=[，,、：:]|\\p{Script=Han})|其(${NUM})(?=[，,、：:]))`,
      'gu',
    ),
    ordinal: (m) => {
      if (m[1]) return chineseNumber(m[1]);
      if (m[2]) return chineseNumber(m[2]);
      if (m[4]) return chineseNumber(m[4]);
      return { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: 99 }[m[3] as '首先'] ?? 0;
    },
  },
];

/**
 * Every place in `view` that is written like an outline marker. Whether one
 * really opens a section is decided later, by whether its list advances.
 */
export function simpleFindMarkers(view: string): Marker[] {
  const found: Marker[] = [];
  for (const p of PATTERNS) {
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(view); m; m = p.regex.exec(view)) {
      const ordinal = p.ordinal(m);
      if (ordinal === 0 && p.family !== 'labelled') continue;
      const lead = m[0].length - m[0].trimStart().length;
      const marker: Marker = {
        family: p.family,
        ordinal,
        text: m[0].trim(),
        start: m.index + lead,
        end: m.index + m[0].length,
      };
      if (p.label) marker.label = p.label(m);
      found.push(marker);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // A position claimed by a longer marker (`问题一:`) is not also another marker.
  const out: Marker[] = [];
  let end = -1;
  for (const m of found) {
    if (m.start < end) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}

/**
 * Every place in `view` written like an outline marker, by every pattern of
 * the module at once: the reference its heading-only and inline-only
 * searches are tested against.
 */
export function findMarkers(view: string): Marker[] {
  return firstClaims(MARKER_PATTERNS, view);
}
