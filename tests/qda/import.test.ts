import { randomUUID } from 'node:crypto';
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
  new RegExp(`<PlainTextSelection guid="${guids.item(id)}"[\\s\\S]*?</PlainTextSelection>`).exec(qde)![0];

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

  it('reads a project saved the way QualCoder saves it: new GUIDs, one selection per code, no links', async () => {
    const zip = await JSZip.loadAsync(await qdpxBytes(corpus));
    const renamed = new Map<string, string>();
    const fresh = (guid: string) => {
      if (!renamed.has(guid)) renamed.set(guid, randomUUID());
      return renamed.get(guid)!;
    };
    let qde = (await zip.file('project.qde')!.async('string'))
      .replace(/<Links>[\s\S]*<\/Links>/, '')
      .replace(
        /<PlainTextSelection ([^>]*)>(<Description>[^<]*<\/Description>)?((?:<Coding[\s\S]*?<\/Coding>)+)<NoteRef[^>]*\/><\/PlainTextSelection>/g,
        (_, attrs: string, _d, codings: string) =>
          codings
            .match(/<Coding[\s\S]*?<\/Coding>/g)!
            .map((c) => `<PlainTextSelection ${attrs.replace(/ name="[^"]*"/, '')}>${c}</PlainTextSelection>`)
            .join(''),
      );
    expect(qde.match(/<PlainTextSelection /g)!.length).toBeGreaterThan(items.length);
    qde = qde.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, fresh);
    const saved = new JSZip();
    saved.file('project.qde', qde);
    for (const file of Object.values(zip.files))
      if (file.name.startsWith('sources/'))
        saved.file(file.name.replace(/[0-9a-f-]{36}/, fresh), `\uFEFF${await file.async('string')}`);
    expect(await importQdpx(await saved.generateAsync({ type: 'uint8array' }), corpus)).toEqual({
      overrides: { items: {}, links: { add: [], remove: [] } },
      problems: [],
    });
  });

  it('reports a selection that no longer matches its item, and takes nothing from it', async () => {
    const item = items.find((i) => corpus.links.some((l) => l.from === i.id))!;
    const bytes = await edited((qde) => {
      const s = selectionOf(qde, item.id);
      return qde.replace(
        s,
        s.replace(/startPosition="(\d+)"/, (_, n) => `startPosition="${Number(n) + 1}"`),
      );
    });
    const { overrides, problems } = await importQdpx(bytes, corpus);
    expect(overrides).toEqual({ items: {}, links: { add: [], remove: [] } });
    const links = corpus.links.filter((l) => l.from === item.id || l.to === item.id);
    expect(problems).toEqual([
      expect.stringContaining(`与条目 ${item.id} 不符`),
      expect.stringContaining(`条目 ${item.id} 在导入的项目中没有对应的选段`),
      ...links.map((l) => expect.stringContaining(`关联“${l.from} → ${l.to}”的一端不是本库的条目`)),
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
        .replace(new RegExp(`<Link guid="${guids.link(link)}"[\\s\\S]*?</Link>`), '')
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
