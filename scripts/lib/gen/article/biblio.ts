/** Invented bibliographic details: author names, affiliations, journals, abstracts and keywords. */
import type { Rng } from '../prng.ts';

export const JOURNALS = [
  '党政论坛',
  '领导科学',
  '理论导刊',
  '学理论',
  '人民论坛',
  '党建研究',
  '中国民政',
  '社会主义论坛',
  '理论与当代',
];

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'];
const GIVEN_NAMES = [
  '建国',
  '丽华',
  '文静',
  '晓燕',
  '海涛',
  '志强',
  '红梅',
  '永刚',
  '俊杰',
  '秀英',
  '立新',
  '春燕',
  '卫东',
  '雪梅',
  '国庆',
  '玉兰',
  '明',
  '伟',
  '芳',
  '静',
];
const CITIES = ['重庆', '成都', '武汉', '长沙', '济南', '郑州', '合肥', '南昌', '西安', '兰州', '昆明', '南宁'];
const DISTRICTS = ['江北', '城关', '新城', '高新', '开发', '城东', '城西'];

/** `n` different person names. */
export function names(rng: Rng, n: number): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

export function affiliation(rng: Rng): string {
  const city = rng.pick(CITIES);
  return rng.pick([
    `中共${city}市委党校`,
    `${city}市委组织部`,
    `${city}大学马克思主义学院`,
    `${city}市${rng.pick(DISTRICTS)}区委党校`,
  ]);
}

/** A two-sentence abstract naming the title's topic. */
export function abstract(rng: Rng, title: string): string {
  const topic = title.replace(/(?:存在|面临|中存在|中存).*$/, '') || '社区党建工作';
  return rng.pick([
    `${topic}是党的基层组织建设的重要组成部分。本文分析了当前${topic}存在的主要问题及其原因,并提出了相应的对策建议。`,
    `当前,${topic}仍然存在不少薄弱环节。本文结合工作实际,探讨了问题的成因,提出了改进工作的具体措施。`,
    `本文从实践出发,梳理了${topic}中的突出问题,分析其原因,并就进一步加强和改进工作提出了对策。`,
  ]);
}

export function keywords(rng: Rng): string[] {
  return rng.pick([
    ['社区党建', '问题', '对策'],
    ['城市社区', '党建工作', '对策'],
    ['基层党建', '社区治理', '原因分析'],
    ['社区党组织', '党员管理', '对策建议'],
  ]);
}
