/**
 * Portal-wide search over the files the build writes for a corpus of several documents (content/,
 * the fixture documents and a second notice that also says 产业集群 and 集体商标), read through the
 * same checks as the browser: FlexSearch candidates, each verified by the exact engine.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCorpus } from '../../../../../lib/build/corpus/index';
import { searchFiles } from '../../../../../lib/build/search-data/index';
import {
  documentSearchPath,
  FOLD_TABLE_PATH,
  PORTAL_MANIFEST_PATH,
  portalShardPath,
} from '../../../../../lib/shared/search/options';
import {
  createPortalSearch,
  type PortalOutcome,
  type PortalSearch,
} from '../../../../../lib/shared/search/portal/search';
import { createPortalTerms } from '../../../../../lib/shared/search/portal/terms';
import {
  parseFoldTable,
  parsePortalManifest,
  parsePortalShard,
  parseSearchIndex,
} from '../../../../../lib/shared/search/schema';
import type { Script } from '../../../../../lib/shared/types';
import { GOLDEN, GOLDEN_DOC } from '../golden';

const DIRS = ['content', 'tests/fixtures/documents', 'tests/lib/shared/search/fixtures'].map((dir) =>
  path.resolve(dir),
);
const files = new Map<string, unknown>();

/** A portal search in one script, reading the built files as the browser would fetch them (and listing them in `fetched`). */
function portalIn(script: Script, fetched: string[] = []): PortalSearch {
  const read = (file: string): unknown => {
    if (!files.has(file)) throw new Error(`no file ${file}`);
    fetched.push(file);
    return JSON.parse(JSON.stringify(files.get(file)));
  };
  const source = {
    manifest: parsePortalManifest(read(PORTAL_MANIFEST_PATH)),
    shard: async (kind: 'bigram' | 'single', k: number) => parsePortalShard(read(portalShardPath(kind, k)), kind),
    document: async (docId: string) => parseSearchIndex(read(documentSearchPath(docId, script))),
  };
  return createPortalSearch(source, parseFoldTable(read(FOLD_TABLE_PATH)).groups);
}

/** The finished outcome of a query (the last report), with every result unless `limit` says otherwise. */
async function search(script: Script, query: string, limit = 10_000): Promise<PortalOutcome> {
  let last: PortalOutcome | undefined;
  await portalIn(script)(query, limit, (outcome) => (last = outcome));
  if (!last) throw new Error(`no report for ${query}`);
  return last;
}

beforeAll(async () => {
  for (const file of await searchFiles(renderCorpus(DIRS))) files.set(file.path, file.body);
}, 120_000);

describe.each(['zh-hans', 'zh-hant'] as const)('golden table through the portal, %s', (script) => {
  it.each(GOLDEN.map((row) => [row.query, row] as const))('%s', async (_query, row) => {
    const outcome = await search(script, row.query);
    const ofGolden = outcome.results.filter((r) => r.docId === GOLDEN_DOC);
    expect(ofGolden.map((r) => r.id).sort()).toEqual([...row.ids].sort());
    if (row.first) expect(ofGolden[0]?.id).toBe(row.first);
  });
});

/** Portal rows: a query, the document and clause that must come first, written out by reading the documents. */
const PORTAL_ROWS: Array<[query: string, script: Script, doc: string, clause: string]> = [
  ['投资强度不得低于', 'zh-hans', 'sample-2024-17', 'att_1__art_6'],
  ['投資強度不得低於', 'zh-hant', 'sample-2024-17', 'att_1__art_6'],
  ['不得由施工单位垫资建设', 'zh-hans', 'sample-order-9', 'art_9'],
  ['装备制造、新材料', 'zh-hant', 'sample-2024-31', 'att_1__preamble'],
  // A 文号, whole or in part, finds its document first.
  ['发改企业〔2007〕2897号', 'zh-hans', 'ndrc-2007-2897', 'preface'],
  ['2897号', 'zh-hans', 'ndrc-2007-2897', 'preface'],
  ['示發改〔2024〕31號', 'zh-hant', 'sample-2024-31', 'preface'],
  ['示例市人民政府令第9号', 'zh-hans', 'sample-order-9', 'preface'],
  // One character: the single-character shards.
  ['垫', 'zh-hans', 'sample-order-9', 'art_9'],
];

