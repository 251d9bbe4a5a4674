/** Golden table for script conversion with the real OpenCC dictionaries. */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createZhHantConverter, twToCn } from '../../../../lib/build/content/zh-hant.ts';

const { convert } = createZhHantConverter([]);

/** [simplified, expected traditional, forms that must NOT appear]. */
const CN_TO_TW: ReadonlyArray<[string, string, string[]]> = [
  ['产业集群', '產業集群', ['産', '叢集']],
  ['信息技术', '信息技術', ['資訊']],
  ['支持有条件的企业', '支持有條件的企業', ['支援']],
  ['优化产业布局', '優化產業佈局', ['最佳化']],
  ['环境建设项目', '環境建設項目', ['專案']],
  ['循环经济', '循環經濟', ['迴圈']],
  ['整合提升各类开发区', '整合提升各類開發區', ['集成']],
  ['为促进产业集群', '為促進產業集群', ['爲']],
  ['群众', '群眾', ['羣']],
  ['发挥着越来越重要的作用', '發揮著越來越重要的作用', ['着']],
  ['重复建设', '重複建設', ['重復']],
  ['涌现', '湧現', []],
  ['中介组织', '中介組織', ['仲介']],
  ['平台', '平臺', []],
  ['发改企业〔2007〕2897号', '發改企業〔2007〕2897號', []],
];

/** [traditional, expected simplified]: the import direction. */
const TW_TO_CN: ReadonlyArray<[string, string]> = [
  ['發揮著', '发挥着'],
  ['隨著', '随着'],
  ['著力', '着力'],
  ['産業', '产业'],
  ['佈局', '布局'],
  ['佔到', '占到'],
  ['註冊', '注册'],
];

describe('cn → tw (zh-Hant pages)', () => {
  it.each(CN_TO_TW)('%s → %s', (cn, tw, forbidden) => {
    const out = convert(cn);
    expect(out).toBe(tw);
    for (const form of forbidden) expect(out).not.toContain(form);
  });

  it('is why we never use `to: t` (archaic forms) nor `twp` (phrase localisation)', () => {
    expect(OpenCC.Converter({ from: 'cn', to: 't' })('为促进产业集群')).toContain('爲');
    expect(OpenCC.Converter({ from: 'cn', to: 'twp' })('产业集群信息')).toBe('產業叢集資訊');
  });
});

describe('tw → cn (import)', () => {
  it.each(TW_TO_CN)('%s → %s', (tw, cn) => {
    expect(twToCn(tw)).toBe(cn);
  });

  it('is why we use `from: tw`, not `from: t`: t keeps 著 in 發揮著', () => {
    expect(OpenCC.Converter({ from: 't', to: 'cn' })('發揮著')).toBe('发挥著');
  });
});
