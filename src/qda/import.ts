/**
 * A REFI-QDA project read back (e.g. one an analyst recoded in QualCoder):
 * its differences from the corpus's decided coding as entries for
 * content/overrides.yaml, for a person to review before applying them.
 * Tools may give everything new GUIDs and split a selection into one per
 * code (QualCoder does both), so a source is found by our GUID or by its exact
 * text, a code by GUID or exact name, a selection by GUID or exact position;
 * every selection is checked against its item's text. One that matches no
 * item is reported, never guessed.
 */
import { DOMParser } from 'linkedom';
import type { Overrides } from '../analyzer/config/overrides.ts';
import type { Article, Corpus, Item, ItemRole } from '../analyzer/types.ts';
import { codePointIndex } from './offsets.ts';
import { guids, ROLES } from './refi.ts';
import { ROLE_NAMES } from '../analyzer/names.ts';

export interface ImportResult {
  overrides: Overrides;
  /** What could not be taken over, in Chinese, one line each. */
  problems: string[];
}

type Code = { role: ItemRole } | { theme: string };

/**
 * Differences between the project `qde` (project.qde's text) and `corpus`.
 * `sourceText(path)` gives the text of a file in the .qdpx (`sources/…`), when present.
 */
export function importProject(
  qde: string,
  corpus: Corpus,
  sourceText: (path: string) => string | undefined,
): ImportResult {
  const problems: string[] = [];
  const overrides: Overrides = { items: {}, links: { add: [], remove: [] } };
  const doc = new DOMParser().parseFromString(qde, 'text/xml');
  if (doc.documentElement?.tagName !== 'Project')
    return { overrides, problems: ['project.qde 不是 REFI-QDA 项目文件（根元素应为 Project）。'] };

  const codes = projectCodes(doc, corpus);
  const all = corpus.sources.flatMap((s) => s.articles);
  const byGuid = new Map(all.map((a) => [guids.article(a.slug), a]));
  const byText = new Map(all.map((a) => [a.text, a]));
  const itemByGuid = new Map(all.flatMap((a) => a.items.map((i) => [guids.item(i.id), i] as const)));
  const coded = new Map<string, Set<Code>>(); // item id → the codes its selections carry
  const itemOfSelection = new Map<string, string>(); // selection GUID → item id, for links
  const unknownCodes = new Set<string>();
  const unsure = new Set<string>(); // items whose selection did not match: their links are left alone
  const imported: Article[] = [];

  for (const source of doc.getElementsByTagName('TextSource')) {
    const name = source.getAttribute('name') ?? source.getAttribute('guid') ?? '';
    const path = (source.getAttribute('plainTextPath') ?? '').replace(/^internal:\/\//, 'sources/');
    const text = sourceText(path) ?? source.getElementsByTagName('PlainTextContent')[0]?.textContent ?? undefined;
    const article =
      byGuid.get(source.getAttribute('guid') ?? '') ?? (text === undefined ? undefined : byText.get(text));
    if (!article || text === undefined) {
      problems.push(
        article
          ? `来源“${name}”（${article.slug}）缺少文本文件 ${path}，其中的选段无法核对，已跳过。`
          : `来源“${name}”不是本库导出的文章（编号和全文都对不上），已跳过。`,
      );
      continue;
    }
    imported.push(article);
    const points = codePointIndex(text);
    const ours = codePointIndex(article.text);
    const bySpan = new Map(
      article.items.map((i) => [`${ours.toCodePoint(i.span.start)}:${ours.toCodePoint(i.span.end)}`, i]),
    );
    for (const selection of source.getElementsByTagName('PlainTextSelection')) {
      const guid = selection.getAttribute('guid') ?? '';
      const [from, to] = ['startPosition', 'endPosition'].map((a) => selection.getAttribute(a) ?? '');
      const item = itemByGuid.get(guid) ?? bySpan.get(`${from}:${to}`);
      const start = points.toUtf16(Number(from));
      const end = points.toUtf16(Number(to));
      const label = selection.getAttribute('name') ?? guid;
      if (!item || start === undefined || end === undefined || !article.items.includes(item)) {
        problems.push(`选段“${label}”（${article.slug}，${from}–${to}）不对应本库的任何条目，未导入。`);
        continue;
      }
      if (text.slice(start, end) !== article.text.slice(item.span.start, item.span.end)) {
        unsure.add(item.id);
        problems.push(`选段“${label}”的位置或文字已与条目 ${item.id} 不符，未导入；请在 QDA 软件中核对。`);
        continue;
      }
      itemOfSelection.set(guid, item.id);
      const set = coded.get(item.id) ?? new Set<Code>();
      coded.set(item.id, set);
      for (const ref of selection.getElementsByTagName('CodeRef')) {
        const target = ref.getAttribute('targetGUID') ?? '';
        const code = codes.get(target);
        if (code) set.add(code.code);
        else unknownCodes.add(codes.names.get(target) ?? target);
      }
    }
  }
  for (const code of [...unknownCodes].sort()) problems.push(`编码“${code}”不在本库的编码表中，未导入。`);

  for (const item of imported.flatMap((a) => a.items)) {
    const set = coded.get(item.id);
    if (!set) {
      unsure.add(item.id);
      problems.push(`条目 ${item.id} 在导入的项目中没有对应的选段，未改动。`);
      continue;
    }
    const change = itemChange(item, set, corpus);
    if (change.problem) problems.push(change.problem);
    if (Object.keys(change.entry).length) overrides.items[item.id] = change.entry;
  }

  const ours = new Map(corpus.links.map((l) => [guids.link(l), l]));
  const theirs = new Set<string>();
  for (const link of doc.getElementsByTagName('Link')) {
    const from = itemOfSelection.get(link.getAttribute('originGUID') ?? '');
    const to = itemOfSelection.get(link.getAttribute('targetGUID') ?? '');
    if (!from || !to) {
      problems.push(`关联“${link.getAttribute('name') ?? link.getAttribute('guid')}”的一端不是本库的条目，未导入。`);
      continue;
    }
    const guid = guids.link({ from, to });
    theirs.add(guid);
    if (!ours.has(guid)) overrides.links.add.push({ from, to });
  }
  // Links of items the project holds; a tool that keeps no links (QualCoder) removes none.
  const inImport = new Set(imported.flatMap((a) => a.items.map((i) => i.id)));
  if (doc.getElementsByTagName('Link').length > 0)
    for (const [guid, l] of ours)
      if (!theirs.has(guid) && inImport.has(l.from) && !unsure.has(l.from) && !unsure.has(l.to))
        overrides.links.remove.push({ from: l.from, to: l.to });
  return { overrides, problems };
}

/** The project's codes that are ours: by our GUID, else by exact name (a tool may give codes new GUIDs). */
function projectCodes(doc: ReturnType<DOMParser['parseFromString']>, corpus: Corpus) {
  const byName = new Map<string, Code>([
    ...ROLES.map((r) => [ROLE_NAMES[r], { role: r }] as const),
    ...corpus.themes.map((t) => [t.name, { theme: t.id }] as const),
  ]);
  const byGuid = new Map<string, Code>([
    ...ROLES.map((r) => [guids.role(r), { role: r }] as const),
    ...corpus.themes.map((t) => [guids.theme(t.id), { theme: t.id }] as const),
  ]);
  const names = new Map<string, string>();
  const found = new Map<string, { code: Code }>();
  for (const c of doc.getElementsByTagName('Code')) {
    const guid = c.getAttribute('guid') ?? '';
    const name = c.getAttribute('name') ?? '';
    names.set(guid, name);
    const code = byGuid.get(guid) ?? byName.get(name);
    if (code) found.set(guid, { code });
  }
  return Object.assign(found, { names });
}

/** The override entry for one item: its role if changed, themes added and removed. */
function itemChange(item: Item, codes: ReadonlySet<Code>, corpus: Corpus) {
  const roles = [...new Set([...codes].flatMap((c) => ('role' in c ? [c.role] : [])))];
  const themes = new Set([...codes].flatMap((c) => ('theme' in c ? [c.theme] : [])));
  const entry: Overrides['items'][string] = {};
  if (roles.length === 1 && roles[0] !== item.role) entry.role = roles[0];
  const before = new Set(item.themes.map((t) => t.theme));
  const added = corpus.themes.map((t) => t.id).filter((t) => themes.has(t) && !before.has(t));
  const removed = [...before].filter((t) => !themes.has(t));
  if (added.length) entry.addThemes = added;
  if (removed.length) entry.removeThemes = removed;
  const problem =
    roles.length === 1 ? undefined : `条目 ${item.id} 的角色编码有 ${roles.length} 个（应为 1 个），角色未导入。`;
  return { entry, problem };
}
