/** Site and publisher furniture: a watermark or uploader line ending the article, a stray layout line (`LT`). */
import type { Block } from '../article/index.ts';
import type { Rng } from '../prng.ts';
import type { DamageOptions } from './index.ts';

/** A mark to put after the article's last line, or on a line of its own. */
export interface EndMark {
  text: string;
  ownLine: boolean;
}

/**
 * 篇五's watermark or 篇六's uploader line, at the very end of the article
 * (glued to its last line once the rest of the damage is done).
 */
export function endMark(
  list: readonly Block[],
  rng: Rng,
  options: DamageOptions,
  trailerFollows: boolean,
  format: string[],
): EndMark | undefined {
  const last = list[list.length - 1];
  let tail: EndMark | undefined;
  if (last && (last.kind === 'body' || last.kind === 'meta') && rng.chance(options.watermark)) {
    const code = `${rng.pick(['MEC', 'CNKI', 'WF'])}${rng.int(2005, 2023)}.${rng.int(10, 9999)}`;
    tail = { text: `${code}Copyright?博看网www.bookan.com.cn.AllRightsReserved.`, ownLine: false };
    format.push('furniture:watermark');
  } else if (last && last.kind === 'body' && !trailerFollows && rng.chance(options.attribution)) {
    const who = `作者:${rng.pick(['金鹏信息网格化软件公司', '星辰文档网', '党建资料文库', '红色先锋工作室', '基层党建服务平台'])}`;
    tail = { text: who, ownLine: rng.chance(0.5) };
    format.push('furniture:site-attribution');
  }
  return tail;
}

/** A stray line of layout debris after the title (篇六, where the title then repeats) or between paragraphs. */
export function withJunkLine(list: Block[], rng: Rng, options: DamageOptions, format: string[]): Block[] {
  if (!rng.chance(options.junk)) return list;
  const junk: Block = { text: rng.pick(['LT', 'LT', 'TT', 'EL']), kind: 'junk' };
  const titleAt = list.findIndex((b) => b.kind === 'title');
  const bodies = list.map((b, i) => (b.kind === 'body' && list[i + 1]?.kind === 'body' ? i : -1)).filter((i) => i >= 0);
  if (titleAt !== -1 && (bodies.length === 0 || rng.chance(0.5))) {
    const again = rng.chance(0.5) && list[titleAt + 1]?.kind !== 'title' ? [{ ...list[titleAt] }] : [];
    format.push(again.length ? 'furniture:junk-line+title-again' : 'furniture:junk-line');
    return [...list.slice(0, titleAt + 1), junk, ...again, ...list.slice(titleAt + 1)];
  }
  if (bodies.length) {
    const at = rng.pick(bodies) + 1;
    format.push('furniture:junk-line');
    return [...list.slice(0, at), junk, ...list.slice(at)];
  }
  return list;
}
