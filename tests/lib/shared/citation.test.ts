/**
 * lib/shared/citation.ts against the real pipeline's clause lists: the published document in both scripts,
 * and differently shaped documents (two annexes, a part with paragraphs, a wrap-up; parts and items
 * in the notice's own body) to show the wording is generic. Expected citations are written out by
 * hand, as an official would cite.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDocument } from '../../../lib/build/content/load.ts';
import { citeClause, clauseLocator, clauseShortName, documentReference } from '../../../lib/shared/citation.ts';
import { getDocument } from '../../../lib/build/corpus/index.ts';
import { renderDocument } from '../../../lib/build/pipeline/index.ts';
import { noticeWithBodyParts } from '../../helpers/notices.ts';

const doc = getDocument('ndrc-2007-2897');
if (!doc) throw new Error('content/ndrc-2007-2897 is missing');
const hans = doc.variants['zh-hans'];
const hant = doc.variants['zh-hant'];

describe('citeClause on 发改企业〔2007〕2897号', () => {
  const golden: Array<[id: string, hans: string, hant: string]> = [
    [
      'att_1__sec_2__point_3',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第二部分第（三）項',
    ],
    [
      'att_1__sec_3__point_1',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第三部分第（一）项',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第三部分第（一）項',
    ],
    [
      'att_1__sec_1__para_2',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第一部分第二段',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第一部分第二段',
    ],
    [
      'att_1__sec_2__intro',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分引言',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第二部分引言',
    ],
    [
      'att_1__sec_2',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第二部分',
    ],
    [
      'att_1__preamble',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）序言',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）序言',
    ],
    [
      'att_1',
      '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）',
      '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）',
    ],
    [
      'para_1',
      '《国家发展改革委关于印发促进产业集群发展的若干意见的通知》（发改企业〔2007〕2897号）正文第一段',
      '《國家發展改革委關於印發促進產業集群發展的若干意見的通知》（發改企業〔2007〕2897號）正文第一段',
    ],
    [
      'preamble',
      '《国家发展改革委关于印发促进产业集群发展的若干意见的通知》（发改企业〔2007〕2897号）主送机关',
      '《國家發展改革委關於印發促進產業集群發展的若干意見的通知》（發改企業〔2007〕2897號）主送機關',
    ],
  ];
  it.each(golden)('%s', (id, expectedHans, expectedHant) => {
    expect(citeClause(hans.clauses, hans.meta, id, 'zh-hans')).toBe(expectedHans);
    expect(citeClause(hant.clauses, hant.meta, id, 'zh-hant')).toBe(expectedHant);
  });

  it('never mixes scripts: no 项/机关 in traditional, no 項/機關 in simplified', () => {
    for (const clause of hans.clauses) {
      expect(citeClause(hans.clauses, hans.meta, clause.id, 'zh-hans')).not.toMatch(/[項號關發]/);
      expect(citeClause(hant.clauses, hant.meta, clause.id, 'zh-hant')).not.toMatch(/[项号关发]/);
    }
  });

  it('does not cite a clause of the annex under the notice title, nor the reverse', () => {
    expect(citeClause(hans.clauses, hans.meta, 'att_1__sec_2__point_3', 'zh-hans')).not.toContain('通知》');
    expect(citeClause(hans.clauses, hans.meta, 'para_1', 'zh-hans')).not.toContain('附件');
  });

  it('rejects an id that is not a clause', () => {
    expect(() => citeClause(hans.clauses, hans.meta, 'att_1__sec_9', 'zh-hans')).toThrow(/no clause/);
  });

  it('names every citable clause (the copy buttons announce it), and marks the title and signature not citable', () => {
    const citable = hans.clauses.filter((c) => c.citable).map((c) => c.id);
    expect(citable).not.toContain('preface');
    expect(citable).not.toContain('conclusions');
    expect(citable).not.toContain('preamble');
    expect(citable).toContain('att_1__sec_2__point_8');
    for (const id of citable) expect(clauseShortName(hans.clauses, id, 'zh-hans', hans.meta)).not.toBe('');
    expect(clauseShortName(hans.clauses, 'att_1', 'zh-hans', hans.meta)).toBe('附件');
  });
});

describe('citeClause on a second document shape', () => {
  const markdown = `:::preface
示发〔2024〕7号

# 关于印发两项办法的通知
:::

现印发给你们。

请遵照执行。

:::conclusions
示例机关
:::

:::attachment
附件1：

# 甲办法

## 一、总则

第一段。

第二段。

## 二、措施

引言。

### （一）第一项。

内容一。

### （二）第二项。

内容二。
:::

:::attachment
附件2：

# 乙办法

## 一、范围

适用于示例。
:::
`;
  const options = { title: '关于印发两项办法的通知', docNumber: '示发〔2024〕7号', annexTitles: ['甲办法', '乙办法'] };
  const { clauses } = renderDocument(markdown, 'example.md', options);
  const meta = {
    title: options.title,
    docNumber: options.docNumber,
    annexes: options.annexTitles.map((title) => ({ title })),
  };

  it.each([
    ['para_2', '《关于印发两项办法的通知》（示发〔2024〕7号）正文第二段'],
    ['att_1__sec_1__para_2', '《甲办法》（示发〔2024〕7号附件1）第一部分第二段'],
    ['att_1__sec_2__point_2', '《甲办法》（示发〔2024〕7号附件1）第二部分第（二）项'],
    ['att_2__sec_1__para_1', '《乙办法》（示发〔2024〕7号附件2）第一部分第一段'],
  ])('%s → %s', (id, expected) => {
    expect(citeClause(clauses, meta, id, 'zh-hans')).toBe(expected);
  });

  it('writes the locator alone for the buttons, in either script', () => {
    expect(clauseLocator(clauses, 'att_1__sec_2__point_2', 'zh-hans')).toBe('第二部分第（二）项');
    expect(clauseLocator(clauses, 'att_1__sec_2__point_2', 'zh-hant')).toBe('第二部分第（二）項');
    expect(clauseShortName(clauses, 'att_2', 'zh-hans', meta)).toBe('附件2');
  });

  it('counts items past ten the way the text does: 第（十一）项', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      id: `att_1__sec_1__point_${i + 1}`,
      kind: 'point' as const,
      parent: 'att_1__sec_1',
      ordinal: i + 1,
    }));
    const list = [
      { id: 'att_1', kind: 'att' as const, parent: null, ordinal: 1 },
      { id: 'att_1__sec_1', kind: 'sec' as const, parent: 'att_1', ordinal: 1 },
      ...many,
    ];
    expect(clauseLocator(list, 'att_1__sec_1__point_11', 'zh-hans')).toBe('第一部分第（十一）项');
  });
});

describe('citeClause on a notice with parts and items in its own body', () => {
  const markdown = noticeWithBodyParts({ title: '关于做好示例工作的通知', docNumber: '示发〔2024〕9号', annex: false });
  const options = { title: '关于做好示例工作的通知', docNumber: '示发〔2024〕9号', annexTitles: [] };
  const { clauses } = renderDocument(markdown, 'example.md', options);
  const meta = { title: options.title, docNumber: options.docNumber, annexes: [] };

  it.each([
    ['para_1', '《关于做好示例工作的通知》（示发〔2024〕9号）正文第一段'],
    ['sec_1', '《关于做好示例工作的通知》（示发〔2024〕9号）第一部分'],
    ['sec_1__para_2', '《关于做好示例工作的通知》（示发〔2024〕9号）第一部分第二段'],
    ['sec_2__intro', '《关于做好示例工作的通知》（示发〔2024〕9号）第二部分引言'],
    ['sec_2__point_2', '《关于做好示例工作的通知》（示发〔2024〕9号）第二部分第（二）项'],
  ])('%s → %s', (id, expected) => {
    expect(citeClause(clauses, meta, id, 'zh-hans')).toBe(expected);
  });

  it('names the parts and items for the copy buttons, without 附件', () => {
    expect(clauseShortName(clauses, 'sec_2__point_1', 'zh-hant', meta)).toBe('第二部分第（一）項');
    expect(clauses.filter((c) => c.citable).map((c) => c.id)).toEqual([
      'para_1',
      'sec_1',
      'sec_1__para_1',
      'sec_1__para_2',
      'sec_2',
      'sec_2__intro',
      'sec_2__point_1',
      'sec_2__point_2',
    ]);
  });
});

describe('citeClause on regulations: 条、款、项、目, and 章、节 for themselves', () => {
  const load = (id: string) => loadDocument(path.join(process.cwd(), 'tests', 'fixtures', 'documents', id));
  const measures = load('sample-2024-17');
  const order = load('sample-order-9');

  // Written by hand, as an official would cite: the 章 never appears before an article, a lone 款 is not named.
  const golden: Array<[doc: typeof measures, id: string, hans: string, hant: string]> = [
    [
      measures,
      'att_1__art_5__para_1__point_3',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第五条第一款第（三）项',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第五條第一款第（三）項',
    ],
    [
      measures,
      'att_1__art_5__para_1__point_3__point_2',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第五条第一款第（三）项第2目',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第五條第一款第（三）項第2目',
    ],
    [
      measures,
      'att_1__art_2__para_2',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第二条第二款',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第二條第二款',
    ],
    [
      measures,
      'att_1__art_3__point_2',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第三条第（二）项',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第三條第（二）項',
    ],
    [
      measures,
      'att_1__art_4',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第四条',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第四條',
    ],
    [
      measures,
      'att_1__chp_2',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第二章',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第二章',
    ],
    [
      measures,
      'att_1__chp_2__sec_1',
      '《示例市产业园区管理办法》（示发改〔2024〕17号附件）第二章第一节',
      '《示例市產業園區管理辦法》（示發改〔2024〕17號附件）第二章第一節',
    ],
    [
      order,
      'art_5__point_2',
      '《示例市政府投资项目管理规定》（示例市人民政府令第9号）第五条第（二）项',
      '《示例市政府投資項目管理規定》（示例市人民政府令第9號）第五條第（二）項',
    ],
    [
      order,
      'art_12',
      '《示例市政府投资项目管理规定》（示例市人民政府令第9号）第十二条',
      '《示例市政府投資項目管理規定》（示例市人民政府令第9號）第十二條',
    ],
    [
      order,
      'art_3__para_2',
      '《示例市政府投资项目管理规定》（示例市人民政府令第9号）第三条第二款',
      '《示例市政府投資項目管理規定》（示例市人民政府令第9號）第三條第二款',
    ],
    [
      order,
      'para_1',
      '《示例市政府投资项目管理规定》（示例市人民政府令第9号）正文第一段',
      '《示例市政府投資項目管理規定》（示例市人民政府令第9號）正文第一段',
    ],
  ];

  it.each(golden)('%#: %s', (doc, id, hansCitation, hantCitation) => {
    const [hansVariant, hantVariant] = [doc.variants['zh-hans'], doc.variants['zh-hant']];
    expect(citeClause(hansVariant.clauses, hansVariant.meta, id, 'zh-hans')).toBe(hansCitation);
    expect(citeClause(hantVariant.clauses, hantVariant.meta, id, 'zh-hant')).toBe(hantCitation);
  });

  it('names an article by its number alone, and a 项 by its article, for the copy buttons', () => {
    const { clauses, meta } = measures.variants['zh-hans'];
    expect(clauseShortName(clauses, 'att_1__art_4', 'zh-hans', meta)).toBe('第四条');
    expect(clauseShortName(clauses, 'att_1__art_3__point_2', 'zh-hans', meta)).toBe('第三条第（二）项');
    expect(clauseShortName(clauses, 'att_1__art_3__point_2', 'zh-hans', meta)).not.toContain('章');
  });

  it('cites a document without a number by its title alone', () => {
    expect(documentReference({ title: '示例规定' })).toBe('《示例规定》');
    expect(documentReference({ title: '示例规定', docNumber: '示例市人民政府令第1号' })).toBe(
      '《示例规定》（示例市人民政府令第1号）',
    );
  });
});
