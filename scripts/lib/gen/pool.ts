/**
 * The material the generator recombines: real item titles and texts, intros,
 * section headings and conclusions of the sample corpus, read by analyzing
 * the sample with the project's own analyzer (so the generator works on a
 * fresh clone, before any build).
 */
import { analyzeSource, type Article, type OutlineNode, type Rules, type Source } from '../../../src/analyzer/index.ts';
import { correctionsFor, listSources, readSource, sourceSlug, type ContentData } from '../content.ts';
import { cueRole, fitsRole, isCleanTitle, isFlatParagraph, sentences, type ItemRole } from './text.ts';

/** A real item: its title and the paragraphs of its text that can be reused as they are. */
export interface PoolItem {
  role: ItemRole;
  title: string;
  /** Flat paragraphs of the item's own text (may be empty). */
  paragraphs: string[];
  /** Where it came from (article slug), for reports. */
  from: string;
}

/** A sentence of real text and the kind of item it was written in. */
export interface PoolSentence {
  text: string;
  role: ItemRole | 'context';
}

/** A numbered section of context (not an item): heading and paragraphs. */
export interface PoolContext {
  heading: string;
  paragraphs: string[];
}

export interface Pool {
  items: Record<ItemRole, PoolItem[]>;
  /** Section headings naming each role. */
  headings: Record<ItemRole, string[]>;
  /** Headings of combined problem-and-cause sections. */
  combinedHeadings: string[];
  /** Article titles. */
  titles: string[];
  /** Opening paragraphs of articles. */
  intros: string[];
  /** Paragraphs that can stand between a section heading and its first item. */
  leadIns: Record<ItemRole, string[]>;
  /** Closing paragraphs opening with a conclusion word (`综上所述,…`). */
  conclusions: string[];
  contexts: PoolContext[];
  /** Flat sentences, for composing item texts, with the role of the item they come from. */
  sentences: PoolSentence[];
  /** How many sample articles and items the pool was read from. */
  stats: { sources: number; articles: number; items: number };
}

/** Analyze the sample sources (`.txt` under `dirs`) and collect the pool. */
export function buildPool(dirs: readonly string[], data: ContentData): Pool {
  const sources: Source[] = [];
  for (const path of listSources(dirs)) {
    const result = analyzeSource(
      { path, bytes: readSource(path), slug: sourceSlug(path), corrections: correctionsFor(data, path) },
      { rules: data.rules, furniture: data.furniture, journals: data.journals },
    );
    if (result.ok) sources.push(result.source);
  }
  return poolFrom(sources, data.rules);
}

/** Collect the pool from analyzed sources. */
export function poolFrom(sources: readonly Source[], rules: Rules): Pool {
  const pool: Pool = {
    items: { problem: [], cause: [], countermeasure: [] },
    headings: {
      problem: [...HEADINGS.problem],
      cause: [...HEADINGS.cause],
      countermeasure: [...HEADINGS.countermeasure],
    },
    combinedHeadings: [...COMBINED_HEADINGS],
    titles: [...TITLES],
    intros: [],
    leadIns: {
      problem: [...LEAD_INS.problem],
      cause: [...LEAD_INS.cause],
      countermeasure: [...LEAD_INS.countermeasure],
    },
    conclusions: [...CONCLUSIONS],
    contexts: [],
    sentences: [],
    stats: { sources: sources.length, articles: 0, items: 0 },
  };
  const flat = (s: string) => isFlatParagraph(s, rules);
  const seenSentences = new Set<string>();
  const addSentences = (text: string, role: PoolSentence['role']) => {
    for (const p of paragraphs(text)) {
      for (const s of sentences(p)) {
        if (s.length < 12 || s.length > 120 || !flat(s) || seenSentences.has(s)) continue;
        seenSentences.add(s);
        pool.sentences.push({ text: s, role });
      }
    }
  };
  const seenTitles = new Set<string>();

  for (const source of sources) {
    for (const article of source.articles) {
      pool.stats.articles++;
      const title = article.metadata.title?.value;
      if (title && isCleanTitle(title, rules) && cueRole(title, rules.roleCues) === 'countermeasure')
        pool.titles.push(title);
      for (const item of article.items) {
        pool.stats.items++;
        if (
          seenTitles.has(item.title) ||
          !isCleanTitle(item.title, rules) ||
          !fitsRole(item.title, item.role, rules.roleCues)
        )
          continue;
        seenTitles.add(item.title);
        const body = itemBody(article, item.text, item.title);
        pool.items[item.role].push({
          role: item.role,
          title: item.title,
          paragraphs: body.filter(flat),
          from: article.slug,
        });
        addSentences(body.join('\n'), item.role);
      }
      collectNodes(article, article.outline, pool, rules);
    }
  }
  pool.titles = unique(pool.titles);
  pool.intros = unique(pool.intros);
  for (const role of ROLES) {
    pool.headings[role] = unique(pool.headings[role]).filter(
      (h) => isCleanTitle(h, rules) && cueRole(h, rules.roleCues) === role,
    );
    pool.leadIns[role] = unique(pool.leadIns[role]);
  }
  pool.combinedHeadings = pool.combinedHeadings.filter((h) => isCleanTitle(h, rules));
  pool.conclusions = unique(pool.conclusions).filter(
    (c) =>
      rules.conclusionOpeners.some((o) => c.startsWith(o)) && isFlatParagraph(c.replace(/^[^,，]+[,，]/, ''), rules),
  );
  return pool;
}

