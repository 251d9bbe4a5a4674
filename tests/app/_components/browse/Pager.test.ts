/**
 * The pager of a long list, rendered to HTML as the export serves it: the fixture corpus fits on one page,
 * so the e2e suite never sees a pager; this is where its links are checked.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pager } from '../../../../app/_components/browse/Pager';

const href = (n: number): string => (n > 1 ? `/zh-hans/documents/${n}/` : '/zh-hans/documents/');
const render = (page: number, pages: number): string =>
  renderToStaticMarkup(createElement(Pager, { script: 'zh-hans', page, pages, href }));

describe('Pager', () => {
  it('is absent from a list of one page', () => {
    expect(render(1, 1)).toBe('');
  });

  it('links the previous and next pages, marks this one, and leaves out far pages behind a gap', () => {
    const html = render(10, 20);
    expect(html).toContain('<a href="/zh-hans/documents/9/" rel="prev">上一页</a>');
    expect(html).toContain('<a href="/zh-hans/documents/11/" rel="next">下一页</a>');
    expect(html).toContain('<a href="/zh-hans/documents/10/" aria-current="page" aria-label="第10页">10</a>');
    const numbers = [...html.matchAll(/aria-label="第(\d+)页">/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 8, 9, 10, 11, 12, 20]);
    expect(html.match(/<li aria-hidden="true">…<\/li>/g)).toHaveLength(2);
  });

  it('has no previous link on the first page, its first page at the list’s own URL, and no next on the last', () => {
    const first = render(1, 3);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('<a href="/zh-hans/documents/" aria-current="page" aria-label="第1页">1</a>');
    expect(render(3, 3)).not.toContain('rel="next"');
  });
});
