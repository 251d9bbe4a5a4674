/**
 * The browser's checks of the fetched search files (lib/shared/search/schema.ts): the real files the
 * build emits pass unchanged; malformed or stale ones are refused, naming what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { getDocument, loadDocuments } from '../../../../lib/build/corpus';
import { buildDocumentSearch, buildFoldTable, buildPortalIndex } from '../../../../lib/build/search-data/index';
import { ParseError } from '../../../../lib/shared/parse';
import { searcherFromJson } from '../../../../lib/shared/search/engine';
import { SEARCH_FORMAT } from '../../../../lib/shared/search/options';
import {
  parseFoldTable,
  parsePortalManifest,
  parsePortalShard,
  parseSearchIndex,
} from '../../../../lib/shared/search/schema';
import { SCRIPTS } from '../../../../lib/shared/types';
import { DOC_ID } from '../../../helpers/content';

const docs = loadDocuments();
const doc = getDocument(DOC_ID);
if (!doc) throw new Error(`${DOC_ID} did not load`);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('search file checks', () => {
  it.each(SCRIPTS)('the %s document file the build emits passes unchanged, and makes a working searcher', (script) => {
    const index = buildDocumentSearch(doc, script);
    expect(parseSearchIndex(json(index))).toEqual(index);
    const query = script === 'zh-hans' ? '集体商标' : '集體商標';
    expect(
      searcherFromJson(json(index))
        .search(query)
        .results.map((r) => r.id),
    ).toEqual(['att_1__sec_2__point_6']);
  });

  it('the folding table, the portal manifest and its shards pass unchanged', async () => {
    const fold = buildFoldTable(docs);
    expect(parseFoldTable(json(fold))).toEqual(fold);
    const portal = await buildPortalIndex(docs, fold.groups);
    expect(parsePortalManifest(json(portal.manifest))).toEqual(portal.manifest);
    for (const shard of portal.bigramShards) expect(parsePortalShard(json(shard), 'b')).toEqual(shard);
  });

  const index = buildDocumentSearch(doc, 'zh-hans');
  const clause = index.clauses[0];
  it.each([
    ['the previous format version (a cached old file)', { ...index, v: SEARCH_FORMAT - 1 }, /index\.v/],
    ['the next format version', { ...index, v: SEARCH_FORMAT + 1 }, /index\.v/],
    [
      'a document without its short title',
      { ...index, docs: index.docs.map(({ id, title }) => ({ id, title })) },
      /index\.docs\[0\]\.short/,
    ],
    ['no folding groups', { ...index, fold: undefined }, /index\.fold/],
    ['an unknown script', { ...index, script: 'zh-hk' }, /index\.script/],
    ['a clause without text', { ...index, clauses: [{ ...clause, text: undefined }] }, /index\.clauses\[0\]\.text/],
    ['a fractional parent index', { ...index, clauses: [{ ...clause, parent: 0.5 }] }, /index\.clauses\[0\]\.parent/],
    ['docs as an object', { ...index, docs: {} }, /index\.docs: expected an array/],
  ])('refuses a document file with %s', (_name, file, message) => {
    expect(() => parseSearchIndex(json(file))).toThrow(ParseError);
    expect(() => parseSearchIndex(json(file))).toThrow(message);
  });

  it('refuses a stale manifest or a shard that is not strings, and searcherFromJson says the file is malformed', () => {
    expect(() => parseFoldTable({ v: 0, groups: '' })).toThrow(/fold\.v/);
    expect(() => parsePortalManifest({ v: SEARCH_FORMAT, shards: 1, singleShards: 1, docs: [1] })).toThrow(
      /portal\.docs\[0\]/,
    );
    expect(() => parsePortalShard({ '1.map': 5 }, 'b3')).toThrow(/b3\.1\.map/);
    expect(() => searcherFromJson({ ...index, v: 1 })).toThrow(/malformed or from another version/);
  });
});
