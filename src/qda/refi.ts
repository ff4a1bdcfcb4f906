/**
 * REFI-QDA 1.5 exchange files (NVivo, MAXQDA, ATLAS.ti, QualCoder): the
 * codebook (.qdc) and the project (project.qde inside a .qdpx). Pure: the
 * caller zips the project with its `sources/` files. GUIDs come from our
 * stable ids (`stableGuid`), offsets are in code points (`codePointIndex`).
 */
import type { Article, Corpus, Item, ItemRole, Link, Theme } from '../analyzer/types.ts';
import { stableGuid } from './guid.ts';
import { codePointIndex } from './offsets.ts';
import { LINK_KIND_NAMES, ROLE_NAMES } from '../analyzer/names.ts';
import { element, textElement } from './xml.ts';

export const ROLES: readonly ItemRole[] = ['problem', 'cause', 'countermeasure'];
const ORIGIN = '城市社区党建问题与对策知识库';
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** GUIDs of the codes, selections, sources, notes and links, by our ids. */
export const guids = {
  role: (role: ItemRole) => stableGuid('role', role),
  theme: (id: string) => stableGuid('theme', id),
  group: (name: 'roles' | 'themes') => stableGuid('group', name),
  item: (id: string) => stableGuid('item', id),
  article: (slug: string) => stableGuid('article', slug),
  user: () => stableGuid('user', 'analyzer'),
  evidence: (id: string) => stableGuid('evidence', id),
  coding: (item: string, code: string) => stableGuid('coding', `${item}\u0000${code}`),
  link: (l: Pick<Link, 'from' | 'to'>) => stableGuid('link', `${l.from}\u0000${l.to}`),
  linkNote: (l: Pick<Link, 'from' | 'to'>) => stableGuid('link-note', `${l.from}\u0000${l.to}`),
};

/** The codes: a group of the three roles and a group of the themes (definitions as descriptions). */
function codes(themes: readonly Theme[]): string {
  const roleCodes = ROLES.map((r) => element('Code', { guid: guids.role(r), name: ROLE_NAMES[r], isCodable: 'true' }));
  const themeCodes = themes.map((t) =>
    element('Code', { guid: guids.theme(t.id), name: t.name, isCodable: 'true' }, [
      textElement('Description', `${t.definition}\n（编号：${t.id}）`),
    ]),
  );
  return element('Codes', {}, [
    element('Code', { guid: guids.group('roles'), name: '角色', isCodable: 'false' }, [
      textElement('Description', '条目在文章中的作用：问题、原因或对策。'),
      ...roleCodes,
    ]),
    element('Code', { guid: guids.group('themes'), name: '议题', isCodable: 'false' }, [
      textElement('Description', '议题编码表（content/codebook.yaml）。'),
      ...themeCodes,
    ]),
  ]);
}

/** The codebook alone (.qdc). */
export function codebookXml(themes: readonly Theme[]): string {
  return `${XML_DECLARATION}${element('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin: ORIGIN }, [codes(themes)])}\n`;
}

/** Path of an article's text inside the .qdpx. */
export function sourceFile(slug: string): string {
  return `sources/${guids.article(slug)}.txt`;
}

/**
 * The project (project.qde) and the files to put beside it: each article's
 * cleaned text under `sources/`; each item a selection coded with its role
 * and themes, its evidence a note; each link a REFI link between selections.
 */
export function projectXml(
  corpus: Corpus,
  options: { name: string; articleTitle: (a: Article) => string },
): { xml: string; files: [string, string][] } {
  const themeName = new Map(corpus.themes.map((t) => [t.id, t.name]));
  const files: [string, string][] = [];
  const notes: string[] = [];
  const sources = corpus.sources.flatMap((s) =>
    s.articles.map((a) => {
      files.push([sourceFile(a.slug), a.text]);
      const index = codePointIndex(a.text);
      const selections = a.items.map((item) => {
        const evidence = evidenceNote(item, themeName);
        notes.push(
          element('Note', { guid: guids.evidence(item.id), name: `依据：${item.id}` }, [
            textElement('PlainTextContent', evidence),
          ]),
        );
        const coding = (code: string) =>
          element('Coding', { guid: guids.coding(item.id, code) }, [element('CodeRef', { targetGUID: code })]);
        return element(
          'PlainTextSelection',
          {
            guid: guids.item(item.id),
            name: item.id,
            startPosition: index.toCodePoint(item.span.start),
            endPosition: index.toCodePoint(item.span.end),
          },
          [
            textElement('Description', item.title),
            coding(guids.role(item.role)),
            ...item.themes.map((t) => coding(guids.theme(t.theme))),
            element('NoteRef', { targetGUID: guids.evidence(item.id) }),
          ],
        );
      });
      return element(
        'TextSource',
        {
          guid: guids.article(a.slug),
          name: options.articleTitle(a),
          plainTextPath: `internal://${guids.article(a.slug)}.txt`,
        },
        [textElement('Description', `${a.slug}（${s.path}）`), ...selections],
      );
    }),
  );
  const links = corpus.links.map((l) => {
    notes.push(
      element('Note', { guid: guids.linkNote(l), name: `关联依据：${l.from} → ${l.to}` }, [
        textElement(
          'PlainTextContent',
          `${LINK_KIND_NAMES[l.kind]}，得分 ${l.score.toFixed(3)}：${l.evidence.join('；')}`,
        ),
      ]),
    );
    return element(
      'Link',
      {
        guid: guids.link(l),
        name: `${l.from} → ${l.to}`,
        direction: 'OneWay',
        originGUID: guids.item(l.from),
        targetGUID: guids.item(l.to),
      },
      [element('NoteRef', { targetGUID: guids.linkNote(l) })],
    );
  });
  const project = element(
    'Project',
    { xmlns: 'urn:QDA-XML:project:1.0', name: options.name, origin: ORIGIN, creatingUserGUID: guids.user() },
    [
      element('Users', {}, [element('User', { guid: guids.user(), name: '自动分析' })]),
      element('CodeBook', {}, [codes(corpus.themes)]),
      ...(sources.length ? [element('Sources', {}, sources)] : []),
      ...(notes.length ? [element('Notes', {}, notes)] : []),
      ...(links.length ? [element('Links', {}, links)] : []),
    ],
  );
  return { xml: `${XML_DECLARATION}${project}\n`, files };
}

/** Why the item has its role and themes, in words. */
function evidenceNote(item: Item, themeName: ReadonlyMap<string, string>): string {
  const e = item.roleEvidence;
  const role = `角色：${ROLE_NAMES[item.role]}（${ROLE_SOURCES[e.source]}${e.cue ? `：${e.cue}` : ''}${e.words?.length ? `：${e.words.join('、')}` : ''}）`;
  const themes = item.themes.map((t) =>
    t.source === 'override'
      ? `议题：${themeName.get(t.theme) ?? t.theme}（人工指定）`
      : `议题：${themeName.get(t.theme) ?? t.theme}（得分 ${t.score}）：${t.evidence.map((h) => `${h.term}${h.inTitle ? '（标题）' : ''}`).join('、')}`,
  );
  return [role, ...themes].join('\n');
}

const ROLE_SOURCES = {
  heading: '标题用词',
  inherited: '上级标题',
  default: '默认',
  position: '位置',
  inferred: '条目用词',
} as const;
