/**
 * The exact engine (the 本文件 scope, and the check behind every portal result) over the real
 * pipeline's clause lists and the real OpenCC-built folding groups: the golden table in both scripts,
 * ranking, snippets, paths and folding.
 */
import { describe, expect, it } from 'vitest';
import { getDocument, loadDocuments } from '../../../../lib/build/corpus';
import { buildDocumentSearch, buildFoldTable } from '../../../../lib/build/search-data/index';
import {
  createSearcher,
  type SearchOutcome,
  type SearchResult,
  type Searcher,
} from '../../../../lib/shared/search/engine';
import { createFolder } from '../../../../lib/shared/search/fold';
import { SCRIPTS, type Script } from '../../../../lib/shared/types';
import { GOLDEN, GOLDEN_DOC } from './golden';

const docs = loadDocuments();
const foldTable = buildFoldTable(docs);
const golden = getDocument(GOLDEN_DOC);
if (!golden) throw new Error(`${GOLDEN_DOC} did not load`);

/** The golden document's searcher in each script, over the search file the export writes for it. */
const searchers = new Map(SCRIPTS.map((script) => [script, createSearcher(buildDocumentSearch(golden, script))]));
const searcher = (script: Script): Searcher => {
  const found = searchers.get(script);
  if (!found) throw new Error(script);
  return found;
};

/** The text a <mark> would wrap. */
const marked = (text: string, marks: [number, number][]): string[] => marks.map(([s, e]) => text.slice(s, e));
/** Every result (no display limit). */
const everything = (s: Searcher, query: string): SearchOutcome => s.search(query, Number.MAX_SAFE_INTEGER);

describe.each(SCRIPTS)('golden table, %s', (script) => {
  it.each(GOLDEN.map((row) => [row.query, row] as const))('%s', (_query, row) => {
    const outcome = everything(searcher(script), row.query);
    expect(outcome.total).toBe(outcome.results.length);
    expect(outcome.results.map((r) => r.id).sort()).toEqual([...row.ids].sort());
    if (row.first) expect(outcome.results[0]?.id).toBe(row.first);
  });
});

describe.each(SCRIPTS)('links, %s', (script) => {
  it('links every result to its document page anchor in the same script', () => {
    const { results } = searcher(script).search('产业集群');
    expect(results.length).toBeGreaterThan(3);
    for (const result of results) expect(result.href).toBe(`/${script}/${GOLDEN_DOC}/#${result.id}`);
  });
});

describe('paths within one document', () => {
  it('show no title before 附件, and the full title for a clause without a heading', () => {
    expect(searcher('zh-hans').search('集体商标').results[0]?.path[0]?.text).toBe('附件');
    const preamble = searcher('zh-hans').search('新疆生产建设兵团').results[0];
    expect(preamble?.path.map((p) => p.text)).toEqual(['国家发展改革委关于印发促进产业集群发展的若干意见的通知']);
  });

  it('rank the document’s own number first when the query is (part of) its 文号', () => {
    expect(searcher('zh-hans').search('2897号').results[0]?.id).toBe('preface');
    expect(searcher('zh-hant').search('發改企業〔2007〕2897號').results[0]?.id).toBe('preface');
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
