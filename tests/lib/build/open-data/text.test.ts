import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/build/open-data/text';
import { documentScriptRows, testedDocument } from '../../../helpers/corpus';
import { pageText, squash } from '../../../helpers/open-data';

describe('plain text: every tested document in both scripts', () => {
  it.each(documentScriptRows())('%s reads as the page does, word for word', (_label, doc, script) => {
    expect(squash(plainText(doc, script))).toBe(pageText(doc.variants[script].html));
  });

  it.each(documentScriptRows())(
    '%s is one block a paragraph, with a blank line between and a final newline',
    (_label, doc, script) => {
      const text = plainText(doc, script);
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/\n{3}/);
      expect(text.startsWith(doc.variants[script].meta.docNumber ?? doc.variants[script].meta.title)).toBe(true);
    },
  );
});

describe('plain text: numbers as issued', () => {
  const blocks = (id: string, script: 'zh-hans' | 'zh-hant') => plainText(testedDocument(id), script).split('\n\n');

  it('runs an item heading into its paragraph, and keeps a part heading on its own line', () => {
    const text = blocks('ndrc-2007-2897', 'zh-hans');
    expect(text).toContain('二、促进产业集群发展的总体思路和措施');
    expect(text.find((block) => block.startsWith('（一）加强科学规划'))).toMatch(
      /^（一）加强科学规划，优化区域和产业布局。严格贯彻/,
    );
    expect(text.slice(0, 2)).toEqual([
      '发改企业〔2007〕2897号',
      '国家发展改革委关于印发促进产业集群发展的若干意见的通知',
    ]);
  });

  it('sets an article number before its first line with a full-width space, and 项 and 目 with their numbers', () => {
    const text = blocks('sample-2024-17', 'zh-hant');
    expect(text).toContain('第一章　總則');
    expect(text).toContain('第五條　產業園區規劃應當包括下列內容：');
    expect(text).toContain('（三）基礎設施和公共服務設施佈局，主要包括：');
    expect(text).toContain('1．道路、供水、供電等基礎設施；');
    expect(text).toContain('附件：');
  });

  it('writes a table as its rows, cells apart by tabs', () => {
    const table = blocks('sample-2024-31', 'zh-hans').find((block) => block.startsWith('序号'));
    expect(table?.split('\n')).toEqual([
      '序号\t园区名称\t所在区\t主导产业',
      '1\t示例高新技术产业园\t东城区\t电子信息',
      '2\t示例绿色制造产业园\t西城区\t装备制造、新材料',
      '3\t示例生物医药产业园\t南湖区\t生物医药',
      '4\t示例现代物流园\t北港区\t现代物流',
    ]);
  });
});
