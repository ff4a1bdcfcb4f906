import { inferRole, tiedFor } from './infer.ts';
import { headingRole, ITEM_ROLES } from './roles.ts';
import { rolesNamed } from './genre.ts';
import { BULLET_CLASS } from '../../text/chars.ts';
import { answeringLabel, labelledItems, pairLabelled } from './labels.ts';
import { bodyMarkers, paragraphItems } from './points.ts';
import {
  alone,
  announcedList,
  answeredInBody,
  areaOf,
  deficientList,
  emptyHeading,
  headingIsItem,
  listsPartInline,
  headingWithMarker,
  isContainer,
  isContentsEntry,
  leadInOfList,
  listed,
  otherPart,
  partOf,
  titledBody,
  wordingOfLists,
  wordingRole,
} from './sections.ts';
import { statedCauses } from './stated.ts';
import { announcedWithin } from './within.ts';
import { listedIn, sentenceListsOnly, withSentenceLists } from './inline-lists.ts';
import { pairHeading } from './pair-headings.ts';
import { nodeItem, settleRole } from './node-item.ts';
import type { Found, ItemsInput } from './found.ts';
import { wordChars } from '../../text/chars.ts';
import { blankFrom, trimEnd } from '../../text/spans.ts';
import type { Item, ItemRole, OutlineNode, RoleEvidence } from '../../types.ts';

/** An item with no words, or whose one character ends the text: a number the page was cut short after. */
function cutShort(f: Found, view: string): boolean {
  const words = (start: number, end: number) => wordChars(view.slice(start, end));
  if (words(f.titleSpan.start, f.titleSpan.end) === 0) return true;
  return blankFrom(view, f.span.end) && words(f.titleSpan.start, f.span.end) < 2;
}

const ID_WORD: Record<ItemRole, string> = { problem: 'problem', cause: 'cause', countermeasure: 'measure' };

export type { Found, ItemsInput };

/**
 * The problems, causes and countermeasures, at the level where the author
 * enumerates them: the numbered children of a section whose heading names the
 * role (篇八's `1、…4、`); else its paragraphs opening `一是…二是…` (篇三);
 * else the section itself. A section whose children name two different roles
 * (`问题以及产生的原因` → `(一)…问题`, `(二)…原因`) is only a container.
 * Item sections (and their subsections) are given the item's role.
 */
export function extractItems(nodes: readonly OutlineNode[], input: ItemsInput): Item[] {
  const all: Found[] = [];
  walk(nodes, [], input, all, rolesNamed(nodes));
  if (all.length === 0) all.push(...unnamedRuns(nodes, [], input));
  if (all.length === 0) all.push(...sentenceListsOnly(input));
  // A number the text was cut short after (`〔四〕`, `3、注` ending the page) has no words to be an item.
  const walked = all.filter((f) => !cutShort(f, input.view));
  const within = announcedWithin(statedCauses(walked, input), input);
  const labelled = labelledItems(nodes, within.found, input);
  const { pairs } = labelled;
  pairs.push(...within.pairs);
  const found = withSentenceLists(labelled.found, nodes, input);
  for (const f of found) if (f.answers && found.includes(f.answers)) pairs.push([f.answers, f]);
  const counts: Record<ItemRole, number> = { problem: 0, cause: 0, countermeasure: 0 };
  const items = found.map((f): Item => {
    const ordinal = ++counts[f.role];
    return {
      id: `${input.slug}-${ID_WORD[f.role]}-${ordinal}`,
      role: f.role,
      ordinal,
      title: input.text.slice(f.titleSpan.start, f.titleSpan.end).trim(),
      text: input.text.slice(f.span.start, f.span.end).trim(),
      subpoints: f.subpoints,
      path: f.path,
      node: f.node.id,
      span: f.span,
      source: input.toSource(f.span),
      pairedWith: [],
      roleEvidence: f.evidence,
      themes: [],
    };
  });
  pairLabelled(found, items);
  // A pair the text states twice (a label `核心原因:` and the list it opens) is one pair.
  for (const [x, y] of pairs.map(([a, b]) => [items[found.indexOf(a)], items[found.indexOf(b)]]))
    if (!x.pairedWith.includes(y.id)) {
      x.pairedWith.push(y.id);
      y.pairedWith.push(x.id);
    }
  return items;
}

