/**
 * The words the reader's behaviour shows (app/_client/reader): the clause actions, the 复制引用 list and
 * what the status line says. Apart from strings.ts, which every page's markup uses, so the browser
 * bundle carries only these. Client-safe.
 */
import type { Script } from '../types.ts';

export const READER_TEXT = {
  'zh-hans': {
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
  },
  'zh-hant': {
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
  },
} as const satisfies Record<Script, Record<string, unknown>>;

/** localStorage key of the script the reader chose with the toggle; the home page reads it. */
export const SCRIPT_PREFERENCE_KEY = 'script';
