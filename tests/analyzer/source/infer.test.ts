import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overridesSchema } from '../../../src/analyzer/config/overrides.ts';
import { inferRole, wordAt } from '../../../src/analyzer/source/outline/infer.ts';
import { buildCorpus } from '../../../scripts/lib/corpus.ts';
import { itemsOf } from '../../analyze-helpers.ts';
import { simpleWordAt } from '../../reference/infer-simple.ts';
import { content, rules } from '../../helpers.ts';

/** An article whose headings never name a role: problems, then countermeasures, numbered alike. */
const IMPLICIT = [
  '关于机关党建工作的几点思考',
  '近年来，机关党建工作取得了一定成效。',
  '一、学习教育流于形式',
  '有的支部照本宣科。',
  '二、党建与业务融合不够',
  '“两张皮”现象仍然存在。',
  '三、加强学习教育',
  '要创新学习方式。',
  '四、推进党建与业务深度融合',
  '要同谋划同部署。',
  '',
].join('\n');

describe('roles inferred from an item’s own wording', () => {
  it('reads a deficiency as a problem and an action as a countermeasure, longer words first', () => {
    expect(inferRole('制度不健全', rules.itemWording)).toMatchObject({
      role: 'problem',
      evidence: { source: 'inferred', words: ['不健全'], margin: 1 },
    });
    expect(inferRole('健全制度，强化考核', rules.itemWording)).toMatchObject({
      role: 'countermeasure',
      evidence: { words: ['健全', '强化'], margin: 2 },
    });
    expect(inferRole('由于思想认识不到位导致', rules.itemWording)?.role).toBe('cause');
    expect(inferRole('党员队伍的基本情况', rules.itemWording)).toBe(undefined);
    expect(inferRole('带头人队伍结构不合理', rules.itemWording)?.role).toBe('problem');
  });

  it('reads what still awaits an action (`亟待创新`, `仍待规范`) as a deficiency, in a heading naming a means too', () => {
    for (const title of ['党建工作方法亟待创新', '发展党员程序仍待规范', '制度建设尚待完善'])
      expect(inferRole(title, rules.itemWording)?.role).toBe('problem');
    expect(
      itemsOf(
        ['医院党建调研', '(一)党建与业务融合不够。', '(二)党建工作方法亟待创新。', '"轻创新、重稳妥"。', ''].join('\n'),
      ),
    ).toEqual(['problem: 党建与业务融合不够', 'problem: 党建工作方法亟待创新']);
  });

  it('reads what has turned weak or hollow (`软弱化`, `“一般化”`, `边缘化`) as a deficiency, a goal (`年轻化`) not', () => {
    for (const title of ['党务工作开展软弱化', '党务干部能力素质“一般化”', '党组织作用边缘化', '村庄空心化'])
      expect(inferRole(title, rules.itemWording)?.role, title).toBe('problem');
    expect(inferRole('推进干部队伍年轻化', rules.itemWording)?.role).toBe('countermeasure');
  });

  it('reads the deficiency words the held-out texts used (`参差不齐`, `脱节`, `不均衡`, `老龄化`, `严重`)', () => {
    for (const title of [
      '人员素质参差不齐',
      '党建工作与企业文化建设的脱节',
      '党组织作用发挥不均衡',
      '党员老龄化',
      '乡村混混介入治理,严重干扰村民自治',
    ])
      expect(inferRole(title, rules.itemWording)?.role, title).toBe('problem');
  });

  it('reads an action negated right after it (`落实不够到位`) as a deficiency, not one going on (`不断`)', () => {
    expect(inferRole('组织生活制度落实不够到位', rules.itemWording)).toMatchObject({
      role: 'problem',
      evidence: { words: ['落实', '不够'], margin: 2 },
    });
    expect(inferRole('加强不断创新', rules.itemWording)?.role).toBe('countermeasure');
  });

  it('reads an action weighed lightly (`重形式轻落实`) as a deficiency, and the same action alone as an action', () => {
    expect(inferRole('党建工作重形式轻落实', rules.itemWording)).toMatchObject({
      role: 'problem',
      evidence: { words: ['落实'], margin: 1 },
    });
    expect(inferRole('落实党建工作责任制', rules.itemWording)?.role).toBe('countermeasure');
  });

  it('reads `突出` opening a title as an action (`突出政治功能`), closing a clause as a deficiency (`矛盾突出`)', () => {
    expect(inferRole('突出政治功能,精选活动主题', rules.itemWording)).toMatchObject({
      role: 'countermeasure',
      evidence: { words: ['突出'], margin: 1 },
    });
    expect(inferRole('党员队伍老化问题突出', rules.itemWording)?.role).toBe('problem');
  });

  it('reads an action that is hard to do (`提高难,`) as a deficiency, not an action taking a noun (`提高难度`)', () => {
    expect(inferRole('党员队伍素质提高难,先锋不先进', rules.itemWording)).toMatchObject({
      role: 'problem',
      evidence: { words: ['提高', '难'], margin: 2 },
    });
    expect(inferRole('组织建立难', rules.itemWording)?.evidence.margin).toBe(2);
    // Deficiencies of work style (t-06): `虚假`, `过多`, `泛滥`, `冷漠`, `敷衍`.
    for (const t of ['信息报送过程中存在虚假现象', '会议过多过长', '文件下发泛滥', '服务态度冷漠,对待群众诉求敷衍了事'])
      expect(inferRole(t, rules.itemWording)?.role).toBe('problem');
    // A lack said to bring about a decline (`…的缺乏可能导致…的凝聚力减弱`) states a problem, not a cause.
    for (const t of ['领导组织力的缺乏可能导致社区党组织的凝聚力减弱', '领导组织力的缺乏可能导致服务质量下降'])
      expect(inferRole(t, rules.itemWording)?.role).toBe('problem');
    // So is one `难` comes right before (`组织难建立`), not `克难`.
    expect(inferRole('组织难建立', rules.itemWording)).toMatchObject({ role: 'problem', evidence: { margin: 2 } });
    expect(inferRole('攻坚克难,推进工作', rules.itemWording)?.role).not.toBe('problem');
    expect(inferRole('提高难度', rules.itemWording)?.role).not.toBe('problem');
    expect(
      itemsOf(
        [
          '国有企业党建工作调研报告',
          '4、党员队伍素质提高难,先锋不先进。党员队伍明显老化。',
          '5、企业党务干部处境难,待遇不留人。政工干部说十年政工一场空。',
          '',
        ].join('\n'),
      ),
    ).toEqual(['problem: 党员队伍素质提高难,先锋不先进', 'problem: 企业党务干部处境难,待遇不留人']);
  });

  it('gives a tie to the word closing the title (its predicate), and only to that', () => {
    expect(inferRole('思想认识与加强党员教育管理工作不适应', rules.itemWording)).toMatchObject({
      role: 'problem',
      evidence: { words: ['不适应'], margin: 0 },
    });
    expect(inferRole('强化不足。', rules.itemWording)?.role).toBe('problem');
    // 难 inside 难题 closes nothing.
    expect(inferRole('完善制度，直面难题', rules.itemWording)).toBe(undefined);
  });

  it('reads 不断 and 不仅 as no negators (`不断提升` is an action)', () => {
    expect(inferRole('规范化水平不断提升', rules.itemWording)?.role).toBe('countermeasure');
    expect(inferRole('规范化水平不能提升', rules.itemWording)?.role).toBe('problem');
  });

  it('reads points a lead-in announces as countermeasures as problems when every one reads as a deficiency', () => {
    const text = [
      '社区党员教育管理工作的思考',
      '党员教育管理工作面临着许多新问题，值得认真思考并提出对策加以解决。',
      '一是思想认识与加强党员教育管理工作不适应。有的认为管与不管不影响大局。',
      '二是工作机制与提高党员教育管理工作水平不适应。党务工作者人手不足。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 思想认识与加强党员教育管理工作不适应',
      'problem: 工作机制与提高党员教育管理工作水平不适应',
    ]);
  });

  it('gives numbered sections no heading names their roles, and records it', () => {
    expect(itemsOf(IMPLICIT)).toEqual([
      'problem: 学习教育流于形式',
      'problem: 党建与业务融合不够',
      'countermeasure: 加强学习教育',
      'countermeasure: 推进党建与业务深度融合',
    ]);
  });

  it('reads no item from a list where few sections read as items (`资源需求` beside `存在的问题`)', () => {
    const text = [
      '关于社区党建工作的调研报告',
      '一、存在的问题',
      '1.党员教育流于形式',
      '2.活动阵地不足',
      '二、对策建议',
      '1.创新党员教育方式',
      '2.加强阵地建设',
      '三、资源需求',
      '1.人力资源配置',
      '2.财力资源保障',
      '3.技术资源支撑',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 党员教育流于形式',
      'problem: 活动阵地不足',
      'countermeasure: 创新党员教育方式',
      'countermeasure: 加强阵地建设',
    ]);
  });

  it('reads an action taking a context word as its object (`提高认识`) as an item, not a section on the situation', () => {
    const text = [
      '关于社区共建工作的思考',
      '一、共建意识淡薄',
      '驻区单位参与率低。',
      '二、共建合力不足',
      '各自为政。',
      '三、提高认识，营造共建氛围',
      '要强化驻区单位共建意识。一要加强宣传，广泛宣传共建的重要性。二要加强沟通，使驻区单位变成热心人。三要培育典型，以典型引路。',
      '四、健全机制，形成共建合力',
      '要定期召开联席会议。',
      '',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      'problem: 共建意识淡薄',
      'problem: 共建合力不足',
      'countermeasure: 提高认识，营造共建氛围',
      'countermeasure: 健全机制，形成共建合力',
    ]);
  });

  it('can be corrected in content/overrides.yaml like any other role', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'infer-'));
    const path = join(dir, 'implicit.txt');
    writeFileSync(path, IMPLICIT);
    const first = (await buildCorpus([path], content)).sources[0].articles[0].items[2];
    expect(first.roleEvidence.source).toBe('inferred');
    const overrides = overridesSchema.parse({ items: { [first.id]: { role: 'problem' } } });
    const fixed = (await buildCorpus([path], { ...content, overrides })).sources[0].articles[0].items[2];
    expect([first.role, fixed.role]).toEqual(['countermeasure', 'problem']);
  });
});

