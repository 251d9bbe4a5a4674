/**
 * Loads what a search needs on first use, once per page session: for the document scope the exact
 * engine chunk and the document's search file; for the portal the portal chunk (FlexSearch), its
 * manifest and the folding table. Shards and documents' files are fetched as queries need them.
 */
import type { Searcher } from '@/lib/shared/search/engine';
import {
  documentSearchPath,
  FOLD_TABLE_PATH,
  PORTAL_MANIFEST_PATH,
  portalShardPath,
} from '@/lib/shared/search/options';
import type { PortalSearch } from '@/lib/shared/search/portal/search';
import { parseFoldTable, parsePortalManifest, parsePortalShard, parseSearchIndex } from '@/lib/shared/search/schema';
import type { Script } from '@/lib/shared/types';

const json = (url: string): Promise<unknown> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });

/** Loads kept for the page session, by key; a failed one is forgotten, so the next use tries again. */
function sessionLoads<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key, load) => {
    const cached = loads.get(key);
    if (cached) return cached;
    const pending = load();
    pending.catch(() => loads.delete(key));
    loads.set(key, pending);
    return pending;
  };
}

const documentLoads = sessionLoads<Searcher>();
const portalLoads = sessionLoads<PortalSearch>();

/** The exact engine over one document's clauses (本文件). */
export function loadDocumentSearcher(docId: string, script: Script): Promise<Searcher> {
  return documentLoads(`${docId}:${script}`, () =>
    Promise.all([import('@/lib/shared/search/engine'), json(documentSearchPath(docId, script))]).then(
      ([engine, index]) => engine.searcherFromJson(index),
    ),
  );
}

/** The portal-wide search (全部文件), answering in the page's script. */
export function loadPortalSearch(script: Script): Promise<PortalSearch> {
  return portalLoads(script, () =>
    Promise.all([import('@/lib/shared/search/portal/search'), json(PORTAL_MANIFEST_PATH), json(FOLD_TABLE_PATH)]).then(
      ([portal, manifest, fold]) =>
        portal.createPortalSearch(
          {
            manifest: parsePortalManifest(manifest),
            shard: (kind, k) => json(portalShardPath(kind, k)).then((file) => parsePortalShard(file, `${kind}${k}`)),
            document: (docId) => json(documentSearchPath(docId, script)).then(parseSearchIndex),
          },
          parseFoldTable(fold).groups,
        ),
    ),
  );
}
