/**
 * The browser's checks of the fetched search files (lib/search/schema.ts, which replaced zod/mini
 * on the client): the real files the build emits pass unchanged; malformed or stale ones are refused.
 */
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../../lib/build/corpus';
import { ParseError } from '../../../../lib/shared/parse';
import { buildFoldTable, buildSearchIndex } from '../../../../lib/build/search-data/index';
import { SEARCH_FORMAT } from '../../../../lib/shared/search/options';
import { searcherFromJson } from '../../../../lib/shared/search/engine';
import { parseFoldTable, parseSearchIndex } from '../../../../lib/shared/search/schema';
import { SCRIPTS } from '../../../../lib/shared/types';

const docs = loadDocuments();
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('search file checks', () => {
  it.each(SCRIPTS)('the %s clause table the build emits passes unchanged', (script) => {
    const index = buildSearchIndex(docs, script);
    expect(parseSearchIndex(json(index))).toEqual(index);
  });

  it('the folding table the build emits passes unchanged, and the pair makes a working searcher', () => {
    const fold = buildFoldTable(docs);
    expect(parseFoldTable(json(fold))).toEqual(fold);
    const searcher = searcherFromJson(json(buildSearchIndex(docs, 'zh-hant')), json(fold));
    expect(searcher.search('集体商标').results.map((r) => r.id)).toEqual(['att_1__sec_2__point_6']);
  });

  const index = buildSearchIndex(docs, 'zh-hans');
  const clause = index.clauses[0];
  it.each([
    ['the previous format version (a cached old file)', { ...index, v: SEARCH_FORMAT - 1 }, /index\.v/],
    ['the next format version', { ...index, v: SEARCH_FORMAT + 1 }, /index\.v/],
    [
      'a document without its short title (format 1)',
      { ...index, docs: index.docs.map(({ id, title }) => ({ id, title })) },
      /index\.docs\[0\]\.short/,
    ],
    ['an unknown script', { ...index, script: 'zh-hk' }, /index\.script/],
    ['a clause without text', { ...index, clauses: [{ ...clause, text: undefined }] }, /index\.clauses\[0\]\.text/],
    ['a fractional parent index', { ...index, clauses: [{ ...clause, parent: 0.5 }] }, /index\.clauses\[0\]\.parent/],
    ['docs as an object', { ...index, docs: {} }, /index\.docs: expected an array/],
  ])('refuses a clause table with %s', (_name, file, message) => {
    expect(() => parseSearchIndex(json(file))).toThrow(ParseError);
    expect(() => parseSearchIndex(json(file))).toThrow(message);
  });

  it('refuses a folding table of another version, and searcherFromJson says the files are malformed', () => {
    expect(() => parseFoldTable({ v: 0, groups: '' })).toThrow(/fold\.v/);
    expect(() => searcherFromJson(json(index), { v: 1 })).toThrow(/malformed or from another version/);
  });
});
