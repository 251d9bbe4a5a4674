/**
 * Every search file of the export, made from the corpus (never from the Markdown): a file per
 * document and script for the 本文件 scope, and the sharded portal-wide index with its folding table.
 */
import {
  documentSearchPath,
  FOLD_TABLE_PATH,
  PORTAL_MANIFEST_PATH,
  portalShardPath,
} from '../../shared/search/options.ts';
import { SCRIPTS } from '../../shared/types.ts';
import type { LoadedDocument } from '../corpus/index.ts';
import { buildDocumentSearch } from './document-index.ts';
import { buildFoldTable } from './fold-table.ts';
import { buildPortalIndex } from './portal-index.ts';

export { buildDocumentSearch } from './document-index.ts';
export { buildFoldTable, foldGroups } from './fold-table.ts';
export { buildPortalIndex } from './portal-index.ts';

/** A file to write into the export: its URL path and its JSON body. */
export interface SearchFile {
  path: string;
  body: unknown;
}

export async function searchFiles(docs: readonly LoadedDocument[]): Promise<SearchFile[]> {
  const fold = buildFoldTable(docs);
  const portal = await buildPortalIndex(docs, fold.groups);
  return [
    { path: FOLD_TABLE_PATH, body: fold },
    { path: PORTAL_MANIFEST_PATH, body: portal.manifest },
    ...portal.bigramShards.map((body, k) => ({ path: portalShardPath('bigram', k), body })),
    ...portal.singleShards.map((body, k) => ({ path: portalShardPath('single', k), body })),
    ...docs.flatMap((doc) =>
      SCRIPTS.map((script) => ({ path: documentSearchPath(doc.id, script), body: buildDocumentSearch(doc, script) })),
    ),
  ];
}
