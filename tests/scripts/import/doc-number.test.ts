/** 文号 in every form a government document prints it, as the front matter writes it (or none at all). */
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../../../lib/build/content/schema.ts';
import { readDocNumber } from '../../../scripts/import/doc-number.ts';
import { normaliseLine } from '../../../scripts/import/normalise.ts';
import { importPage } from '../../../scripts/import/page.ts';

/** Lines as the importer sees them: normalised to simplified with the issued punctuation. */
const read = (lines: string[], script: 'zh-hans' | 'zh-hant' = 'zh-hans') =>
  readDocNumber(
    lines.map((line) => normaliseLine(line, script)),
    0,
  );

describe('document numbers', () => {
  it.each([
    [['发改企业〔2007〕2897号'], 'zh-hans', '发改企业〔2007〕2897号', 'notice', 1],
    [['發改企業[2007]2897號'], 'zh-hant', '发改企业〔2007〕2897号', 'notice', 1],
    [['示发改（2024）17号'], 'zh-hans', '示发改〔2024〕17号', 'notice', 1],
    [['示例市人民政府令第9号'], 'zh-hans', '示例市人民政府令第9号', 'order', 1],
    [['示例市人民政府令 第9号'], 'zh-hans', '示例市人民政府令第9号', 'order', 1],
    [['示例市人民政府令（第9号）'], 'zh-hans', '示例市人民政府令第9号', 'order', 1],
    [['示例市人民政府令', '第9号'], 'zh-hans', '示例市人民政府令第9号', 'order', 2],
    [['示例市人民政府令', '第9號'], 'zh-hant', '示例市人民政府令第9号', 'order', 2],
    [['中华人民共和国主席令', '第十一号'], 'zh-hans', '中华人民共和国主席令第十一号', 'order', 2],
    [['国家发展和改革委员会令第9号'], 'zh-hans', '国家发展和改革委员会令第9号', 'order', 1],
    [['2023年第1号'], 'zh-hans', '2023年第1号', 'announcement', 1],
    [['（2023年第1号）'], 'zh-hans', '2023年第1号', 'announcement', 1],
  ] as const)('%j reads as %s', (lines, script, text, kind, span) => {
    const number = read([...lines], script);
    expect(number).toMatchObject({ text, kind, span });
    // What the importer writes, the build accepts.
    expect(frontMatterSchema.shape.docNumber.safeParse(number?.text).success).toBe(true);
  });

  it('names the issuer of a 令 from its number', () => {
    expect(read(['示例市人民政府令', '第9号'])?.issuer).toBe('示例市人民政府');
    expect(read(['中华人民共和国主席令第十一号'])?.issuer).toBe('中华人民共和国主席');
    expect(read(['发改企业〔2007〕2897号'])?.issuer).toBeUndefined();
  });

  it.each([
    ['a field of a page’s information box', ['文　　号：\t示发改〔2024〕17号']],
    ['a sentence that cites a number', ['示发改〔2024〕17号文件规定']],
    ['第N号 without the 令 above it', ['第9号']],
    ['a 令’s name without its serial', ['示例市人民政府令', '现予公布。']],
    ['a year in a sentence', ['2023年第1号文件']],
  ])('%s is not a document number', (_name, lines) => {
    expect(read(lines)).toBeUndefined();
  });

  it('imports a document without a number: no docNumber, and the preface holds the title alone', () => {
    const page = [
      '示例市人民政府门户网站',
      '当前位置：首页 > 政务公开',
      '示例市人民政府办公室关于做好春节期间安全生产工作的意见',
      '发布时间：2024-02-01 09:00　来源：示例市人民政府办公室',
      '各区人民政府，市政府各部门：',
      '　　为做好春节期间安全生产工作，提出如下意见。',
      '示例市人民政府办公室',
      '2024年1月30日',
    ].join('\n');
    const { markdown, unplaced } = importPage(page, { url: 'https://www.example.gov.cn/a.htm', sourceFile: 'a.txt' });
    expect(markdown).not.toContain('docNumber');
    expect(markdown).toContain(':::preface\n# 示例市人民政府办公室关于做好春节期间安全生产工作的意见\n:::');
    expect(markdown).toContain('type: 意见\n');
    expect(unplaced).toEqual([]);
  });
});
