/**
 * The search file of one document in one script: its clause table (the text the exact engine scans,
 * shows in snippets and verifies portal candidates against) with the folding groups its text needs.
 * The 本文件 scope loads just this file.
 */
import { SEARCH_FORMAT } from '../../shared/search/options.ts';
import type { SearchIndexFile } from '../../shared/search/schema.ts';
import type { Script } from '../../shared/types.ts';
import type { LoadedDocument } from '../corpus/index.ts';
import { shortTitle } from '../pages/clauses.ts';
import { foldGroups } from './fold-table.ts';

/** One document's clauses in document order, parents as indices. */
export function buildDocumentSearch(doc: LoadedDocument, script: Script): SearchIndexFile {
  const { meta, clauses } = doc.variants[script];
  const indexOf = new Map<string, number>();
  const table: SearchIndexFile['clauses'] = clauses.map((clause, i) => {
    indexOf.set(clause.id, i);
    return {
      d: 0,
      id: clause.id,
      kind: clause.kind,
      num: clause.num,
      heading: clause.heading,
      text: clause.text,
      parent: clause.parent === null ? -1 : (indexOf.get(clause.parent) ?? -1),
    };
  });
  const entry = {
    id: doc.id,
    title: meta.title,
    short: shortTitle(meta.title),
    ...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
  };
  return { v: SEARCH_FORMAT, script, docs: [entry], clauses: table, fold: foldGroups([doc]) };
}
