/** The search box's words per script, shared by its server markup (SearchBox.tsx) and its browser behaviour (app/_client/search.ts). Client-safe. */
import { MAX_RESULTS } from '../search/options.ts';
import type { Script } from '../types.ts';

export const SEARCH_TEXT = {
  'zh-hans': {
    label: '搜索',
    placeholder: '搜索，如“贴牌生产”',
    results: '搜索结果',
    loading: '正在加载搜索…',
    failed: '搜索暂时无法加载，请稍后再试',
    searching: '正在搜索…',
    none: (q: string) => `未找到与“${q}”相关的条款`,
    count: (n: number) => (n > MAX_RESULTS ? `找到 ${n} 条，显示前 ${MAX_RESULTS} 条` : `找到 ${n} 条`),
    countMore: (n: number) => `找到 ${n} 条以上，显示前 ${Math.min(n, MAX_RESULTS)} 条`,
    scope: '搜索范围',
    scopes: { document: '本文件', portal: '全部文件' },
  },
  'zh-hant': {
    label: '搜尋',
    placeholder: '搜尋，如「貼牌生產」',
    results: '搜尋結果',
    loading: '正在載入搜尋…',
    failed: '搜尋暫時無法載入，請稍後再試',
    searching: '正在搜尋…',
    none: (q: string) => `未找到與「${q}」相關的條款`,
    count: (n: number) => (n > MAX_RESULTS ? `找到 ${n} 條，顯示前 ${MAX_RESULTS} 條` : `找到 ${n} 條`),
    countMore: (n: number) => `找到 ${n} 條以上，顯示前 ${Math.min(n, MAX_RESULTS)} 條`,
    scope: '搜尋範圍',
    scopes: { document: '本文件', portal: '全部文件' },
  },
} as const satisfies Record<Script, unknown>;

/**
 * The element ids the markup renders and the behaviour looks up. One search box per page (the site
 * header's), so fixed ids are unique; each result option is `${RESULT_ID_PREFIX}${index}`.
 */
export const SEARCH_IDS = { input: 'search-input', results: 'search-results', status: 'search-status' } as const;
export const RESULT_ID_PREFIX = 'search-result-';
