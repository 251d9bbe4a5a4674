/**
 * Whole pages: each fixture document's source page, saved in simplified and from the traditional
 * gateway, imports to its committed index.md; a page with stray lines reports each with its line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../lib/build/content/load.ts';
import { ImportError, importPage } from '../../../scripts/import/govcn.ts';
import { lineRanges, reportLines } from '../../../scripts/import/report.ts';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/documents');
const DOCS = ['sample-2024-17', 'sample-order-9', 'sample-2024-31'] as const;
const read = (...parts: string[]): string => fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
const committedUrl = (doc: string): string => /^ {2}url: (.*)$/m.exec(read(doc, 'index.md'))?.[1] ?? '';
/** The gateway serves a page at big5.<host>/gate/big5/<host>/<path>. */
const gatewayUrl = (url: string): string => url.replace(/^https:\/\/(www\.([^/]+))/, 'https://big5.$2/gate/big5/$1');

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe.each(DOCS)('%s', (doc) => {
  const committed = read(doc, 'index.md');
  it.each([
    ['source-zh-hans.txt', 'zh-hans', committedUrl(doc)],
    ['source-zh-hant.txt', 'zh-hant', gatewayUrl(committedUrl(doc))],
  ] as const)(
    '%s imports to the committed index.md, byte for byte, but for source.url and source.file',
    (file, script, url) => {
      const result = importPage(read(doc, file), { url, sourceFile: file });
      expect(result.script.script).toBe(script);
      expect(result.unplaced).toEqual([]);
      expect(result.notes).toEqual([]);
      const got = result.markdown.split('\n');
      const want = committed.split('\n');
      expect(got).toHaveLength(want.length);
      const differing = want.flatMap((line, i) => (line === got[i] ? [] : [[line, got[i]]]));
      const expected =
        script === 'zh-hans'
          ? []
          : [
              [`  url: ${committedUrl(doc)}`, `  url: ${url}`],
              ['  file: source-zh-hans.txt', `  file: ${file}`],
            ];
      expect(differing).toEqual(expected);
    },
  );
});

describe('a 令 whose body is a regulation, with no 〔〕 number', () => {
  const result = importPage(read('sample-order-9', 'source-zh-hans.txt'), {
    url: committedUrl('sample-order-9'),
    sourceFile: 'p.txt',
  });

  it('takes its number (printed on two lines), its issuer from the number, and 令 as its 文种', () => {
    expect(result.markdown).toMatch(/^docNumber: 示例市人民政府令第9号\nissuer: 示例市人民政府\ntype: 令\n/m);
  });

  it('titles it with the regulation, has no addressees, and moves the 落款 printed above the regulation to the end', () => {
    expect(result.markdown).toContain(
      ':::preface\n示例市人民政府令第9号\n\n# 示例市政府投资项目管理规定\n:::\n\n《示例市政府投资项目管理规定》已经',
    );
    expect(result.markdown).not.toContain(':::preamble');
    expect(result.markdown).toMatch(
      /第十二条　本规定自2024年2月1日起施行。\n\n:::conclusions\n市长　王某某\n\n2024年1月5日\n:::\n$/,
    );
  });

  it('reads a one-line 令 number, a 题注 and 编 around its chapters', () => {
    const page = [
      '中国政府网',
      '发布日期：2023年11月02日',
      '中华人民共和国主席令（第十一号）',
      '　　《中华人民共和国示例法》已由第十四届全国人民代表大会常务委员会第六次会议于2023年10月24日通过，现予公布，自2024年1月1日起施行。',
      '中华人民共和国主席　某某某',
      '2023年10月24日',
      '中华人民共和国示例法',
      '（2023年10月24日第十四届全国人民代表大会常务委员会第六次会议通过）',
      '第一编　总则',
      '第一章　一般规定',
      '第一条　为了规范示例活动，制定本法。',
      '第二编　附则',
      '第一章　施行',
      '第二条　本法自2024年1月1日起施行。',
    ].join('\n');
    const { markdown, unplaced } = importPage(page, { url: 'https://www.gov.cn/a.htm', sourceFile: 'a.txt' });
    expect(unplaced).toEqual([]);
    expect(markdown).toContain(
      'title: 中华人民共和国示例法\ndocNumber: 中华人民共和国主席令第十一号\nissuer: 中华人民共和国主席\ntype: 令\n',
    );
    expect(markdown).toContain(
      '（2023年10月24日第十四届全国人民代表大会常务委员会第六次会议通过）\n\n## 第一编　总则\n\n### 第一章　一般规定\n\n第一条',
    );
    expect(markdown).toContain('publisher: 中国政府网\n');
  });
});

/** The sample-2024-31 page with three lines added that the importer cannot place. */
function strayPage(): { page: string; lineOf: (text: string) => number } {
  const lines = read('sample-2024-31', 'source-zh-hans.txt').split('\n');
  const insertAfter = (anchor: string, ...added: string[]): void => {
    lines.splice(lines.indexOf(anchor) + 1, 0, ...added);
  };
  insertAfter('　　请各有关区按照附件2的要求，做好园区建设各项工作。', '　　（一）各区要在7月底前报送建设方案。');
  insertAfter('2024年6月12日', '扫码查看政策解读');
  insertAfter(
    '　　（二）提升公共服务水平。支持园区建设研发、检测、培训等公共服务平台。',
    '四、强化督促检查',
    '　　市发展改革委将定期通报各区进展。',
  );
  return { page: lines.join('\n'), lineOf: (text) => lines.indexOf(text) + 1 };
}

