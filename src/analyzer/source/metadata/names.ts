/**
 * Telling personal names and affiliations apart in run-in front matter
 * (`…对策李文静山东省…`, `熊晓燕,苏欢`), where nothing but the words
 * themselves marks where one ends and the next begins.
 */
import { span, trimSpan } from '../../text/spans.ts';
import { CJK, isCjk } from '../../text/chars.ts';
import { compactName } from './field-text.ts';
import type { Span } from '../../types.ts';

/** Common single-character surnames (function words such as 和/及/与 left out on purpose). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利呼居揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
]);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '澹台',
];

/** Words a site puts where a name goes, or after a title, that name nobody (`作者:管理员`, `…的路径范文`). */
const NO_NAMES: ReadonlySet<string> = new Set([
  '范文',
  '管理员',
  '小编',
  '网友',
  '会员',
  '佚名',
  '匿名',
  '本站',
  '编辑',
  '作者',
]);

/** Whether a (compacted, simplified) name field names nobody (`管理员`, `佚名`). */
export function namesNobody(s: string): boolean {
  return NO_NAMES.has(s);
}

/** Two to four CJK characters, all of a name can be. */
const NAME_CHARS = new RegExp(`^[${CJK}]{2,4}$`);
/** Single CJK characters with spaces between (`毕 伟 强`): one padded name. */
const PADDED_NAME = new RegExp(`^[${CJK}](?:[ \\t\\u3000]+[${CJK}]){1,3}$`);
/** One CJK character, or up to three apart by spaces: a padded name so far, in a list of names. */
const PADDED_SO_FAR = new RegExp(`^[${CJK}](?:[ \\t\\u3000]+[${CJK}]){0,2}$`);
/** Candidate spaced names (see `findSpacedName`); global, its search position set before each use. */
const SPACED = new RegExp(`[${CJK}](?:[ \\u3000]{1,3}[${CJK}]){1,3}`, 'g');

/** Whether a (compacted, simplified) string is plausibly a Chinese personal name. */
export function isName(s: string): boolean {
  if (!NAME_CHARS.test(s) || NO_NAMES.has(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  // A single-character surname takes a given name of one or two characters: `纪念文集` is no name.
  return SURNAMES.has(s[0]) && s.length <= 3;
}

/**
 * Names listed in `[start, end)`: separated by commas, 、, semicolons or
 * spaces; single characters separated by spaces are one padded name
 * (`毕 伟 强`). Trailing note markers (`熊晓燕1`, `张三*`) are dropped.
 */
export function nameSpans(view: string, start: number, end: number): Span[] {
  const t = trimSpan(view, start, end);
  const raw = view.slice(t.start, t.end);
  if (PADDED_NAME.test(raw)) return [t];
  const out: Span[] = [];
  const re = /[^,，、;；\s]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const s = t.start + m.index;
    // A closing `等` (`任路等`: and others) names no one.
    const last = re.lastIndex >= raw.trimEnd().length;
    const e = s + m[0].replace(/[\d*＊①-⑩†‡]+$/, '').replace(last ? /(?<=.)等$/ : /$^/, '').length;
    if (e <= s) continue;
    // Single characters apart only by spaces are one padded name among others (`徐娅楠 任 路`).
    const prev = out.at(-1);
    if (
      e - s === 1 &&
      prev &&
      PADDED_SO_FAR.test(view.slice(prev.start, prev.end)) &&
      /^[ \t\u3000]+$/.test(view.slice(prev.end, s))
    )
      prev.end = e;
    else out.push(span(s, e));
  }
  return out;
}

/** Whether `[start, end)` is nothing but a list of plausible names. */
export function isNameList(view: string, start: number, end: number): boolean {
  const names = nameSpans(view, start, end);
  return names.length > 0 && names.length <= 12 && names.every((n) => isName(compactName(view.slice(n.start, n.end))));
}

/** Longest match of the spaced-name pattern: a character, then up to three times up to three spaces and a character. */
const SPACED_MAX = 1 + 3 * (3 + 1);

/**
 * A name padded with spaces between its characters (`毕 伟 强`, `王  伟`),
 * searched from `from`; two-character names need a wide gap, since a single
 * space between two characters is as often a typesetting accident.
 */
export function findSpacedName(view: string, from: number, to: number): Span | null {
  const re = SPACED;
  // A match starting before `to` reads no further than `SPACED_MAX` characters on, so the
  // search stops there instead of running on through the rest of the article.
  const scope = view.length <= to + SPACED_MAX ? view : view.slice(0, to + SPACED_MAX);
  re.lastIndex = from;
  for (let m = re.exec(scope); m && m.index < to; m = re.exec(scope)) {
    const s = m.index;
    const e = s + m[0].length;
    if (/[ \u3000]/.test(view[s - 1] ?? '') && isCjk(view[s - 2])) continue;
    if (/[ \u3000]/.test(view[e] ?? '') && isCjk(view[e + 1])) continue;
    const chars = m[0].replace(/\s+/g, '');
    if (chars.length === 2 && !/[ \u3000]{2}|\u3000/.test(m[0])) continue;
    if (isName(chars)) return span(s, e);
  }
  return null;
}

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '中共',
  '中国',
  '中央',
  '国家',
];
const INSTITUTION =
  '(?:大学|学院|学校|党校|办事处|委员会|研究院|研究所|研究中心|中心|公司|集团|街道|社区|局|厅|部|处|院|所|党委|党工委|政府|医院|银行|报社|出版社)';

/** Tests of how strongly a string looks like an affiliation, strongest first. */
const AFFILIATION_TESTS: ((s: string) => boolean)[] = [
  (s) => PROVINCES.some((p) => s.startsWith(p)),
  (s) => new RegExp(`^[${CJK}]{1,4}(?:省|市|县|区|州|盟|旗|镇|乡)`).test(s),
  (s) => new RegExp(`${INSTITUTION}(?:[,，]?\\s*\\d{6})?$`).test(s),
];

/**
 * Split `name + affiliation` glued together (`李文静山东省…办事处`): try
 * name lengths 3, 2, 4 against each affiliation test, strongest test first.
 */
export function splitNameAffiliation(
  view: string,
  start: number,
  end: number,
): { name: Span; affiliation: Span } | null {
  for (const test of AFFILIATION_TESTS) {
    for (const len of [3, 2, 4]) {
      if (start + len + 2 > end) continue;
      const name = view.slice(start, start + len);
      const rest = view.slice(start + len, end);
      if (isName(name) && !/[。！？]/.test(rest) && test(rest)) {
        return { name: span(start, start + len), affiliation: span(start + len, end) };
      }
    }
  }
  return null;
}

/** An institution's word closing an affiliation. */
const INSTITUTION_END = new RegExp(`${INSTITUTION}$`);

/**
 * Split `affiliation + name` glued together (`xx县xx街道办事处古晓杰`): a name of
 * three or two characters right after an institution's word.
 */
export function splitAffiliationName(
  view: string,
  start: number,
  end: number,
): { name: Span; affiliation: Span } | null {
  for (const len of [3, 2]) {
    const at = end - len;
    const affiliation = view.slice(start, at);
    if (affiliation.length >= 4 && isName(view.slice(at, end)) && INSTITUTION_END.test(affiliation)) {
      return { name: span(at, end), affiliation: span(start, at) };
    }
  }
  return null;
}

/** Whether a string looks like an affiliation at all (any test). */
export function looksLikeAffiliation(s: string): boolean {
  return AFFILIATION_TESTS.some((t) => t(s));
}
