/** Fixture tests for lib/remark-structure.ts through the real pipeline: Markdown in, HTML or error out. */
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../lib/content/errors.ts';
import { renderDocument } from '../../lib/pipeline.ts';

const OPTIONS = { title: '关于示例的通知', docNumber: '示发〔2024〕1号', annexTitles: ['示例意见'] };

const doc = (attachment: string): string => `:::preface
示发〔2024〕1号

# 关于示例的通知
:::

:::preamble
各单位：
:::

现印发给你们。

附件：[示例意见](#att_1)

:::conclusions
示例机关

二〇二四年一月一日
:::

:::attachment
附件：

# 示例意见

${attachment}
:::
`;

const render = (markdown: string) => renderDocument(markdown, 'content/example/index.md', OPTIONS);

function errorOf(markdown: string): ContentError {
  try {
    render(markdown);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('remark-structure', () => {
  it('wraps each clause in a section with its eId, and splits numbers into span.num', () => {
    const { html } = render(doc('前言。\n\n## 一、总则\n\n第一段。\n\n第二段。\n\n## 二、措施\n\n引言。\n\n### （一）第一项。\n\n内容一。\n\n### （二）第二项。\n\n内容二。'));
    expect(html).toBe(
      [
        '<section id="preface" class="clause" data-kind="preface"><p>示发〔2024〕1号</p><h1>关于示例的通知</h1></section>',
        '<section id="preamble" class="clause" data-kind="preamble"><p>各单位：</p></section>',
        '<section id="para_1" class="clause" data-kind="para"><p>现印发给你们。</p></section>',
        '<p class="annex-ref">附件：<a href="#att_1">示例意见</a></p>',
        '<section id="conclusions" class="clause" data-kind="conclusions"><p>示例机关</p><p>二〇二四年一月一日</p></section>',
        '<section id="att_1" class="clause" data-kind="att"><p class="annex-label">附件：</p><h2>示例意见</h2>' +
          '<section id="att_1__preamble" class="clause" data-kind="preamble"><p>前言。</p></section>' +
          '<section id="att_1__sec_1" class="clause" data-kind="sec"><h3><span class="num">一、</span>总则</h3>' +
          '<section id="att_1__sec_1__para_1" class="clause" data-kind="para"><p>第一段。</p></section>' +
          '<section id="att_1__sec_1__para_2" class="clause" data-kind="para"><p>第二段。</p></section></section>' +
          '<section id="att_1__sec_2" class="clause" data-kind="sec"><h3><span class="num">二、</span>措施</h3>' +
          '<section id="att_1__sec_2__intro" class="clause" data-kind="intro"><p>引言。</p></section>' +
          '<section id="att_1__sec_2__point_1" class="clause" data-kind="point"><h4><span class="num">（一）</span>第一项。</h4><p>内容一。</p></section>' +
          '<section id="att_1__sec_2__point_2" class="clause" data-kind="point"><h4><span class="num">（二）</span>第二项。</h4><p>内容二。</p></section></section></section>',
      ].join('\n'),
    );
  });

  it('emits the clause list (id, number, heading, own text, parent) and the toc from the same run', () => {
    const { clauses, toc } = render(doc('## 一、总则\n\n### （一）第一项。\n\n内容一。'));
    expect(clauses.map((c) => [c.id, c.num, c.heading, c.text, c.parent])).toEqual([
      ['preface', '', '关于示例的通知', '示发〔2024〕1号', null],
      ['preamble', '', '', '各单位：', null],
      ['para_1', '', '', '现印发给你们。', null],
      ['conclusions', '', '', '示例机关\n二〇二四年一月一日', null],
      ['att_1', '附件', '示例意见', '', null],
      ['att_1__sec_1', '一、', '总则', '', 'att_1'],
      ['att_1__sec_1__point_1', '（一）', '第一项', '内容一。', 'att_1__sec_1'],
    ]);
    expect(toc).toEqual([
      { id: 'preface', num: '', heading: '关于示例的通知', children: [] },
      {
        id: 'att_1',
        num: '附件',
        heading: '示例意见',
        children: [{ id: 'att_1__sec_1', num: '一、', heading: '总则', children: [{ id: 'att_1__sec_1__point_1', num: '（一）', heading: '第一项', children: [] }] }],
      },
    ]);
  });

  it('gives the same ids in both scripts: ids come from numbering, never from heading text', () => {
    const markdown = doc('## 一、总体思路\n\n### （一）发展产业。\n\n内容。');
    const hans = render(markdown).clauses.map((c) => c.id);
    const hant = renderDocument(markdown, 'x.md', { ...OPTIONS, convert: (t) => t.replace(/总体/g, '總體').replace(/产/g, '產') });
    expect(hant.clauses.map((c) => c.id)).toEqual(hans);
    expect(hant.clauses.find((c) => c.id === 'att_1__sec_1')?.heading).toBe('總體思路');
  });

  it.each([
    ['a duplicated item number', '## 一、总则\n\n### （一）甲。\n\n甲文。\n\n### （一）乙。\n\n乙文。', 32, /duplicate numbering: a second （一）/],
    ['a skipped item number', '## 一、总则\n\n### （一）甲。\n\n甲文。\n\n### （三）丙。\n\n丙文。', 32, /skipped numbering: （三） in part 一、 follows （一）/],
    ['a skipped part number', '## 一、总则\n\n正文。\n\n## 三、附则\n\n正文。', 30, /skipped numbering: 三、/],
    ['an item with no text', '## 一、总则\n\n### （一）甲。\n\n### （二）乙。\n\n乙文。', 28, /"att_1__sec_1__point_1" has no text/],
    ['a part with no text', '## 一、总则\n\n## 二、附则\n\n正文。', 26, /"att_1__sec_1" has no text/],
    ['an unnumbered part heading', '## 总则\n\n正文。', 26, /does not start with a number such as 一、/],
    ['half-width brackets in an item number', '## 一、总则\n\n### (一)甲。\n\n甲文。', 28, /does not start with a number such as （一）/],
  ])('rejects %s with the line and what to fix', (_name, attachment, line, reason) => {
    const error = errorOf(doc(attachment));
    expect(error.message).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/example/index.md:${line}: `));
    expect(error.fix).not.toBe('');
  });

  it('rejects a duplicate id, naming the first use', () => {
    const markdown = doc('正文。').replace(':::preamble', ':::preface\n示发〔2024〕1号\n\n# 关于示例的通知\n:::\n\n:::preamble');
    const error = errorOf(markdown);
    expect(error.message).toMatch(/^content\/example\/index.md:7: duplicate id "preface" \(first used at line 1\)/);
  });

  it('rejects an empty clause block', () => {
    const error = errorOf(doc('正文。').replace(':::preamble\n各单位：\n:::', ':::preamble\n:::'));
    expect(error.message).toMatch(/^content\/example\/index.md:7: clause "preamble" has no text/);
  });

  it('rejects a preface whose title differs from the front matter', () => {
    const error = errorOf(doc('正文。').replace('# 关于示例的通知', '# 关于另一个示例的通知'));
    expect(error.reason).toMatch(/differs from the front matter title/);
    expect(error.line).toBe(4);
  });
});