describe('portal rows', () => {
  it.each(PORTAL_ROWS)('%s (%s) → %s #%s first', async (query, script, doc, clause) => {
    const [first] = (await search(script, query)).results;
    expect(first && `${first.docId}#${first.id}`).toBe(`${doc}#${clause}`);
    expect(first?.href).toBe(`/${script}/${doc}/#${clause}`);
  });

  it('names the document (short title and 文号) before the clause path', async () => {
    const result = (await search('zh-hans', '投资强度不得低于')).results[0];
    expect(result?.path.map((p) => p.text)).toEqual([
      '关于印发《示例市产业园区管理办法》的通知（示发改〔2024〕17号）',
      '附件',
      '第二章　规划与建设',
      '第二节　建设',
      '第六条',
    ]);
  });

  it('finds the same phrase in every document that has it, and nothing in those that do not', async () => {
    const outcome = await search('zh-hans', '集体商标');
    expect(new Set(outcome.results.map((r) => r.docId))).toEqual(new Set([GOLDEN_DOC, 'test-2099-1']));
  });
});

describe('pages of results', () => {
  it('stops at the limit and says there is more; a higher limit gives the rest', async () => {
    const all = await search('zh-hans', '产业集群');
    expect(all.more).toBe(false);
    expect(all.results.length).toBe(all.total);
    expect(all.total).toBeGreaterThan(10);
    const first = await search('zh-hans', '产业集群', 3);
    expect(first.results).toHaveLength(3);
    expect(first.more).toBe(true);
    const second = await search('zh-hans', '产业集群', 6);
    expect(second.results).toHaveLength(6);
    expect(new Set(all.results.map((r) => r.href))).toEqual(expect.objectContaining({ size: all.total }));
  });

  it('a first page fetches only the candidate documents that fill it', async () => {
    const fetched: string[] = [];
    await portalIn('zh-hans', fetched)('发展', 1, () => undefined);
    const documents = fetched.filter((file) => file.startsWith('/search/doc/'));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThanOrEqual(4); // one batch (PORTAL_BATCH) of the six documents that say 发展
    const everything: string[] = [];
    await portalIn('zh-hans', everything)('发展', 10_000, () => undefined);
    expect(everything.filter((file) => file.startsWith('/search/doc/'))).toHaveLength(6);
  });

  it('says there is more when one document alone has more results than the page', async () => {
    // 龙头企业 is in two clauses of the notice and in no other document.
    const all = await search('zh-hans', '龙头企业');
    expect(all.results.map((r) => r.docId)).toEqual([GOLDEN_DOC, GOLDEN_DOC]);
    const first = await search('zh-hans', '龙头企业', 1);
    expect(first).toMatchObject({ total: 2, more: true });
    expect(first.results).toHaveLength(1);
  });

  it('says there is no more when the last page is shown', async () => {
    const outcome = await search('zh-hans', '集体商标', 10);
    expect(outcome.more).toBe(false);
    expect(outcome.results.length).toBe(outcome.total);
  });
});

describe('exact, though the index is of bigrams', () => {
  it.each(['电子商务', '产业集群电子', '企业集群发展', '二〇〇八年', '示例市人民政府令第8号'])(
    '%s finds nothing: every result is a real substring',
    async (query) => {
      const outcome = await search('zh-hans', query);
      expect(outcome.results).toEqual([]);
      expect(outcome.total).toBe(0);
    },
  );

  it('企业集群发展: every bigram of it is in the index, so the index alone would say yes; the check says no', async () => {
    const groups = parseFoldTable(files.get(FOLD_TABLE_PATH)).groups;
    const bigrams = createPortalTerms(groups).bigrams('企业集群发展');
    expect(bigrams).toEqual(['企业', '业集', '集群', '群发', '发展']);
    for (const bigram of bigrams) expect((await search('zh-hans', bigram)).total, bigram).toBeGreaterThan(0);
    expect((await search('zh-hans', '企业集群发展')).total).toBe(0);
  });
});