const ROLES: ItemRole[] = ['problem', 'cause', 'countermeasure'];

/** Intros, lead-ins, context sections and conclusions from an article's outline. */
function collectNodes(article: Article, nodes: readonly OutlineNode[], pool: Pool, rules: Rules): void {
  const flat = (s: string) => isFlatParagraph(s, rules);
  const text = article.text;
  for (const node of nodes) {
    if (!node.marker && node.role === 'context') {
      pool.intros.push(...paragraphs(text.slice(node.span.start, node.span.end)).filter(flat));
    } else if (!node.marker && node.role === 'conclusion') {
      pool.conclusions.push(...paragraphs(text.slice(node.span.start, node.span.end)));
    } else if (
      node.marker &&
      ROLES.includes(node.role as ItemRole) &&
      node.roleEvidence.source === 'heading' &&
      node.level === 1
    ) {
      const role = node.role as ItemRole;
      pool.headings[role].push(node.heading);
      const first = node.children[0]?.span.start ?? node.span.end;
      const lead = paragraphs(text.slice(node.headingSpan.end, first)).filter(flat);
      if (node.children.length > 0) pool.leadIns[role].push(...lead.filter((p) => p.length <= 200));
    } else if (node.marker && node.role === 'context' && node.children.length >= 2) {
      for (const child of node.children) {
        const body = paragraphs(text.slice(child.headingSpan.end, child.span.end)).filter(flat);
        const role = cueRole(child.heading, rules.roleCues);
        if (
          body.length &&
          isCleanTitle(child.heading, rules) &&
          (role === undefined || role === 'context') &&
          child.children.length === 0
        ) {
          pool.contexts.push({ heading: child.heading, paragraphs: body });
        }
      }
    }
  }
}

/** An item's text after its marker and title, as paragraphs. */
function itemBody(_article: Article, itemText: string, title: string): string[] {
  const at = itemText.indexOf(title);
  const rest = at === -1 ? '' : itemText.slice(at + title.length).replace(/^[\s。.．,，:：;；]+/, '');
  return paragraphs(rest);
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Article titles of the genre (added to the sample's own). */
const TITLES = [
  '城市社区党建工作存在的问题及对策',
  '新时代城市社区党建工作存在的问题及对策研究',
  '关于加强社区党建工作的思考与对策',
  '街道社区党建工作中存在的问题及对策建议',
  '当前城市基层党建工作的问题与对策',
  '社区党建工作面临的困境及应对措施',
  '新形势下社区党组织建设存在的问题及对策',
  '城市社区党建引领基层治理的问题与对策',
  '老旧小区党建工作存在的问题及改进对策',
  '基层社区党建工作的短板及对策分析',
];

/** Section headings of the genre, by role (added to the sample's own). */
const HEADINGS: Record<ItemRole, string[]> = {
  problem: [
    '当前社区党建工作中存在的主要问题',
    '城市社区党建工作存在的突出问题',
    '社区党建工作面临的问题',
    '存在的问题',
    '当前工作中存在的不足',
    // Role words of the development corpus beyond the sample's.
    '存在的短板和弱项',
    '社区党建工作面临的困境',
    '工作中的薄弱环节',
  ],
  cause: [
    '社区党建工作存在问题的原因分析',
    '问题产生的原因',
    '原因分析',
    '存在问题的主要原因',
    '问题产生的根源',
    '问题的症结',
  ],
  countermeasure: [
    '加强社区党建工作的对策建议',
    '进一步加强城市社区党建工作的对策',
    '改进社区党建工作的措施',
    '对策建议',
    '加强和改进社区党建工作的途径',
    '破解难题的路径',
    '推进社区党建的举措',
    '下一步工作打算',
  ],
};

/** Headings of a section holding both a problems and a causes subsection. */
const COMBINED_HEADINGS = [
  '社区党建工作的问题以及产生的原因',
  '当前存在的问题及其原因',
  '社区党建工作存在的问题及原因分析',
];

/** Subsection headings inside a combined section. */
export const COMBINED_SUB: Record<'problem' | 'cause', string[]> = {
  problem: ['社区党建工作的问题', '存在的主要问题', '当前面临的问题'],
  cause: ['问题产生的原因', '原因分析', '存在问题的原因'],
};

const LEAD_INS: Record<ItemRole, string[]> = {
  problem: ['但总体上看,社区党建工作在实践过程中仍有不少问题,这些问题突出表现在以下几个方面:'],
  cause: ['造成上述问题的原因是多方面的,主要有以下几点:'],
  countermeasure: ['结合当今社区工作发展的新形势新理念,现就做好社区党建工作提出如下对策:'],
};

/** Closing paragraphs (added to the sample's own). */
const CONCLUSIONS = [
  '综上所述,社区党建工作是一项长期而艰巨的系统工程,必须坚持问题导向,持续用力、久久为功,才能不断提升社区党组织的组织力和服务力。',
  '总之,加强城市社区党建工作,必须立足实际、与时俱进,在实践中不断探索创新,使社区党组织真正成为团结带领群众的坚强战斗堡垒。',
  '综上,只有把上述对策落到实处,才能推动社区党建工作与社区治理同频共振,为城市基层治理提供坚强保证。',
];
