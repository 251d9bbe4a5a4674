/** Interface wording per script, written by hand (OpenCC's character conversion would say 鏈接, not 連結). Client-safe. */
import type { Script } from '../types.ts';

export const UI = {
  'zh-hans': {
    site: '政策文件',
    skip: '跳到正文',
    toc: '目录',
    openToc: '目录',
    closeToc: '关闭目录',
    metaLabel: '文件信息',
    docNumber: '文号',
    issuer: '发文机关',
    dateSigned: '成文日期',
    datePublished: '发布日期',
    source: '来源',
    variantNote: '简体文本为发布原文。繁体文本由简体原文经机器转换生成，如有出入，以简体原文为准。',
    variantPrint: '简体（发布原文）',
    toggleLabel: '切换到繁體',
    copyLink: '复制链接',
    copyCite: '复制引用',
    copied: { link: '已复制链接', cite: '已复制引用' },
    citeMenu: '引用格式',
    citeFormats: {
      chinese: '中文引用',
      'gbt-clause': 'GB/T 7714（本条）',
      'gbt-document': 'GB/T 7714（全文）',
      csl: 'CSL-JSON',
      bibtex: 'BibTeX',
    },
    copyFailed: '复制失败，请手动复制',
    url: '网址',
  },
  'zh-hant': {
    site: '政策文件',
    skip: '跳到正文',
    toc: '目錄',
    openToc: '目錄',
    closeToc: '關閉目錄',
    metaLabel: '文件資訊',
    docNumber: '文號',
    issuer: '發文機關',
    dateSigned: '成文日期',
    datePublished: '發布日期',
    source: '來源',
    variantNote: '簡體文本為發布原文。繁體文本由簡體原文經機器轉換生成，如有出入，以簡體原文為準。',
    variantPrint: '繁體（由簡體原文機器轉換）',
    toggleLabel: '切換到简体',
    copyLink: '複製連結',
    copyCite: '複製引用',
    copied: { link: '已複製連結', cite: '已複製引用' },
    citeMenu: '引用格式',
    citeFormats: {
      chinese: '中文引用',
      'gbt-clause': 'GB/T 7714（本條）',
      'gbt-document': 'GB/T 7714（全文）',
      csl: 'CSL-JSON',
      bibtex: 'BibTeX',
    },
    copyFailed: '複製失敗，請手動複製',
    url: '網址',
  },
} as const satisfies Record<Script, Record<string, unknown>>;

/** localStorage key of the script the reader chose with the toggle; the home page reads it. */
export const SCRIPT_PREFERENCE_KEY = 'script';

/** 2007-11-13 → 2007年11月13日, the way Chinese documents write dates in running text. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
