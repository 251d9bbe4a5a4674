/** Fixture tests for lib/remark-structure.ts through the real pipeline: Markdown in, HTML or error out. */
import { describe, expect, it } from 'vitest';
import { contentErrorOf, type ReportedError } from '../../../helpers/content-errors.ts';
import { renderDocument } from '../../../../lib/build/pipeline/index.ts';
import { noticeWithBodyParts } from '../../../helpers/notices.ts';

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

/** Structure only: the headings' <wbr> word breaks are rehype-phrase-breaks' business (tests/lib/rehype-phrase-breaks.test.ts). */
const render = (markdown: string) => {
  const rendered = renderDocument(markdown, 'content/example/index.md', OPTIONS);
  return { ...rendered, html: rendered.html.replaceAll('<wbr>', '') };
};

const errorOf = (markdown: string): ReportedError => contentErrorOf(() => render(markdown));

describe('remark-structure', () => {
  it('wraps each clause in a section with its eId, and splits numbers into span.num', () => {
    const { html } = render(
      doc(
        '前言。\n\n## 一、总则\n\n第一段。\n\n第二段。\n\n## 二、措施\n\n引言。\n\n### （一）第一项。\n\n内容一。\n\n### （二）第二项。\n\n内容二。',
      ),
    );
    expect(html).toBe(
      [
        '<section id="preface" class="clause" data-kind="preface"><p>示发〔2024〕1号</p><h1>关于示例的通知</h1></section>',
        '<section id="preamble" class="clause" data-kind="preamble"><p>各单位：</p></section>',
        '<section id="para_1" class="clause" data-kind="para" data-citable><p>现印发给你们。</p></section>',
        '<p class="annex-ref">附件：<a href="#att_1">示例意见</a></p>',
        '<section id="conclusions" class="clause" data-kind="conclusions"><p>示例机关</p><p>二〇二四年一月一日</p></section>',
        '<section id="att_1" class="clause" data-kind="att" data-citable><p class="annex-label">附件：</p><h2>示例意见</h2>' +
          '<section id="att_1__preamble" class="clause" data-kind="preamble" data-citable><p>前言。</p></section>' +
          '<section id="att_1__sec_1" class="clause" data-kind="sec" data-citable><h3><span class="num">一、</span>总则</h3>' +
          '<section id="att_1__sec_1__para_1" class="clause" data-kind="para" data-citable><p>第一段。</p></section>' +
          '<section id="att_1__sec_1__para_2" class="clause" data-kind="para" data-citable><p>第二段。</p></section></section>' +
          '<section id="att_1__sec_2" class="clause" data-kind="sec" data-citable><h3><span class="num">二、</span>措施</h3>' +
          '<section id="att_1__sec_2__intro" class="clause" data-kind="intro" data-citable><p>引言。</p></section>' +
          '<section id="att_1__sec_2__point_1" class="clause" data-kind="point" data-citable><h4><span class="num">（一）</span>第一项。</h4><p>内容一。</p></section>' +
          '<section id="att_1__sec_2__point_2" class="clause" data-kind="point" data-citable><h4><span class="num">（二）</span>第二项。</h4><p>内容二。</p></section></section></section>',
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
        children: [
          {
            id: 'att_1__sec_1',
            num: '一、',
            heading: '总则',
            children: [{ id: 'att_1__sec_1__point_1', num: '（一）', heading: '第一项', children: [] }],
          },
        ],
      },
    ]);
  });

  it('gives the same ids in both scripts: ids come from numbering, never from heading text', () => {
    const markdown = doc('## 一、总体思路\n\n### （一）发展产业。\n\n内容。');
    const hans = render(markdown).clauses.map((c) => c.id);
    const hant = renderDocument(markdown, 'x.md', {
      ...OPTIONS,
      convert: (t) => t.replace(/总体/g, '總體').replace(/产/g, '產'),
    });
    expect(hant.clauses.map((c) => c.id)).toEqual(hans);
    expect(hant.clauses.find((c) => c.id === 'att_1__sec_1')?.heading).toBe('總體思路');
  });

  it.each([
    [
      'a duplicated item number',
      '## 一、总则\n\n### （一）甲。\n\n甲文。\n\n### （一）乙。\n\n乙文。',
      32,
      /duplicate numbering: a second （一）/,
    ],
    [
      'a skipped item number',
      '## 一、总则\n\n### （一）甲。\n\n甲文。\n\n### （三）丙。\n\n丙文。',
      32,
      /skipped numbering: （三） in part 一、 follows （一）/,
    ],
    ['a skipped part number', '## 一、总则\n\n正文。\n\n## 三、附则\n\n正文。', 30, /skipped numbering: 三、/],
    [
      'an item with no text',
      '## 一、总则\n\n### （一）甲。\n\n### （二）乙。\n\n乙文。',
      28,
      /"att_1__sec_1__point_1" has no text/,
    ],
    ['a part with no text', '## 一、总则\n\n## 二、附则\n\n正文。', 26, /"att_1__sec_1" has no text/],
    ['an unnumbered part heading', '## 总则\n\n正文。', 26, /does not start with a number such as 一、/],
    [
      'half-width brackets in an item number',
      '## 一、总则\n\n### (一)甲。\n\n甲文。',
      28,
      /does not start with a number such as （一）/,
    ],
  ])('rejects %s with the line and what to fix', (_name, attachment, line, reason) => {
    const error = errorOf(doc(attachment));
    expect(error.message).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/example/index.md:${line}: `));
    expect(error.fix).not.toBe('');
  });

  it('rejects a duplicate id, naming the first use', () => {
    const markdown = doc('正文。').replace(
      ':::preamble',
      ':::preface\n示发〔2024〕1号\n\n# 关于示例的通知\n:::\n\n:::preamble',
    );
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

  // A missing closing ::: used to pass the build while the following clauses vanished into the open block.
  it.each([
    [
      'preface',
      (md: string) => md.replace('# 关于示例的通知\n:::\n', '# 关于示例的通知\n'),
      1,
      /^`:::preface` opened at line 1 is not closed: it runs on over :::preamble at line 6$/,
    ],
    [
      'preamble',
      (md: string) => md.replace('各单位：\n:::\n', '各单位：\n'),
      7,
      /^`:::preamble` opened at line 7 is not closed: it runs on over :::conclusions at line 14$/,
    ],
    [
      'conclusions',
      (md: string) => md.replace('二〇二四年一月一日\n:::\n', '二〇二四年一月一日\n'),
      15,
      /^`:::conclusions` opened at line 15 is not closed: it runs on over :::attachment at line 20$/,
    ],
    [
      'attachment (the last block)',
      (md: string) => md.replace(/:::\n$/, ''),
      21,
      /^`:::attachment` opened at line 21 is not closed: it runs on to the end of the file$/,
    ],
  ])('rejects an unclosed :::%s at its opening line', (_name, edit, line, reason) => {
    const error = errorOf(edit(doc('正文。')));
    expect(error.reason).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.fix).toBe('add a line with ::: after its text');
  });

  it('rejects an unclosed attachment that swallows the next one', () => {
    const two = doc('正文。').replace(/:::\n$/, '') + '\n:::attachment\n附件2：\n\n# 另一意见\n\n正文。\n:::\n';
    const error = contentErrorOf(() =>
      renderDocument(two.replace('附件：\n\n# 示例意见', '附件1：\n\n# 示例意见'), 'content/example/index.md', {
        ...OPTIONS,
        annexTitles: ['示例意见', '另一意见'],
      }),
    );
    expect(error.message).toMatch(
      /^content\/example\/index.md:21: `:::attachment` opened at line 21 is not closed: it runs on over :::attachment at line 28\n/,
    );
  });

  it.each([
    [
      'a list in :::preamble',
      (md: string) => md.replace('各单位：', '- 各单位：'),
      8,
      /^a list block is not supported inside :::preamble$/,
    ],
    [
      'a heading in :::conclusions',
      (md: string) => md.replace('示例机关', '## 示例机关'),
      16,
      /^a heading block is not supported inside :::conclusions$/,
    ],
    [
      'a list in :::attachment',
      (md: string) => md.replace('正文。', '- 正文。'),
      26,
      /^a list block is not supported inside :::attachment$/,
    ],
    [
      'a code block in the body',
      (md: string) => md.replace('现印发给你们。', '    现印发给你们。'),
      11,
      /^a code block in the notice body is not supported$/,
    ],
  ])('rejects %s, which would otherwise be published unchecked', (_name, edit, line, reason) => {
    const error = errorOf(edit(doc('正文。')));
    expect(error.reason).toMatch(reason);
    expect(error.line).toBe(line);
  });

  it.each([
    [
      'an inline <img> in a paragraph',
      '正文<img src="x.png">。',
      26,
      /^raw HTML is not allowed in content; "<img src=\\"x.png\\">" would not appear on the page$/,
    ],
    [
      'an HTML block',
      '<div>正文。</div>',
      26,
      /^raw HTML is not allowed in content; "<div>正文。<\/div>" would not appear on the page$/,
    ],
    ['a comment', '正文。\n\n<!-- 注释 -->', 28, /^raw HTML is not allowed in content/],
    ['a two-colon block', '::note', 26, /^unknown block ::note$/],
  ])('rejects %s, which the HTML would silently drop', (_name, attachment, line, reason) => {
    const error = errorOf(doc(attachment));
    expect(error.reason).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^content/example/index.md:${line}: `));
  });

  it('keeps escaped HTML as text, and half-width colons (10:30, 1:50000, Annex:one[a]{b}) exactly as written', () => {
    const { html, clauses } = render(
      doc('正文 \\<img\\> 于10:30开会，比例尺1:50000，见 Annex:one[a]{b} 与 http://www.gov.cn/ 。'),
    );
    expect(html).toContain(
      '<p>正文 &#x3C;img> 于10:30开会，比例尺1:50000，见 Annex:one[a]{b} 与 http://www.gov.cn/ 。</p>',
    );
    expect(html).not.toContain('<div');
    expect(clauses.find((c) => c.id === 'att_1__preamble')?.text).toBe(
      '正文 <img> 于10:30开会，比例尺1:50000，见 Annex:one[a]{b} 与 http://www.gov.cn/ 。',
    );
  });

  describe('the annex label number must be the annex’s place', () => {
    const twoAnnexes = (first: string, second: string): string =>
      doc('正文。').replace('附件：\n\n# 示例意见', `${first}\n\n# 示例意见`) +
      `\n:::attachment\n${second}\n\n# 另一意见\n\n正文。\n:::\n`;
    const renderTwo = (markdown: string) =>
      renderDocument(markdown, 'content/example/index.md', { ...OPTIONS, annexTitles: ['示例意见', '另一意见'] });

    it.each([['附件：'], ['附件1：']])('accepts %s on the only annex', (label) => {
      expect(render(doc('正文。').replace('附件：\n\n#', `${label}\n\n#`)).html).toContain(
        `<p class="annex-label">${label}</p>`,
      );
    });

    it('accepts 附件1： and 附件2： on two annexes', () => {
      expect(
        renderTwo(twoAnnexes('附件1：', '附件2：'))
          .clauses.filter((c) => c.kind === 'att')
          .map((c) => c.num),
      ).toEqual(['附件1', '附件2']);
    });

    it.each([
      [
        '附件2： on the only annex',
        () => render(doc('正文。').replace('附件：\n\n#', '附件2：\n\n#')),
        22,
        '附件2：',
        /the only attachment 附件： \(or 附件1：\)/,
      ],
      [
        '附件0： on the only annex',
        () => render(doc('正文。').replace('附件：\n\n#', '附件0：\n\n#')),
        22,
        '附件0：',
        /the only attachment/,
      ],
      [
        'two annexes in swapped order',
        () => renderTwo(twoAnnexes('附件2：', '附件1：')),
        22,
        '附件2：',
        /label this attachment 附件1：/,
      ],
      [
        'an unnumbered label among two annexes',
        () => renderTwo(twoAnnexes('附件1：', '附件：')),
        30,
        '附件：',
        /label this attachment 附件2：/,
      ],
    ])('rejects %s at the label', (_name, run, line, label, fix) => {
      const error = contentErrorOf(run);
      expect(error.line).toBe(line);
      expect(error.reason).toMatch(new RegExp(`^the label ${label} does not match the place of attachment`));
      expect(error.fix).toMatch(fix);
    });
  });

  describe('parts and items in the notice body (## 一、, ### （一）)', () => {
    const notice = noticeWithBodyParts({ title: '关于示例的通知', docNumber: '示发〔2024〕1号', annex: true });

    it('gives them top-level eIds sec_N, sec_N__para_K, sec_N__intro, sec_N__point_M, with the headings at h2/h3', () => {
      const { html, clauses, toc } = render(notice);
      expect(clauses.map((c) => [c.id, c.kind, c.num, c.parent])).toEqual([
        ['preface', 'preface', '', null],
        ['preamble', 'preamble', '', null],
        ['para_1', 'para', '', null],
        ['sec_1', 'sec', '一、', null],
        ['sec_1__para_1', 'para', '', 'sec_1'],
        ['sec_1__para_2', 'para', '', 'sec_1'],
        ['sec_2', 'sec', '二、', null],
        ['sec_2__intro', 'intro', '', 'sec_2'],
        ['sec_2__point_1', 'point', '（一）', 'sec_2'],
        ['sec_2__point_2', 'point', '（二）', 'sec_2'],
        ['conclusions', 'conclusions', '', null],
        ['att_1', 'att', '附件', null],
        ['att_1__sec_1', 'sec', '一、', 'att_1'],
        ['att_1__sec_1__para_1', 'para', '', 'att_1__sec_1'],
      ]);
      expect(html).toContain(
        '<section id="sec_2__point_1" class="clause" data-kind="point" data-citable><h3><span class="num">（一）</span>第一项。</h3><p>内容一。</p></section>',
      );
      expect(html).toContain(
        '<section id="sec_1" class="clause" data-kind="sec" data-citable><h2><span class="num">一、</span>总体要求</h2>',
      );
      // The 附件： line after the last part stays the notice's own line, not text of part 二.
      expect(html).toContain(
        '内容二。</p></section></section>\n<p class="annex-ref">附件：<a href="#att_1">示例意见</a></p>',
      );
      expect(toc.map((entry) => entry.id)).toEqual(['preface', 'sec_1', 'sec_2', 'att_1']);
    });

    it.each([
      [
        'a skipped part number',
        (md: string) => md.replace('## 二、主要任务', '## 三、主要任务'),
        19,
        /^skipped numbering: 三、 in the notice body follows 一、$/,
      ],
      [
        'an item before any part',
        (md: string) => md.replace('## 一、总体要求\n\n第一段。\n\n第二段。\n\n', '').replace('## 二、', '### （三）'),
        13,
        /^an item heading \(### …\) comes before any part heading/,
      ],
      [
        'a level-4 heading',
        (md: string) => md.replace('### （二）', '#### （二）'),
        27,
        /^a level-4 heading is not part of the structure here$/,
      ],
      [
        'a second title heading',
        (md: string) => md.replace('## 一、总体要求', '# 一、总体要求'),
        13,
        /^a title heading \(# …\) outside :::preface or :::attachment$/,
      ],
    ])('rejects %s with its line', (_name, edit, line, reason) => {
      const error = errorOf(edit(notice));
      expect(error.reason).toMatch(reason);
      expect(error.line).toBe(line);
    });
  });
});
