/** Which clauses get pages, and the titles, descriptions and headings those pages get, from the real pipeline. */
import { describe, expect, it } from 'vitest';
import { getDocument } from '../../../../lib/build/corpus/index.ts';
import { ancestors } from '../../../../lib/shared/clauses.ts';
import {
  crumbLabel,
  leadText,
  neighbours,
  pagedClauses,
  qualifiedLabel,
  shortTitle,
  summarize,
} from '../../../../lib/build/pages/clauses.ts';
import { clauseTitle } from '../../../../lib/build/pages/metadata.ts';
import { SCRIPTS } from '../../../../lib/shared/types.ts';
import { DOC_ID } from '../../../helpers/content.ts';
import { expectedClauses } from '../../../helpers/clauses.ts';

const doc = getDocument(DOC_ID);
if (!doc) throw new Error(`${DOC_ID} did not load`);
const hans = doc.variants['zh-hans'].clauses;
const byId = (id: string) => {
  const clause = hans.find((c) => c.id === id);
  if (!clause) throw new Error(`no clause ${id}`);
  return clause;
};

describe('paged clauses', () => {
  it('are the 3 parts and 11 items of the annex, in reading order, in both scripts', () => {
    const expected = expectedClauses().map((c) => c.id);
    expect(expected).toHaveLength(14);
    for (const script of SCRIPTS) expect(pagedClauses(doc.variants[script].clauses).map((c) => c.id)).toEqual(expected);
  });

  it('exclude paragraphs, intros, the annex and the notice', () => {
    const ids = new Set(pagedClauses(hans).map((c) => c.id));
    for (const id of ['preface', 'para_1', 'att_1', 'att_1__preamble', 'att_1__sec_1__para_1', 'att_1__sec_2__intro'])
      expect(ids.has(id)).toBe(false);
  });

  it('chain previous/next across parts, and stop at both ends', () => {
    expect(neighbours(hans, byId('att_1__sec_1')).previous).toBeUndefined();
    expect(neighbours(hans, byId('att_1__sec_2__point_8')).next?.id).toBe('att_1__sec_3');
    expect(neighbours(hans, byId('att_1__sec_3')).previous?.id).toBe('att_1__sec_2__point_8');
    expect(neighbours(hans, byId('att_1__sec_3__point_3')).next).toBeUndefined();
  });

  it('have their ancestors as the breadcrumb: 附件 › 二、… for an item', () => {
    expect(ancestors(hans, 'att_1__sec_2__point_3').map(crumbLabel)).toEqual([
      '附件',
      '二、促进产业集群发展的总体思路和措施',
    ]);
    expect(ancestors(hans, 'att_1__sec_1').map(crumbLabel)).toEqual(['附件']);
  });

  it('label an item with its part where the item number alone is ambiguous', () => {
    expect(qualifiedLabel(hans, byId('att_1__sec_3__point_1'))).toBe('三（一）加强对产业集群工作的宏观指导');
    expect(qualifiedLabel(hans, byId('att_1__sec_2__point_1'))).toBe('二（一）加强科学规划，优化区域和产业布局');
    expect(qualifiedLabel(hans, byId('att_1__sec_2'))).toBe('二、促进产业集群发展的总体思路和措施');
  });
});

describe('clause titles', () => {
  it('read as the issue asks, with the annex short title, in either script', () => {
    expect(clauseTitle(doc, 'zh-hans', byId('att_1__sec_2__point_3'))).toBe(
      '（三）壮大龙头企业，提高专业化协作水平 — 关于促进产业集群发展的若干意见',
    );
    const hant = doc.variants['zh-hant'].clauses.find((c) => c.id === 'att_1__sec_2__point_3');
    expect(hant && clauseTitle(doc, 'zh-hant', hant)).toBe(
      '（三）壯大龍頭企業，提高專業化協作水平 — 關於促進產業集群發展的若干意見',
    );
  });

  it('are unique across all 28 clause pages', () => {
    const titles = SCRIPTS.flatMap((script) =>
      pagedClauses(doc.variants[script].clauses).map((c) => clauseTitle(doc, script, c)),
    );
    expect(new Set(titles).size).toBe(28);
  });
});

describe('shortTitle', () => {
  const rows: ReadonlyArray<[string, string]> = [
    ['国家发展改革委关于促进产业集群发展的若干意见', '关于促进产业集群发展的若干意见'],
    ['國家發展改革委關於促進產業集群發展的若干意見', '關於促進產業集群發展的若干意見'],
    // Nothing before 关于: nothing to drop.
    ['关于促进产业集群发展的若干意见', '关于促进产业集群发展的若干意见'],
    // No 关于 at all: kept whole, never cut somewhere arbitrary.
    ['中华人民共和国行政许可法', '中华人民共和国行政许可法'],
  ];
  it.each(rows)('%s → %s', (title, expected) => expect(shortTitle(title)).toBe(expected));
});

describe('leadText: a description from the clause’s own words', () => {
  it('is an item’s paragraph', () =>
    expect(leadText(hans, byId('att_1__sec_2__point_3'))).toMatch(/^积极培育关联度大/));
  it('is a part’s intro when it has one, not its first item', () =>
    expect(leadText(hans, byId('att_1__sec_2'))).toMatch(/^促进产业集群发展，必须牢固树立/));
  it('is a part’s paragraphs when it has no items', () =>
    expect(leadText(hans, byId('att_1__sec_1'))).toMatch(/^改革开放以来特别是近年来/));
  it('is the item headings of a part made only of items, so it differs from its first item’s', () => {
    const text = leadText(hans, byId('att_1__sec_3'));
    expect(text).toBe(
      '（一）加强对产业集群工作的宏观指导；（二）加大对产业集群财政和金融支持力度；（三）推动重点产业集群示范建设',
    );
    expect(summarize(text)).not.toBe(summarize(leadText(hans, byId('att_1__sec_3__point_1'))));
  });
  it('gives 28 distinct descriptions', () => {
    const all = SCRIPTS.flatMap((script) =>
      pagedClauses(doc.variants[script].clauses).map((c) => summarize(leadText(doc.variants[script].clauses, c))),
    );
    expect(new Set(all).size).toBe(28);
  });
});

describe('summarize', () => {
  const long = '一二三四五六七八九十'.repeat(6);
  // [input, max, expected]
  const rows: ReadonlyArray<[string, number, string]> = [
    ['短句。', 110, '短句。'],
    ['第一段。\n第二段。', 110, '第一段。第二段。'],
    // A sentence end past half the room: stop there, with no ellipsis.
    [`${'甲'.repeat(30)}。${'乙'.repeat(30)}，丙丙`, 40, `${'甲'.repeat(30)}。`],
    // The only sentence end is too early: stop at the last pause instead, and say it goes on.
    [`甲。${'乙'.repeat(30)}，${'丙'.repeat(30)}`, 40, `甲。${'乙'.repeat(30)}……`],
    // No mark at all: a hard cut, marked.
    [long, 20, `${long.slice(0, 20)}……`],
    // Latin words keep their spaces.
    ['OEM to ODM and OBM', 110, 'OEM to ODM and OBM'],
  ];
  it.each(rows)('%#', (input, max, expected) => expect(summarize(input, max)).toBe(expected));
});
