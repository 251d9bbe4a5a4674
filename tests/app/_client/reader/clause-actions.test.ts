/**
 * What the copy buttons say and copy, on the real document's reader data (as its pages render it).
 * Expected citations are written out by hand, as an official would cite.
 */
import { describe, expect, it } from 'vitest';
import { clauseButtons, clauseCopy } from '../../../../app/_client/reader/clause-actions.ts';
import { getDocument } from '../../../../lib/build/corpus/index.ts';
import { readerData } from '../../../../lib/shared/reader-data.ts';
import type { Script } from '../../../../lib/shared/types.ts';
import { citationTemplates } from '../../../../lib/build/citation/index.ts';

const doc = getDocument('ndrc-2007-2897');
if (!doc) throw new Error('content/ndrc-2007-2897 is missing');
const pageUrl = (script: Script): string => `https://example.gov.cn/${script}/ndrc-2007-2897/`;
const data = (script: Script) =>
  readerData(
    script,
    'https://example.gov.cn',
    { docId: doc.id, linkPath: '' },
    doc.variants[script],
    citationTemplates(doc.id, script, doc.variants[script].meta),
  );
/** The 引用日期 a reader copying on 3 December 2026 gets. */
const DAY = '2026-12-03';

describe('clauseButtons', () => {
  it('names each button by its word and the clause', () => {
    expect(clauseButtons(data('zh-hans'), 'att_1__sec_2__point_3').map((b) => [b.action, b.word, b.label])).toEqual([
      ['copy-link', '复制链接', '复制链接：第二部分第（三）项'],
      ['copy-cite', '复制引用', '复制引用：第二部分第（三）项'],
    ]);
    expect(clauseButtons(data('zh-hant'), 'att_1__sec_2__point_3').map((b) => b.label)).toEqual([
      '複製連結：第二部分第（三）項',
      '複製引用：第二部分第（三）項',
    ]);
  });
});

describe('clauseCopy', () => {
  it('复制链接 copies the clause link and says which clause', () => {
    expect(clauseCopy(data('zh-hans'), 'copy-link', 'att_1__sec_2__point_3', pageUrl('zh-hans'), DAY)).toEqual({
      text: 'https://example.gov.cn/zh-hans/ndrc-2007-2897/#att_1__sec_2__point_3',
      done: '已复制链接：第二部分第（三）项',
    });
  });

  it('中文引用 copies the citation, then the link on its own line', () => {
    expect(clauseCopy(data('zh-hans'), 'chinese', 'att_1__sec_2__point_3', pageUrl('zh-hans'), DAY)).toEqual({
      text:
        '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项\n' +
        'https://example.gov.cn/zh-hans/ndrc-2007-2897/#att_1__sec_2__point_3',
      done: '已复制引用（中文引用）：第二部分第（三）项',
    });
  });

  it('speaks and cites in the page’s script', () => {
    expect(clauseCopy(data('zh-hant'), 'chinese', 'att_1__sec_3__point_1', pageUrl('zh-hant'), DAY)).toEqual({
      text:
        '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第三部分第（一）項\n' +
        'https://example.gov.cn/zh-hant/ndrc-2007-2897/#att_1__sec_3__point_1',
      done: '已複製引用（中文引用）：第三部分第（一）項',
    });
  });

  it('a whole annex is named 附件', () => {
    expect(clauseCopy(data('zh-hans'), 'copy-link', 'att_1', pageUrl('zh-hans'), DAY)?.done).toBe('已复制链接：附件');
  });

  it.each(['', 'att_9', 'att_1__sec_2__point_99', 'reader-status'])(
    'copies nothing for %j, which is not a clause of the page',
    (id) => {
      expect(clauseCopy(data('zh-hans'), 'copy-link', id, pageUrl('zh-hans'), DAY)).toBeNull();
    },
  );
});
