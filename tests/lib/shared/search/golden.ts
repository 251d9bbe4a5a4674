/**
 * The search golden table: realistic queries and the clauses a reader expects, worked out by
 * reading the notice (not by running the search). Shared by the Vitest test, the Chromium test
 * and the benchmark. `first` is the clause that must rank first; `ids` is the complete result set.
 *
 * Every row is about one document, GOLDEN_DOC: `ids` are its clause ids, and the tests compare only
 * that document's results, so publishing another notice that also mentions 产业集群 changes no row.
 * A no-match row still fails if anything in GOLDEN_DOC matches.
 */
import { DOC_ID } from '../../../helpers/content';

/** The document every row's clause ids belong to. */
export const GOLDEN_DOC = DOC_ID;

export type GoldenCategory = 'simplified' | 'traditional' | 'variant' | 'multi-term' | 'latin-digits' | 'no-match';

export interface GoldenRow {
  query: string;
  category: GoldenCategory;
  /** Every clause of GOLDEN_DOC the query must find, and nothing else of it. */
  ids: readonly string[];
  /** The clause of GOLDEN_DOC that must rank first among that document's results. */
  first?: string;
}

const P = 'att_1__sec_2__point_';

export const GOLDEN: readonly GoldenRow[] = [
  // Phrases readers remember, typed in simplified.
  { query: '贴牌生产', category: 'simplified', ids: ['att_1__sec_1__para_3'] },
  { query: '两高一资', category: 'simplified', ids: [`${P}8`] },
  { query: '集体商标', category: 'simplified', ids: [`${P}6`] },
  { query: '领头羊', category: 'simplified', ids: [`${P}3`] },
  { query: '清洁生产促进法', category: 'simplified', ids: [`${P}5`] },
  { query: '龙头企业', category: 'simplified', ids: [`${P}3`, 'att_1__sec_3__point_2'], first: `${P}3` },
  { query: '加强科学规划', category: 'simplified', ids: ['att_1__sec_2__intro', `${P}1`], first: `${P}1` },
  { query: '二〇〇七年十一月十三日', category: 'simplified', ids: ['conclusions'] },
  { query: '新疆生产建设兵团', category: 'simplified', ids: ['preamble'] },
  { query: '集群发展的总体思路', category: 'simplified', ids: ['att_1__sec_2'] },
  { query: '节能减排', category: 'simplified', ids: ['att_1__sec_2__intro', `${P}5`] },
  // The same phrases typed in traditional characters.
  { query: '貼牌生產', category: 'traditional', ids: ['att_1__sec_1__para_3'] },
  { query: '兩高一資', category: 'traditional', ids: [`${P}8`] },
  { query: '集體商標', category: 'traditional', ids: [`${P}6`] },
  { query: '領頭羊', category: 'traditional', ids: [`${P}3`] },
  { query: '國際知名品牌', category: 'traditional', ids: [`${P}6`] },
  { query: '清潔生產促進法', category: 'traditional', ids: [`${P}5`] },
  { query: '壯大龍頭企業', category: 'traditional', ids: [`${P}3`] },
  { query: '產業鏈', category: 'traditional', ids: ['att_1__sec_1__para_3', `${P}1`, `${P}3`] },
  // Variant forms: 産 (variant of 產), 汙, 湧, 著, 羣, 佈, 爲, 臺, and mixed-script input.
  { query: '産学研', category: 'variant', ids: [`${P}4`] },
  { query: '原産地', category: 'variant', ids: [`${P}6`] },
  { query: '汙染治理', category: 'variant', ids: [`${P}2`, `${P}5`] },
  { query: '湧現', category: 'variant', ids: ['att_1__sec_1__para_1'] },
  { query: '發揮著', category: 'variant', ids: ['att_1__preamble'] },
  { query: '随著', category: 'variant', ids: ['att_1__sec_1__para_1'] },
  { query: '集羣發展的總體思路', category: 'variant', ids: ['att_1__sec_2'] },
  { query: '佈局', category: 'variant', ids: [`${P}1`, `${P}2`, 'att_1__sec_3__point_3'] },
  { query: '爲积极实施', category: 'variant', ids: ['para_1'] },
  { query: '服務平臺', category: 'variant', ids: [`${P}7`, 'att_1__sec_3__point_2', 'att_1__sec_3__point_3'] },
  // Several terms: all must occur in the clause; the exact phrase ranks first.
  { query: '龙头企业 倾斜', category: 'multi-term', ids: ['att_1__sec_3__point_2'] },
  { query: '土地 集约', category: 'multi-term', ids: ['att_1__sec_1__para_2', `${P}2`], first: `${P}2` },
  { query: '產業轉移 中西部', category: 'multi-term', ids: [`${P}1`, `${P}8`] },
  { query: '生态型 工业园区', category: 'multi-term', ids: [`${P}5`] },
  { query: '  工业旅游   品牌 ', category: 'multi-term', ids: [`${P}6`] },
  // Latin letters (any case, full width too) and digits.
  { query: 'obm', category: 'latin-digits', ids: [`${P}4`] },
  { query: 'OEM', category: 'latin-digits', ids: [`${P}4`] },
  { query: 'ＯＤＭ', category: 'latin-digits', ids: [`${P}4`] },
  { query: 'odm Obm', category: 'latin-digits', ids: [`${P}4`] },
  { query: '50%', category: 'latin-digits', ids: ['att_1__sec_1__para_1'] },
  { query: '５０％', category: 'latin-digits', ids: ['att_1__sec_1__para_1'] },
  { query: '2897', category: 'latin-digits', ids: ['preface'] },
  { query: '〔2007〕2897号', category: 'latin-digits', ids: ['preface'] },
  // Must find nothing in GOLDEN_DOC: characters that merely co-occur, terms split across clauses, absent words.
  { query: '电子商务', category: 'no-match', ids: [] },
  { query: '電子商務', category: 'no-match', ids: [] },
  { query: '电子 商务', category: 'no-match', ids: [] },
  { query: '集体品牌商标', category: 'no-match', ids: [] },
  { query: '品牌 电镀', category: 'no-match', ids: [] },
  { query: '产业集群 xyz', category: 'no-match', ids: [] },
  { query: '2008', category: 'no-match', ids: [] },
  { query: '<img src=x onerror=alert(1)>', category: 'no-match', ids: [] },
];
