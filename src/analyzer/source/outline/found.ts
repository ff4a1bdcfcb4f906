/** What the items stage reads (`ItemsInput`) and what it finds before items are numbered (`Found`). */
import type { Rules } from '../../config/rules.ts';
import type { ItemRole, OutlineNode, RoleEvidence, Span, SubPoint } from '../../types.ts';

/** An article as the items stage reads it. */
export interface ItemsInput {
  text: string;
  view: string;
  slug: string;
  rules: Pick<
    Rules,
    'headingFinals' | 'bodyOpeners' | 'roleCues' | 'achievements' | 'leadIns' | 'itemWording' | 'answering'
  >;
  /** Maps a clean-text span to the source. */
  toSource: (span: Span) => Span;
  /** The abstract's span, read for lists where the body gives no item (`sentenceListsOnly`). */
  abstract?: Span;
}

/** An item found, before it is numbered. */
export interface Found {
  role: ItemRole;
  node: OutlineNode;
  marker: string;
  titleSpan: Span;
  span: Span;
  path: string[];
  subpoints: SubPoint[];
  evidence: RoleEvidence;
  /** The problem its heading names it the answer to (`pairHeading`). */
  answers?: Found;
}