describe('the word at a position of a title (the trie walk)', () => {
  // Words over a small alphabet, so they overlap, share prefixes and repeat across roles and lists.
  const word = fc
    .array(fc.constantFrom('不', '强', '化', '因', '不强'), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(''));
  const lists = fc.record({ anywhere: fc.array(word, { maxLength: 4 }), opening: fc.array(word, { maxLength: 2 }) });
  const wording = fc.record({
    problem: lists,
    cause: lists,
    countermeasure: lists,
    negators: fc.constant<string[]>([]),
    unnegating: fc.constant<string[]>([]),
  });
  const title = fc.array(fc.constantFrom('不', '强', '化', '因', 'x'), { maxLength: 10 }).map((t) => t.join(''));

  it('finds the word the scan of every list finds (property)', () => {
    fc.assert(
      fc.property(title, wording, (t, w) => {
        for (let i = 0; i <= t.length; i++) expect(wordAt(t, i, w)).toEqual(simpleWordAt(t, i, w));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the word the scan finds with the rules’ own lists', () => {
    const words = (['problem', 'cause', 'countermeasure'] as const).flatMap((r) => [
      ...rules.itemWording[r].anywhere,
      ...rules.itemWording[r].opening,
    ]);
    const sentence = fc.array(fc.constantFrom(...words, '党建', '，'), { maxLength: 6 }).map((t) => t.join(''));
    fc.assert(
      fc.property(sentence, (t) => {
        for (let i = 0; i <= t.length; i++)
          expect(wordAt(t, i, rules.itemWording)).toEqual(simpleWordAt(t, i, rules.itemWording));
      }),
      { numRuns: 300 },
    );
  });
});
