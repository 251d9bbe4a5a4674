import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, importGovCn, importPage } from '../../scripts/import/govcn.ts';
import { DOC_DIR } from '../helpers/content.ts';

const SOURCE = 'gov-cn-big5-2007-12-05-content_825870.txt';
const page = fs.readFileSync(path.join(DOC_DIR, SOURCE), 'utf8');
const committed = fs.readFileSync(path.join(DOC_DIR, 'index.md'), 'utf8');

describe('importGovCn', () => {
  it('reproduces the committed Markdown from the committed gov.cn page, byte for byte', () => {
    const out = importGovCn(page, { url: 'http://www.gov.cn/ztzl/2007-12/05/content_825870.htm', sourceFile: SOURCE });
    expect(out).toBe(committed);
  });

  it('strips the page furniture before the document number and from 相关链结 on', () => {
    const out = importGovCn(page, { url: 'http://example.org/', sourceFile: SOURCE });
    for (const furniture of [
      '当前位置',
      '中央政府门户网站 www.gov.cn',
      '相关链结',
      '湖南省加快信息产业发展',
      '栏目推荐',
      '领导活动',
    ]) {
      expect(out).not.toContain(furniture);
    }
  });

  it('normalises punctuation and the gateway artefacts', () => {
    const out = importGovCn(page, { url: 'http://example.org/', sourceFile: SOURCE });
    // The body without Markdown syntax: directive fences and the annex link.
    const body = out
      .slice(out.indexOf('\n---\n') + 5)
      .replace(/^:::.*$/gm, '')
      .replace(/\[([^\]]*)\]\(#att_\d+\)/g, '$1');
    expect(body).toContain('发改企业〔2007〕2897号');
    expect(body).not.toMatch(/[,:;()[\]]/);
    expect(body).toContain('中介组织');
    expect(body).not.toContain('仲介');
    expect(body).not.toMatch(/[産產]/);
    expect(body).toContain('发挥着越来越重要的作用');
    expect(body).toContain('50%');
  });

  it('detects the numbering: parts as ##, items as ### with their run-in heading', () => {
    const out = importGovCn(page, { url: 'http://example.org/', sourceFile: SOURCE });
    expect(out.match(/^## [一二三]、/gm)).toHaveLength(3);
    expect(out.match(/^### （[一二三四五六七八]）.+。$/gm)).toHaveLength(11);
    expect(out).toContain('### （三）壮大龙头企业，提高专业化协作水平。\n\n积极培育');
  });

  it('derives the dates from the page: 成文日期 from the signature, 发布日期 from the header', () => {
    const out = importGovCn(page, { url: 'http://example.org/', sourceFile: SOURCE });
    expect(out).toContain('dateSigned: 2007-11-13');
    expect(out).toContain('datePublished: 2007-12-05');
  });

  it('rejects a page that holds no document (no number, no title), saying so', () => {
    expect(() =>
      importGovCn('當前位置: 首頁\n中央政府門戶網站 2007年12月05日 來源:某網站\n正文', {
        url: 'http://example.org/',
        sourceFile: 'x.txt',
      }),
    ).toThrow(ImportError);
  });

  it('places every line of the page: nothing unplaced, furniture dropped only before the number and from 相关链结 on', () => {
    const result = importPage(page, { url: 'http://example.org/', sourceFile: SOURCE });
    expect(result.script.script).toBe('zh-hant');
    expect(result.unplaced).toEqual([]);
    expect(result.furniture.map((line) => line.line)).toEqual([1, 3, 4, 64, 65, 66, 67, 68, 69, 70]);
  });
});
