/**
 * A REFI-QDA project read back (e.g. one an analyst recoded in QualCoder):
 * its differences from the corpus's decided coding as entries for
 * content/overrides.yaml, for a person to review before applying them.
 * Selections are matched by our GUIDs and checked against the item's text;
 * one that no longer matches is reported, never guessed.
 */
import { DOMParser } from 'linkedom';
import type { Overrides } from '../analyzer/config/overrides.ts';
import type { Article, Corpus, Item, ItemRole } from '../analyzer/types.ts';
import { codePointIndex } from './offsets.ts';
import { guids, ROLES } from './refi.ts';

export interface ImportResult {
  overrides: Overrides;
  /** What could not be taken over, in Chinese, one line each. */
  problems: string[];
}

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
  const roleOf = new Map(ROLES.map((r) => [guids.role(r), r]));
  const themeOf = new Map(corpus.themes.map((t) => [guids.theme(t.id), t.id]));
  const articles = new Map(corpus.sources.flatMap((s) => s.articles).map((a) => [guids.article(a.slug), a]));
  const itemOf = new Map<string, { item: Item; text: string }>();
  for (const a of articles.values())
    for (const item of a.items) itemOf.set(guids.item(item.id), { item, text: a.text });
  const codeName = new Map(
    [...doc.getElementsByTagName('Code')].map((c) => [c.getAttribute('guid'), c.getAttribute('name')]),
  );
  const unknownCodes = new Set<string>();
  const seen = new Set<string>();
  const imported: Article[] = [];

  for (const source of doc.getElementsByTagName('TextSource')) {
    const guid = source.getAttribute('guid') ?? '';
    const article = articles.get(guid);
    const name = source.getAttribute('name') ?? guid;
    if (!article) {
      problems.push(`来源“${name}”不是本库导出的文章，已跳过。`);
      continue;
    }
    const path = (source.getAttribute('plainTextPath') ?? '').replace(/^internal:\/\//, 'sources/');
    const text = sourceText(path) ?? source.getElementsByTagName('PlainTextContent')[0]?.textContent ?? undefined;
    if (text === undefined) {
      problems.push(`来源“${name}”（${article.slug}）缺少文本文件 ${path}，其中的选段无法核对，已跳过。`);
      continue;
    }
    imported.push(article);
    const points = codePointIndex(text);
    for (const selection of source.getElementsByTagName('PlainTextSelection')) {
      const found = itemOf.get(selection.getAttribute('guid') ?? '');
      const start = points.toUtf16(Number(selection.getAttribute('startPosition')));
      const end = points.toUtf16(Number(selection.getAttribute('endPosition')));
      const label = selection.getAttribute('name') ?? selection.getAttribute('guid');
      if (!found || start === undefined || end === undefined) {
        problems.push(`选段“${label}”（${article.slug}）不对应本库的任何条目，未导入。`);
        continue;
      }
      const { item } = found;
      if (text.slice(start, end) !== found.text.slice(item.span.start, item.span.end)) {
        problems.push(`选段“${label}”的位置或文字已与条目 ${item.id} 不符，未导入；请在 QDA 软件中核对。`);
        continue;
      }
      seen.add(item.id);
      const codes = [...selection.getElementsByTagName('CodeRef')].map((r) => r.getAttribute('targetGUID') ?? '');
      const roles = [...new Set(codes.filter((c) => roleOf.has(c)).map((c) => roleOf.get(c)!))];
      const themes = new Set(codes.filter((c) => themeOf.has(c)).map((c) => themeOf.get(c)!));
      for (const c of codes) if (!roleOf.has(c) && !themeOf.has(c)) unknownCodes.add(codeName.get(c) ?? c);
      const change: Overrides['items'][string] = {};
      if (roles.length === 1 && roles[0] !== item.role) change.role = roles[0] as ItemRole;
      if (roles.length !== 1)
        problems.push(`条目 ${item.id} 的角色编码有 ${roles.length} 个（应为 1 个），角色未导入。`);
      const before = new Set(item.themes.map((t) => t.theme));
      const added = corpus.themes.map((t) => t.id).filter((t) => themes.has(t) && !before.has(t));
      const removed = [...before].filter((t) => !themes.has(t));
      if (added.length) change.addThemes = added;
      if (removed.length) change.removeThemes = removed;
      if (Object.keys(change).length) overrides.items[item.id] = change;
    }
  }
  for (const code of [...unknownCodes].sort()) problems.push(`编码“${code}”不在本库的编码表中，未导入。`);
  for (const item of imported.flatMap((a) => a.items))
    if (!seen.has(item.id)) problems.push(`条目 ${item.id} 在导入的项目中没有对应的选段，未改动。`);

  const ours = new Map(corpus.links.map((l) => [guids.link(l), l]));
  const theirs = new Set<string>();
  for (const link of doc.getElementsByTagName('Link')) {
    const from = itemOf.get(link.getAttribute('originGUID') ?? '')?.item.id;
    const to = itemOf.get(link.getAttribute('targetGUID') ?? '')?.item.id;
    if (!from || !to) {
      problems.push(`关联“${link.getAttribute('name') ?? link.getAttribute('guid')}”的一端不是本库的条目，未导入。`);
      continue;
    }
    const guid = guids.link({ from, to });
    theirs.add(guid);
    if (!ours.has(guid)) overrides.links.add.push({ from, to });
  }
  const inImport = new Set(imported.flatMap((a) => a.items.map((i) => i.id)));
  for (const [guid, l] of ours)
    if (!theirs.has(guid) && inImport.has(l.from)) overrides.links.remove.push({ from: l.from, to: l.to });
  return { overrides, problems };
}
