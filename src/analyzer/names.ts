/** The Chinese names readers see for roles and link kinds: in reports, tables, workbooks and QDA codes. */
import type { Link, Role } from './types.ts';

/** Role names as readers see them. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  context: '背景',
  problem: '问题',
  cause: '原因',
  countermeasure: '对策',
  conclusion: '结语',
  abstract: '摘要',
  references: '参考文献',
  other: '其他',
};

/** Link kinds as readers see them. */
export const LINK_KIND_NAMES: Readonly<Record<Link['kind'], string>> = {
  explicit: '明示',
  lexical: '词语',
  thematic: '议题',
};
