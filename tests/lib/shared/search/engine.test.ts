/**
 * Search over the real pipeline's clause lists, the real OpenCC-built folding table and the real
 * query engine: the golden table in both scripts, ranking, snippets, paths and folding, for the
 * published corpus and for an index that also holds a second notice.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument, loadDocuments, type LoadedDocument } from '../../../../lib/build/corpus';
import { loadDocument } from '../../../../lib/build/content/load';
import { buildFoldTable, buildSearchIndex } from '../../../../lib/build/search-data/index';
import {
  createSearcher,
  type SearchOutcome,
  type SearchResult,
  type Searcher,
} from '../../../../lib/shared/search/engine';
import { createFolder } from '../../../../lib/shared/search/fold';
import { SCRIPTS, type Script } from '../../../../lib/shared/types';
import { DOC_ID } from '../../../helpers/content';
import { GOLDEN, GOLDEN_DOC } from './golden';

const docs = loadDocuments();
const foldTable = buildFoldTable(docs);

/** Searchers for both scripts over one set of documents, built as the export builds them. */
function searchersFor(set: readonly LoadedDocument[]): (script: Script) => Searcher {
  const fold = buildFoldTable(set);
  const built = new Map(SCRIPTS.map((script) => [script, createSearcher(buildSearchIndex(set, script), fold)]));
  return (script) => {
    const s = built.get(script);
    if (!s) throw new Error(script);
    return s;
  };
}
const searcher = searchersFor(docs);

/**
 * A second notice, loaded by the real loader from a fixture folder: it too has 附件 › 一、/二、 and
 * mentions 产业集群 and 集体商标, which is what broke paths and the golden table before.
 */
const published = getDocument(DOC_ID);
if (!published) throw new Error(`${DOC_ID} did not load`);
const second = loadDocument(path.join(import.meta.dirname, 'fixtures', 'test-2099-1'));
const twoDocs = searchersFor([published, second]);

/** The text a <mark> would wrap. */
const marked = (text: string, marks: [number, number][]): string[] => marks.map(([s, e]) => text.slice(s, e));
/** Every result (no display limit), and those of the golden document. */
const everything = (s: Searcher, query: string): SearchOutcome => s.search(query, Number.MAX_SAFE_INTEGER);
const ofGoldenDoc = (outcome: SearchOutcome): SearchResult[] => outcome.results.filter((r) => r.docId === GOLDEN_DOC);

describe.each([
  ['the published documents', searcher],
  ['an index that also holds a second notice', twoDocs],
] as const)('golden table over %s', (_name, searchers) => {
  describe.each(SCRIPTS)('%s index', (script) => {
    it.each(GOLDEN.map((row) => [row.query, row] as const))('%s', (_query, row) => {
      const outcome = everything(searchers(script), row.query);
      expect(outcome.total).toBe(outcome.results.length);
      const found = ofGoldenDoc(outcome);
      expect(found.map((r) => r.id).sort()).toEqual([...row.ids].sort());
      if (row.first) expect(found[0]?.id).toBe(row.first);
    });
  });
});

describe.each(SCRIPTS)('links, %s index', (script) => {
  it('links every result to its document page anchor in the same script', () => {
    const { results } = twoDocs(script).search('产业集群');
    expect(new Set(results.map((r) => r.docId))).toEqual(new Set([DOC_ID, second.id]));
    for (const result of results) expect(result.href).toBe(`/${script}/${result.docId}/#${result.id}`);
  });
});

describe('several documents in one index', () => {
  it('the second notice does add results to golden queries, so filtering the golden table by document is needed', () => {
    const ids = (query: string) => everything(twoDocs('zh-hans'), query).results.map((r) => `${r.docId}#${r.id}`);
    expect(ids('集体商标')).toContain(`${second.id}#att_1__sec_2__point_1`);
    expect(ids('集体商标')).toContain(`${DOC_ID}#att_1__sec_2__point_6`);
  });

  it.each([
    ['zh-hans', '集体商标', '关于印发促进产业集群发展的若干意见的通知', '关于印发产业集群检索测试要点的通知'],
    ['zh-hant', '集體商標', '關於印發促進產業集群發展的若干意見的通知', '關於印發產業集群檢索測試要點的通知'],
  ] as const)(
    '%s: every path starts with its document’s short title, so two 附件 › 二、… paths tell apart',
    (script, query, publishedShort, secondShort) => {
      const paths = new Map(
        twoDocs(script)
          .search(query)
          .results.map((r) => [r.docId, r.path.map((p) => p.text)]),
      );
      expect(paths.get(DOC_ID)?.slice(0, 3)).toEqual([
        publishedShort,
        '附件',
        script === 'zh-hans' ? '二、促进产业集群发展的总体思路和措施' : '二、促進產業集群發展的總體思路和措施',
      ]);
      expect(paths.get(second.id)?.slice(0, 3)).toEqual([secondShort, '附件', '二、工作措施']);
    },
  );

  it('leads with the short title even where a clause has no heading or ancestor of its own', () => {
    const result = twoDocs('zh-hans')
      .search('遵照执行')
      .results.find((r) => r.id === 'para_1');
    expect(result?.path.map((p) => p.text)).toEqual(['关于印发产业集群检索测试要点的通知']);
  });

  it('with one document, paths stay as they were: no title before 附件, the full title for a clause without a heading', () => {
    expect(searcher('zh-hans').search('集体商标').results[0]?.path[0]?.text).toBe('附件');
    const preamble = searcher('zh-hans').search('新疆生产建设兵团').results[0];
    expect(preamble?.path.map((p) => p.text)).toEqual(['国家发展改革委关于印发促进产业集群发展的若干意见的通知']);
  });
});

