import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/analyzer/index.ts';
import { guids } from '../../src/qda/refi.ts';
import { importQdpx, qdpxBytes } from '../../scripts/lib/qda-files.ts';
import { analyzeSeed, corpusOptions } from '../analyze-helpers.ts';

const corpus = analyzeCorpus([analyzeSeed()], [], corpusOptions()).corpus;
const items = corpus.sources.flatMap((s) => s.articles.flatMap((a) => a.items));

/** The exported project with project.qde changed by `edit`, zipped again as a QDA tool would save it. */
async function edited(edit: (qde: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await qdpxBytes(corpus));
  zip.file('project.qde', edit(await zip.file('project.qde')!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/** The `<PlainTextSelection>` element of an item in project.qde. */
const selectionOf = (qde: string, id: string) =>
  new RegExp(`<PlainTextSelection guid="${guids.item(id)}"[^]*?</PlainTextSelection>`).exec(qde)![0];

describe('.qdpx import', () => {
  it('yields no entries for an unchanged export', async () => {
    expect(await importQdpx(await qdpxBytes(corpus), corpus)).toEqual({
      overrides: { items: {}, links: { add: [], remove: [] } },
      problems: [],
    });
  });

  it('yields exactly one removed theme and one changed role', async () => {
    const themed = items.find((i) => i.themes.length > 0)!;
    const theme = themed.themes[0].theme;
    const other = items.find((i) => i.role === 'problem' && i.id !== themed.id)!;
    const bytes = await edited((qde) => {
      const a = selectionOf(qde, themed.id);
      const coding = new RegExp(`<Coding guid="[^"]+"><CodeRef targetGUID="${guids.theme(theme)}"/></Coding>`);
      qde = qde.replace(a, a.replace(coding, ''));
      const b = selectionOf(qde, other.id);
      return qde.replace(b, b.replace(guids.role('problem'), guids.role('countermeasure')));
    });
    expect(await importQdpx(bytes, corpus)).toEqual({
      overrides: {
        items: { [themed.id]: { removeThemes: [theme] }, [other.id]: { role: 'countermeasure' } },
        links: { add: [], remove: [] },
      },
      problems: [],
    });
  });

  it('reports a selection that no longer matches its item, and takes nothing from it', async () => {
    const item = items[0];
    const bytes = await edited((qde) => {
      const s = selectionOf(qde, item.id);
      return qde.replace(
        s,
        s.replace(/startPosition="(\d+)"/, (_, n) => `startPosition="${Number(n) + 1}"`),
      );
    });
    const { overrides, problems } = await importQdpx(bytes, corpus);
    expect(overrides.items).toEqual({});
    expect(problems).toEqual([
      expect.stringContaining(`与条目 ${item.id} 不符`),
      expect.stringContaining(`条目 ${item.id} 在导入的项目中没有对应的选段`),
    ]);
  });

  it('turns a deleted link into a removal and a new one into an addition', async () => {
    const link = corpus.links[0];
    const problem = items.find((i) => i.role === 'problem')!;
    const measure = items.find(
      (i) => i.role === 'countermeasure' && !corpus.links.some((l) => l.from === problem.id && l.to === i.id),
    )!;
    const bytes = await edited((qde) =>
      qde
        .replace(new RegExp(`<Link guid="${guids.link(link)}"[^]*?</Link>`), '')
        .replace(
          '</Links>',
          `<Link guid="${guids.link({ from: problem.id, to: measure.id })}" direction="OneWay" originGUID="${guids.item(problem.id)}" targetGUID="${guids.item(measure.id)}"/></Links>`,
        ),
    );
    expect((await importQdpx(bytes, corpus)).overrides.links).toEqual({
      add: [{ from: problem.id, to: measure.id }],
      remove: [{ from: link.from, to: link.to }],
    });
  });
});
