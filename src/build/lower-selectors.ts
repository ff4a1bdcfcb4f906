/**
 * Selectors rewritten for engines without `:is()`, `:where()` and selector lists in `:not()` (Chromium < 88:
 * older WeChat XWEB/X5 kernels, 信创 and 360 intranet browsers), where one such selector drops its whole rule:
 *   - `:is(a, b) c` and `:where(a, b) c` become `a c, b c` (a `:where` then counts in specificity; the cascade
 *     layers that order Starlight's rules are emulated afterwards with that specificity, legacy-css.ts);
 *   - `:not(a, b)` becomes `:not(a):not(b)`; a `:not()` of a complex selector (`:not(:where(.not-content *))`,
 *     Starlight's opt-out this site never uses) is left out;
 *   - selectors that need `:has()` or `:popover-open` are kept as written, in a rule of their own, so an engine
 *     that lacks them drops only them.
 */
import type { Plugin, Rule } from 'postcss';
import parser, { type Pseudo, type Selector } from 'postcss-selector-parser';

/** Pseudo-classes no selector rewrite can replace: left to the engines that have them. */
const MODERN = /:has\(|:popover-open/;

const isList = (node: { type: string; value?: string }) =>
  node.type === 'pseudo' && (node.value === ':is' || node.value === ':where' || node.value === ':-webkit-any');

/** Whether a selector has a combinator (descendant, child, sibling) at its top level. */
function complex(selector: Selector): boolean {
  return selector.nodes.some((n) => n.type === 'combinator');
}

/** `:not(a, b, :is(c, d))` → `:not(a):not(b):not(c):not(d)`; complex arguments are left out. */
function lowerNot(not: Pseudo): void {
  const args = not.nodes.flatMap((arg) =>
    arg.nodes.length === 1 && isList(arg.nodes[0]) ? (arg.nodes[0] as Pseudo).nodes : [arg],
  );
  const simple = args.filter((arg) => !complex(arg));
  not.replaceWith(...simple.map((arg) => parser.pseudo({ value: ':not', nodes: [arg.clone() as Selector] })));
}

/** Every selector that `selector` stands for, with its `:is()`/`:where()` written out (first one first). */
function expand(selector: string): string[] {
  const first = (root: parser.Root) => {
    let found: Pseudo | undefined;
    root.walkPseudos((p) => {
      if (!found && isList(p)) found = p;
    });
    return found;
  };
  const probe = parser().astSync(selector);
  const target = first(probe);
  if (!target) return [selector];
  return target.nodes.flatMap((_, i) => {
    const root = parser().astSync(selector);
    const at = first(root)!;
    const arg = at.nodes[i].clone() as Selector;
    arg.nodes[0]?.spaces && (arg.nodes[0].spaces.before = '');
    at.replaceWith(...arg.nodes);
    return expand(root.toString().trim());
  });
}

/** The selectors of a rule split into those rewritten for old engines and those kept for new ones. */
export function lowerSelectorList(selector: string): { plain: string[]; modern: string[] } {
  const plain: string[] = [];
  const modern: string[] = [];
  for (const one of parser().astSync(selector).nodes) {
    const text = one.toString().trim();
    if (MODERN.test(text)) {
      modern.push(text);
      continue;
    }
    const root = parser().astSync(text);
    const nots: Pseudo[] = [];
    root.walkPseudos((p) => {
      if (p.value === ':not') nots.push(p);
    });
    // Innermost first, so an outer :not sees its arguments already rewritten.
    for (const not of nots.reverse()) lowerNot(not);
    plain.push(...expand(root.toString().trim()));
  }
  return { plain: [...new Set(plain)], modern };
}

/** PostCSS plugin: every rule's selectors through `lowerSelectorList` (rules inside @keyframes untouched). */
export function lowerSelectors(): Plugin {
  return {
    postcssPlugin: 'lower-selectors',
    Once(css) {
      css.walkRules(lowerRule);
    },
  };
}

function lowerRule(rule: Rule): void {
  if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
  if (!/:(is|where|not|has|popover-open|-webkit-any)\b/.test(rule.selector)) return;
  const { plain, modern } = lowerSelectorList(rule.selector);
  if (plain.length === 0) {
    rule.selector = modern.join(',');
    return;
  }
  if (modern.length > 0) rule.cloneAfter({ selector: modern.join(',') });
  rule.selector = plain.join(',');
}

/**
 * PostCSS plugin: `boost` (e.g. `:not(#\\#):not(#\\#)`) added to the last compound of every selector, before any
 * pseudo-element, as @csstools/postcss-cascade-layers raises unlayered rules (rules inside @keyframes untouched).
 */
export function boostSelectors(boost: string): Plugin {
  return {
    postcssPlugin: 'boost-selectors',
    // Once over the whole sheet: a `Rule` listener would see each changed rule again and boost it forever.
    Once(css) {
      css.walkRules((rule) => boostRule(rule, boost));
    },
  };
}

/** Pseudo-elements, also in their old one-colon spelling: nothing may follow them in a compound. */
const PSEUDO_ELEMENT = /^(::|:(before|after|first-line|first-letter)$)/i;

function boostRule(rule: Rule, boost: string): void {
  if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
  rule.selector = parser((root) => {
    for (const selector of root.nodes) {
      const nodes = selector.nodes;
      const last = nodes.findLastIndex((n) => n.type === 'combinator') + 1;
      const element = nodes.findIndex((n, i) => i >= last && n.type === 'pseudo' && PSEUDO_ELEMENT.test(n.value));
      const at = element < 0 ? nodes.length : element;
      const added = parser()
        .astSync(boost)
        .nodes[0].nodes.map((n) => n.clone());
      if (at < nodes.length) for (const n of added) selector.insertBefore(nodes[at], n);
      else for (const n of added) selector.append(n);
    }
  }).processSync(rule.selector);
}