/** `named`: the item roles some heading of the article names (`rolesNamed`). */
function walk(
  nodes: readonly OutlineNode[],
  path: string[],
  input: ItemsInput,
  out: Found[],
  named: ReadonlySet<ItemRole>,
): void {
  const lead = leadInOfList(nodes, input);
  const listWording = wordingOfLists(nodes, input);
  for (const node of nodes) {
    const here = [...path, headingWithMarker(node)];
    const paired = pairHeading(node, here, input);
    if (paired) {
      out.push(...paired);
      continue;
    }
    // A section a lead-in announces (`主要原因是：` ⏎ `1.思想认识不足`) is an item of that role, whatever cue its words hold.
    const announcedItem =
      lead?.list.has(node) && node.children.length === 0 && (node.role === 'other' || ITEM_ROLES.has(node.role));
    const isRoot =
      ITEM_ROLES.has(node.role) &&
      node.roleEvidence.source === 'heading' &&
      !announcedItem &&
      !(titledBody(node) && announcedList(node, input));
    if (!isRoot) {
      const inferred = announcedItem
        ? { role: lead!.role, evidence: { source: 'heading' as const, cue: lead!.cue } }
        : // A heading naming a pair (`问题及成因分析`) is not read as an item itself.
          node.role === 'other' &&
            node.roleEvidence.source !== 'heading' &&
            node.marker &&
            (listed(node, nodes) || alone(node, nodes))
          ? listWording(node)
          : undefined;
      const announced = inferred ? undefined : announcedList(node, input);
      const deficiencies = node.role === 'context' && !announced ? deficientList(node.children, input) : undefined;
      if (inferred && node.children.length >= 2 && nodes.some((s) => isContainer(s, node, input.view))) {
        // Beside sections naming their roles over numbered items (`二、对策建议`), one whose heading only
        // reads as a role (`一、不适应现象解析`) holds its items in the same way.
        for (const child of node.children) {
          settleRole(child, inferred.role, { source: 'inherited' });
          out.push(nodeItem(child, inferred.role, [...here, headingWithMarker(child)], input, inferred.evidence));
        }
        settleRole(node, inferred.role, inferred.evidence);
      } else if (inferred) {
        settleRole(node, inferred.role, inferred.evidence);
        out.push(nodeItem(node, inferred.role, here, input, inferred.evidence));
      } else if (announced) {
        // Numbered points after a lead-in naming their role (`主要原因是:(一)…;(二)…`) have that role.
        const evidence: RoleEvidence = { source: 'heading', cue: announced.cue };
        for (const child of node.children) {
          settleRole(child, announced.role, evidence);
          out.push(nodeItem(child, announced.role, [...here, headingWithMarker(child)], input, evidence));
        }
      } else if (deficiencies) {
        // A section on the situation (`现状分析`) whose every numbered point reads as a deficiency lists problems.
        node.children.forEach((child, i) => {
          settleRole(child, 'problem', deficiencies[i]);
          out.push(nodeItem(child, 'problem', [...here, headingWithMarker(child)], input, deficiencies[i]));
        });
      } else if (node.children.length > 0) walk(node.children, here, input, out, named);
      // A list a lead-in announces (`存在以下问题:`) is items even in a section on the situation (`现状`)
      // or one no heading names (the opening paragraphs before `解决方法`); where no heading in the
      // article names a role, a list's points are also read by their own wording.
      else if (node.role === 'context' || node.role === 'other' || node.role === 'conclusion')
        out.push(...(named.size > 0 ? announcedRuns(node, here, input, named) : inferredRuns(node, here, input)));
      continue;
    }
    const childRoles = new Set(
      node.children.filter((c) => c.roleEvidence.source === 'heading' && ITEM_ROLES.has(c.role)).map((c) => c.role),
    );
    if (childRoles.size >= 2) {
      walk(node.children, here, input, out, named);
      continue;
    }
    const role = node.role as ItemRole;
    const answering = role === 'problem' && wordingRole(node, input)?.role === 'problem' && answeringLabel(node, input);
    if (answering) {
      // A problem whose numbered sections a countermeasure label opens (`应对策略:1.…`): they answer it.
      const whole = nodeItem(node, role, here, input, node.roleEvidence);
      const problem = {
        ...whole,
        span: { ...whole.span, end: trimEnd(input.text, whole.span.start, answering.start) },
        subpoints: [],
      };
      out.push(problem);
      for (const child of node.children) {
        settleRole(child, 'countermeasure', { source: 'heading', cue: answering.cue });
        const found = nodeItem(child, 'countermeasure', [...here, headingWithMarker(child)], input, child.roleEvidence);
        out.push({ ...found, answers: problem });
      }
      continue;
    }
    if (node.children.length > 0) {
      // Under an unnumbered line naming the role, numbered sections naming it too (`一、思想方面的问题` ⏎ `1、…`)
      // list the items themselves; one such among sections that are items (`(五)党组织建设问题`) is an item.
      const parts = !node.marker && node.children.every((c) => !c.marker || partOf(c, role, input.view));
      for (const child of node.children) {
        if (isContentsEntry(child, input.view)) continue;
        if (
          (parts && partOf(child, role, input.view)) ||
          otherPart(child, role, input, titledBody(node)) ||
          listsPartInline(child, role, input.view)
        ) {
          walk([child], here, input, out, named);
          continue;
        }
        if (areaOf(child, input.view)) {
          settleRole(child, role, { source: 'inherited' });
          const area = [...here, headingWithMarker(child)];
          for (const part of child.children.filter((c) => c.marker))
            out.push(nodeItem(part, role, [...area, headingWithMarker(part)], input, { source: 'inherited' }));
          continue;
        }
        const evidence: RoleEvidence =
          child.roleEvidence.source === 'heading' && child.role === role ? child.roleEvidence : { source: 'inherited' };
        settleRole(child, role, evidence);
        out.push(nodeItem(child, role, [...here, headingWithMarker(child)], input, evidence));
      }
      continue;
    }
    // A label's heading is an item's own words (`建议:构建……`): its body holds no list of unnumbered items.
    const markers = bodyMarkers(input, node.headingSpan.end, node.span.end, node.marker?.family !== 'labelled');
    const found = paragraphItems(node, role, here, input, markers);
    const answered = answeredInBody(node, role, found, input);
    const inline = answered || headingIsItem(node, role, found, markers, input) ? [] : found;
    if (inline.length > 0) out.push(...inline);
    // An unnumbered heading line (or the title) with nothing enumerated under it names no item itself,
    // nor does a numbered one with nothing under it at all (`三、原因分析`), nor a table of contents' entry.
    else if (node.marker && !emptyHeading(node, input.view) && !isContentsEntry(node, input.view))
      out.push(
        ...(listedIn(node, role, here, input) ?? [nodeItem(node, role, here, input, node.roleEvidence, markers)]),
      );
    if (answered) out.push(...found);
  }
}

