/**
 * Golden tests of the standard-format citations (lib/build/citation/, filled the way the browser fills
 * them with lib/shared/citation-formats.ts), on the real pipeline's documents: the NDRC notice and its
 * item 二（三）, and the fixture 令 示例市人民政府令第9号 (a number without 〔〕), in both scripts. Every expected
 * string is written out by hand from GB/T 7714—2025's rules (README, Citations), never produced by the code.
 * Rows that must not match guard against a doubled period, a dangling colon and a lost 文号.
 */
import { describe, expect, it } from 'vitest';
import { citationTemplates } from '../../../../lib/build/citation/index.ts';
import { gbtAnnex, gbtDocument } from '../../../../lib/build/citation/gbt7714.ts';
import { fillTemplate, gbtTemplateFor, isoDay } from '../../../../lib/shared/citation-formats.ts';
import type { Script } from '../../../../lib/shared/types.ts';
import { testedDocument } from '../../../helpers/corpus.ts';

/** The 引用日期 of a reader copying on 3 December 2026. */
const DAY = '2026-12-03';
const SITE = 'https://policy.example.cn';

function filled(docId: string, script: Script, clauseId?: string) {
  const doc = testedDocument(docId);
  const variant = doc.variants[script];
  const templates = citationTemplates(doc.id, script, variant.meta);
  const page = `${SITE}/${script}/${docId}/`;
  return {
    gbtDocument: fillTemplate(templates.gbt, page, DAY),
    gbtClause: clauseId
      ? fillTemplate(gbtTemplateFor(templates, variant.clauses, clauseId), `${page}#${clauseId}`, DAY)
      : '',
    csl: fillTemplate(templates.csl, page, DAY),
    bibtex: fillTemplate(templates.bibtex, page, DAY),
  };
}

describe('GB/T 7714—2025 of 发改企业〔2007〕2897号', () => {
  it.each([
    [
      'zh-hans',
      '中华人民共和国国家发展和改革委员会.国家发展改革委关于印发促进产业集群发展的若干意见的通知:发改企业〔2007〕2897号[EB/OL].(2007-12-05)[2026-12-03].https://policy.example.cn/zh-hans/ndrc-2007-2897/.',
    ],
    [
      'zh-hant',
      '中華人民共和國國家發展和改革委員會.國家發展改革委關於印發促進產業集群發展的若干意見的通知:發改企業〔2007〕2897號[EB/OL].(2007-12-05)[2026-12-03].https://policy.example.cn/zh-hant/ndrc-2007-2897/.',
    ],
  ] as const)('the document, %s', (script, expected) => {
    expect(filled('ndrc-2007-2897', script).gbtDocument).toBe(expected);
  });

  it.each([
    [
      'zh-hans',
      '中华人民共和国国家发展和改革委员会.国家发展改革委关于促进产业集群发展的若干意见[EB/OL]//中华人民共和国国家发展和改革委员会.国家发展改革委关于印发促进产业集群发展的若干意见的通知:发改企业〔2007〕2897号.(2007-12-05)[2026-12-03].https://policy.example.cn/zh-hans/ndrc-2007-2897/#att_1__sec_2__point_3.',
    ],
    [
      'zh-hant',
      '中華人民共和國國家發展和改革委員會.國家發展改革委關於促進產業集群發展的若干意見[EB/OL]//中華人民共和國國家發展和改革委員會.國家發展改革委關於印發促進產業集群發展的若干意見的通知:發改企業〔2007〕2897號.(2007-12-05)[2026-12-03].https://policy.example.cn/zh-hant/ndrc-2007-2897/#att_1__sec_2__point_3.',
    ],
  ] as const)('item 二（三） of the annex, a contribution to the notice, %s', (script, expected) => {
    expect(filled('ndrc-2007-2897', script, 'att_1__sec_2__point_3').gbtClause).toBe(expected);
  });

  it('a clause of the notice’s own body is the notice’s reference, with the clause’s link', () => {
    expect(filled('ndrc-2007-2897', 'zh-hans', 'para_1').gbtClause).toBe(
      '中华人民共和国国家发展和改革委员会.国家发展改革委关于印发促进产业集群发展的若干意见的通知:发改企业〔2007〕2897号[EB/OL].(2007-12-05)[2026-12-03].https://policy.example.cn/zh-hans/ndrc-2007-2897/#para_1.',
    );
  });
});

