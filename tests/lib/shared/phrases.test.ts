/** Golden table for lib/phrases.ts with the real ICU segmenter: where a title may break, and where it must not. */
import { describe, expect, it } from 'vitest';
import { phrases } from '@/lib/shared/phrases';

describe('phrases', () => {
  // Titles from the notice; each | is a place a line may break.
  it.each([
    ['促进产业集群发展', '促进|产业|集群|发展'],
    ['促進產業集群發展', '促進|產業|集群|發展'],
    ['三、加强组织领导，切实搞好产业集群工作', '三、|加强|组织|领导，|切实|搞好|产业|集群|工作'],
    ['（三）壮大龙头企业，提高专业化协作水平。', '（三）|壮大|龙头|企业，|提高|专业化|协作|水平。'],
    ['（一）加强科学规划，优化区域和产业布局', '（一）|加强|科学|规划，|优化|区域和|产业|布局'],
    ['（七）大力發展生產性服務業，健全社會服務體系', '（七）|大力|發展|生產性|服務業，|健全|社會|服務|體系'],
    [
      '国家发展改革委关于印发促进产业集群发展的若干意见的通知',
      '国家|发展|改革委|关于印发|促进|产业|集群|发展的|若干|意见的|通知',
    ],
    [
      '附件：國家發展改革委關於促進產業集群發展的若干意見',
      '附件：|國家|發展|改革委|關於|促進|產業|集群|發展的|若干|意見',
    ],
  ])('%s → %s', (text, expected) => {
    expect(phrases(text).join('|')).toBe(expected);
  });

  // Breaks that must NOT be offered: inside a word, before punctuation, after an opening bracket or quote.
  it.each([
    ['产业', '产', '业'],
    // The segmenter splits these; a lone Han character joins the word before it.
    ['优化区域', '优', '化'],
    ['生产性服务业', '服务', '业'],
    ['生產性服務業', '生產', '性'],
    ['关于印发', '印', '发'],
    ['发展的若干', '发展', '的'],
    ['领导，切实', '领导', '，'],
    ['（三）壮大', '（', '三'],
    ['“领头羊”作用', '“', '领头'],
    ['《意见》', '《', '意见'],
  ])('never breaks %s between %s and %s', (text, before, after) => {
    const runs = phrases(text);
    runs
      .slice(0, -1)
      .forEach((run, i) => expect(`${run}|${runs[i + 1] ?? ''}`.includes(`${before}|${after}`)).toBe(false));
  });

  it('keeps every character: the runs join to the text', () => {
    const text = '国家发展改革委关于印发促进产业集群发展的若干意见的通知 OBM 2007年';
    expect(phrases(text).join('')).toBe(text);
  });
});