/**
 * In an article where no heading names a role, the enumerated paragraphs of
 * its unnumbered sections (首先…其次…, an announced 一是…二是…), each with the
 * role its lead-in names or its own wording reads as; points of neither are left out.
 */
function unnamedRuns(nodes: readonly OutlineNode[], path: string[], input: ItemsInput): Found[] {
  return nodes.flatMap((node) => {
    const here = [...path, headingWithMarker(node)];
    if (node.children.length > 0) return unnamedRuns(node.children, here, input);
    if (!['other', 'context', 'conclusion'].includes(node.role) || node.roleEvidence.source === 'heading') return [];
    return inferredRuns(node, here, input);
  });
}

/** The points of a leaf section's lists, each with the role its lead-in names or its own wording reads as. */
function inferredRuns(node: OutlineNode, path: string[], input: ItemsInput): Found[] {
  const markers = bodyMarkers(input, node.headingSpan.end, node.span.end);
  const points = paragraphItems(node, 'problem', path, input, markers);
  const title = (f: Found) => input.view.slice(f.titleSpan.start, f.titleSpan.end);
  const reads = points.map((f) =>
    f.evidence.source === 'heading' ? undefined : inferRole(title(f), input.rules.itemWording),
  );
  // Points of one list are of one kind: where two or more read as one role and none as another, a point whose
  // wording ties between that role and another (`活动形式单一也是制约…深入开展的…因素`) is of that role too.
  const roles = new Set(reads.flatMap((r) => (r ? [r.role] : [])));
  const listRole = roles.size === 1 && reads.filter(Boolean).length >= 2 ? [...roles][0] : undefined;
  return points.flatMap((f, i) => {
    if (f.evidence.source === 'heading') return [f];
    const read = reads[i];
    if (read) return [{ ...f, role: read.role, evidence: read.evidence }];
    const tied = listRole && tiedFor(title(f), listRole, input.rules.itemWording);
    return tied
      ? [{ ...f, role: listRole, evidence: { source: 'inferred', words: tied, margin: 0, settledBy: 'list' } }]
      : [];
  });
}

const BULLET_ONLY = new RegExp(`^${BULLET_CLASS}$`);

/** The points of a leaf section's lists whose lead-in names their role. */
function announcedRuns(node: OutlineNode, path: string[], input: ItemsInput, named: ReadonlySet<ItemRole>): Found[] {
  const markers = bodyMarkers(input, node.headingSpan.end, node.span.end);
  const situation = node.role === 'context' && node.roleEvidence.source !== 'position';
  // Under a heading naming what was done (`一、工作亮点`), the measures a lead-in lists are deeds too.
  const done = path.some((h) => {
    const cue = headingRole(h, input.rules.roleCues).cue;
    return cue !== undefined && input.rules.achievements.includes(cue);
  });
  // Announced: named by the lead-in, or read by wording against it (`overruledByWording`), or numbered
  // after a lead-in naming no role (`存在一些困难：一是…`) and read by its own wording; a role that has a
  // section of its own is listed there, and a list of it elsewhere previews or sums up that section.
  return paragraphItems(node, 'problem', path, input, markers).flatMap((f) => {
    if (f.evidence.source === 'heading') return named.has(f.role) || (done && f.role === 'countermeasure') ? [] : [f];
    // Under a heading naming the situation (`组织整改落实情况`), points no lead-in names are what was done.
    if (situation) return [];
    if (f.evidence.source === 'inferred') return named.has(f.role) ? [] : [f];
    // Only numbered points (`一是`, `首先`): bullets and paragraphs opening alike are no announced list.
    if (f.marker === '' || BULLET_ONLY.test(f.marker)) return [];
    const read = inferRole(input.view.slice(f.titleSpan.start, f.titleSpan.end), input.rules.itemWording);
    return read && !named.has(read.role) ? [{ ...f, role: read.role, evidence: read.evidence }] : [];
  });
}