describe('CSL-JSON and BibTeX of 发改企业〔2007〕2897号', () => {
  it('CSL-JSON, simplified', () => {
    const text = filled('ndrc-2007-2897', 'zh-hans').csl;
    expect(text).toBe(
      [
        '{',
        '  "id": "ndrc-2007-2897",',
        '  "type": "document",',
        '  "title": "国家发展改革委关于印发促进产业集群发展的若干意见的通知",',
        '  "number": "发改企业〔2007〕2897号",',
        '  "genre": "通知",',
        '  "author": [{ "literal": "中华人民共和国国家发展和改革委员会" }],',
        '  "authority": "中华人民共和国国家发展和改革委员会",',
        '  "issued": { "date-parts": [[2007, 12, 5]] },',
        '  "accessed": { "date-parts": [[2026, 12, 3]] },',
        '  "language": "zh-Hans",',
        '  "URL": "https://policy.example.cn/zh-hans/ndrc-2007-2897/"',
        '}',
      ].join('\n'),
    );
    // Filled, it is JSON that a CSL processor reads.
    expect(JSON.parse(text)).toMatchObject({ accessed: { 'date-parts': [[2026, 12, 3]] } });
  });

  it('CSL-JSON, traditional', () => {
    expect(JSON.parse(filled('ndrc-2007-2897', 'zh-hant').csl)).toEqual({
      id: 'ndrc-2007-2897',
      type: 'document',
      title: '國家發展改革委關於印發促進產業集群發展的若干意見的通知',
      number: '發改企業〔2007〕2897號',
      genre: '通知',
      author: [{ literal: '中華人民共和國國家發展和改革委員會' }],
      authority: '中華人民共和國國家發展和改革委員會',
      issued: { 'date-parts': [[2007, 12, 5]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      language: 'zh-Hant',
      URL: 'https://policy.example.cn/zh-hant/ndrc-2007-2897/',
    });
  });

  it.each([
    [
      'zh-hans',
      [
        '@misc{ndrc-2007-2897,',
        '  author = {{中华人民共和国国家发展和改革委员会}},',
        '  title = {国家发展改革委关于印发促进产业集群发展的若干意见的通知},',
        '  number = {发改企业〔2007〕2897号},',
        '  type = {通知},',
        '  date = {2007-12-05},',
        '  year = {2007},',
        '  url = {https://policy.example.cn/zh-hans/ndrc-2007-2897/},',
        '  urldate = {2026-12-03},',
        '}',
      ],
    ],
    [
      'zh-hant',
      [
        '@misc{ndrc-2007-2897,',
        '  author = {{中華人民共和國國家發展和改革委員會}},',
        '  title = {國家發展改革委關於印發促進產業集群發展的若干意見的通知},',
        '  number = {發改企業〔2007〕2897號},',
        '  type = {通知},',
        '  date = {2007-12-05},',
        '  year = {2007},',
        '  url = {https://policy.example.cn/zh-hant/ndrc-2007-2897/},',
        '  urldate = {2026-12-03},',
        '}',
      ],
    ],
  ] as const)('BibTeX, %s', (script, lines) => {
    expect(filled('ndrc-2007-2897', script).bibtex).toBe(lines.join('\n'));
  });
});

describe('a 令 whose number has no 〔〕: 示例市人民政府令第9号', () => {
  it.each([
    [
      'zh-hans',
      '示例市人民政府.示例市政府投资项目管理规定:示例市人民政府令第9号[EB/OL].(2024-01-10)[2026-12-03].https://policy.example.cn/zh-hans/sample-order-9/#art_5__point_2.',
    ],
    [
      'zh-hant',
      '示例市人民政府.示例市政府投資項目管理規定:示例市人民政府令第9號[EB/OL].(2024-01-10)[2026-12-03].https://policy.example.cn/zh-hant/sample-order-9/#art_5__point_2.',
    ],
  ] as const)('GB/T 7714 of 第五条第（二）项, %s', (script, expected) => {
    expect(filled('sample-order-9', script, 'art_5__point_2').gbtClause).toBe(expected);
  });

  it('is legislation to CSL and keeps its 文号 in BibTeX', () => {
    const { csl, bibtex } = filled('sample-order-9', 'zh-hans');
    expect(JSON.parse(csl)).toMatchObject({ type: 'legislation', number: '示例市人民政府令第9号', genre: '令' });
    expect(bibtex).toContain('  number = {示例市人民政府令第9号},\n  type = {令},');
  });
});

describe('a notice with two annexes cites each annex under its own title', () => {
  it('示发改〔2024〕31号 附件2', () => {
    expect(filled('sample-2024-31', 'zh-hans', 'att_2').gbtClause).toBe(
      '示例市发展和改革委员会.市级产业园区建设工作要求[EB/OL]//示例市发展和改革委员会.示例市发展和改革委员会关于公布第一批市级产业园区名单的通知:示发改〔2024〕31号.(2024-06-18)[2026-12-03].https://policy.example.cn/zh-hans/sample-2024-31/#att_2.',
    );
  });
});

describe('rows that must not match', () => {
  const meta = {
    title: '示例通知',
    issuer: '示例局',
    datePublished: '2024-05-06',
    annexes: [{ title: '示例办法' }],
  };

  it('a document without a 文号 has no dangling colon, and no 文号 appears from nowhere', () => {
    const text = fillTemplate(gbtDocument(meta), 'https://x.cn/a/', DAY);
    expect(text).toBe('示例局.示例通知[EB/OL].(2024-05-06)[2026-12-03].https://x.cn/a/.');
    expect(text).not.toMatch(/:\[EB/);
    expect(fillTemplate(gbtAnnex(meta, 1), 'https://x.cn/a/', DAY)).toBe(
      '示例局.示例办法[EB/OL]//示例局.示例通知.(2024-05-06)[2026-12-03].https://x.cn/a/.',
    );
  });

  it('a document with a 文号 never loses it', () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      const { gbtDocument: text } = filled('ndrc-2007-2897', script);
      expect(text).toMatch(/:發改企業〔2007〕2897號\[EB\/OL\]|:发改企业〔2007〕2897号\[EB\/OL\]/);
    }
  });

  it.each([
    [
      'an issuer ending in a full stop',
      { ...meta, issuer: 'Example Corp.' },
      'https://x.cn/',
      'Example Corp.示例通知[EB/OL].(2024-05-06)[2026-12-03].https://x.cn/.',
    ],
    [
      'a URL ending in a full stop',
      meta,
      'https://x.cn/a.',
      '示例局.示例通知[EB/OL].(2024-05-06)[2026-12-03].https://x.cn/a.',
    ],
  ])('never doubles the period: %s', (_name, input, url, expected) => {
    const text = fillTemplate(gbtDocument(input), url, DAY);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\.\./);
  });

  it('fills a URL holding % sequences as written, never as a blank', () => {
    expect(fillTemplate('%URL% %ACCESSED%', 'https://x.cn/%ACCESSED%', DAY)).toBe('https://x.cn/%ACCESSED% 2026-12-03');
  });

  it('BibTeX escapes what TeX would read as commands', () => {
    const doc = testedDocument('ndrc-2007-2897');
    const templates = citationTemplates('x', 'zh-hans', {
      ...doc.variants['zh-hans'].meta,
      title: '50%的企业 & 园区_#1',
    });
    expect(templates.bibtex).toContain('title = {50\\%的企业 \\& 园区\\_\\#1},');
    expect(templates.bibtex).not.toContain('title = {50%');
  });
});

describe('isoDay', () => {
  it('writes the reader’s calendar day as YYYY-MM-DD, zero-padded', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDay(new Date(2026, 11, 3, 0, 0))).not.toBe('2026-12-3');
  });
});