describe('lines the importer cannot place', () => {
  const { page, lineOf } = strayPage();
  const result = importPage(page, { url: committedUrl('sample-2024-31'), sourceFile: 'source.txt' });

  it('are returned with their page line, their text and why', () => {
    expect(result.unplaced).toEqual([
      {
        line: lineOf('　　（一）各区要在7月底前报送建设方案。'),
        text: '（一）各区要在7月底前报送建设方案。',
        why: 'an item （一） outside a part 一、',
      },
      {
        line: lineOf('扫码查看政策解读'),
        text: '扫码查看政策解读',
        why: 'text between the 落款 and the first annex (kept in :::conclusions)',
      },
      { line: lineOf('四、强化督促检查'), text: '四、强化督促检查', why: '四、 where 三、 was expected' },
    ]);
  });

  it('are kept as plain paragraphs where they stood, and nothing else changes', () => {
    const paragraphs = result.markdown.split('\n\n');
    expect(paragraphs).toContain('（一）各区要在7月底前报送建设方案。');
    expect(result.markdown).toContain('2024年6月12日\n\n扫码查看政策解读\n:::');
    expect(result.markdown).toContain(
      '支持园区建设研发、检测、培训等公共服务平台。\n\n四、强化督促检查\n\n市发展改革委将定期通报各区进展。\n:::',
    );
    const withoutStray = result.markdown
      .replace('（一）各区要在7月底前报送建设方案。\n\n', '')
      .replace('\n\n扫码查看政策解读', '')
      .replace('\n\n四、强化督促检查\n\n市发展改革委将定期通报各区进展。', '')
      .replace('file: source.txt', 'file: source-zh-hans.txt');
    expect(withoutStray).toBe(read('sample-2024-31', 'index.md'));
  });

  it('still make a document the build accepts', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'import-')), 'stray-2024-31');
    temps.push(path.dirname(dir));
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'source.txt'), page);
    fs.writeFileSync(path.join(dir, 'index.md'), result.markdown);
    const ids = loadDocument(dir).variants['zh-hans'].clauses.map((clause) => clause.id);
    expect(ids).toContain('para_3');
    expect(ids).toContain('att_2__sec_2__point_2');
  });

  it('are printed one per line as file:line, after the script and the furniture dropped', () => {
    expect(reportLines('page.txt', result)).toEqual([
      'page.txt: simplified (1 traditional-only and 225 simplified-only characters)',
      "page.txt: dropped as the site's furniture: lines 1–8, 11–12, 56, 58–60, 62–64",
      `page.txt:${lineOf('　　（一）各区要在7月底前报送建设方案。')}: not placed (an item （一） outside a part 一、); kept as a paragraph: （一）各区要在7月底前报送建设方案。`,
      `page.txt:${lineOf('扫码查看政策解读')}: not placed (text between the 落款 and the first annex (kept in :::conclusions)); kept as a paragraph: 扫码查看政策解读`,
      `page.txt:${lineOf('四、强化督促检查')}: not placed (四、 where 三、 was expected); kept as a paragraph: 四、强化督促检查`,
      'page.txt: 3 line(s) not placed',
    ]);
    expect(lineRanges([1, 2, 3, 5, 8, 9])).toBe('1–3, 5, 8–9');
  });
});

describe('the site that published the page', () => {
  const page = [
    '首页 > 政策',
    '示例委员会关于示例的通知',
    '发布时间：2024-01-02',
    '各单位：',
    '　　现予通知。',
    '示例委员会',
    '2024年1月1日',
  ].join('\n');

  it('is the portal its address names when the page prints no site name', () => {
    const { markdown, notes } = importPage(page, { url: 'https://www.ndrc.gov.cn/xxgk/a.html', sourceFile: 'a.txt' });
    expect(markdown).toContain('  publisher: 国家发展和改革委员会\n');
    expect(notes).toEqual([]);
  });

  it('is the host, with a note to correct it, for a site the importer does not know', () => {
    const { markdown, notes } = importPage(page, { url: 'https://www.unknown.gov.cn/a.html', sourceFile: 'a.txt' });
    expect(markdown).toContain('  publisher: www.unknown.gov.cn\n');
    expect(notes).toEqual(['the page names no site (…门户网站): source.publisher is its host name; correct it']);
  });
});

describe('pages that are not a document', () => {
  it.each([
    ['no title', '示例市人民政府门户网站\n发布时间：2024-01-01\n正文没有标题。', /no title found/],
    ['no 落款', '示例市人民政府关于示例的通知\n发布时间：2024-01-01\n各区人民政府：\n　　现予通知。', /no 落款 found/],
    [
      'no publication date',
      '示例市人民政府关于示例的通知\n各区人民政府：\n　　现予通知。\n示例市人民政府\n2024年1月1日',
      /no publication date/,
    ],
  ])('%s: an ImportError saying what is missing', (_name, page, message) => {
    expect(() => importPage(page, { url: 'https://www.example.gov.cn/a.htm', sourceFile: 'a.txt' })).toThrow(
      ImportError,
    );
    expect(() => importPage(page, { url: 'https://www.example.gov.cn/a.htm', sourceFile: 'a.txt' })).toThrow(message);
  });
});