describe('results as the reader sees them', () => {
  const first = (script: 'zh-hans' | 'zh-hant', query: string): SearchResult => {
    const result = searcher(script).search(query).results[0];
    if (!result) throw new Error(`no result for ${query}`);
    return result;
  };

  it('highlights the match in the page script, whatever script the query was typed in', () => {
    const hans = first('zh-hans', '貼牌生產');
    expect(marked(hans.snippet.text, hans.snippet.marks)).toEqual(['贴牌生产']);
    const hant = first('zh-hant', '贴牌生产');
    expect(marked(hant.snippet.text, hant.snippet.marks)).toEqual(['貼牌生產']);
    const variant = first('zh-hant', '汙染治理');
    expect(marked(variant.snippet.text, variant.snippet.marks)[0]).toBe('汙染治理');
  });

  it('shows the heading path 附件 › 二、… › （六）… with the clause heading last', () => {
    const result = first('zh-hans', '集体商标');
    expect(result.path.map((p) => p.text)).toEqual([
      '附件',
      '二、促进产业集群发展的总体思路和措施',
      '（六）大力实施品牌战略，积极培育区域品牌',
    ]);
    expect(first('zh-hant', '集體商標').path.map((p) => p.text)).toEqual([
      '附件',
      '二、促進產業集群發展的總體思路和措施',
      '（六）大力實施品牌戰略，積極培育區域品牌',
    ]);
  });

  it('marks a heading match in the path, and ranks heading matches first', () => {
    const result = first('zh-hans', '壮大龙头企业');
    expect(result.id).toBe('att_1__sec_2__point_3');
    const last = result.path.at(-1);
    expect(last && marked(last.text, last.marks)).toEqual(['壮大龙头企业']);
  });

  it('marks every term of a multi-term query inside the snippet', () => {
    const result = first('zh-hans', 'OBM odm');
    expect(marked(result.snippet.text, result.snippet.marks).sort()).toEqual(['ODM', 'OBM'].sort());
  });

  it('cuts a snippet around the first match, with ellipsis flags where text was cut', () => {
    const result = first('zh-hans', '两高一资');
    expect(result.snippet.text.length).toBeLessThanOrEqual(84);
    expect(result.snippet.text).toContain('两高一资');
    expect(result.snippet.before).toBe(true);
  });

  it('finds a heading-only clause and gives it an empty snippet', () => {
    const result = first('zh-hans', '我国产业集群发展现状');
    expect(result.id).toBe('att_1__sec_1');
    expect(result.snippet.text).toBe('');
  });

  it('returns nothing for an empty or blank query', () => {
    expect(searcher('zh-hans').search('   ').total).toBe(0);
  });
});

describe('folding table built from OpenCC', () => {
  const fold = createFolder(foldTable.groups);

  it.each([
    ['産', '產', '产'],
    ['汙', '污'],
    ['湧', '涌'],
    ['著', '着'],
    ['羣', '群'],
    ['爲', '為', '为'],
    ['臺', '台'],
    ['佈', '布'],
  ])('folds %s to one form', (...forms) => {
    expect(new Set(forms.map((c) => fold.text(c))).size).toBe(1);
  });

  it('folds the traditional text of every clause of every document to the folded simplified text', () => {
    const hans = docs.flatMap((doc) => doc.variants['zh-hans'].clauses);
    const hant = docs.flatMap((doc) => doc.variants['zh-hant'].clauses);
    expect(hans.length).toBeGreaterThan(20);
    expect(hant).toHaveLength(hans.length);
    hans.forEach((clause, i) => {
      expect(fold.text(hant[i]?.text ?? '')).toBe(fold.text(clause.text));
      expect(fold.text(hant[i]?.heading ?? '')).toBe(fold.text(clause.heading));
    });
  });

  it('keeps every string length, so match offsets are display offsets', () => {
    const hant = docs.flatMap((doc) => doc.variants['zh-hant'].clauses.map((c) => c.text)).join('');
    expect(hant.length).toBeGreaterThan(1000);
    expect(fold.text(hant).length).toBe(hant.length);
  });

  it('splits a query into distinct folded terms, case- and width-insensitive', () => {
    expect(fold.terms(' ＯＢＭ  obm 產業 ')).toEqual(['obm', '产业']);
  });
});
