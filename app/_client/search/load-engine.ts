/**
 * Loads what a search needs on first use: the engine chunk (a dynamic import(), its own file), the
 * folding table and the script's clause table, in parallel and once per page session.
 */
import type { Searcher } from '@/lib/shared/search/engine';
import { FOLD_TABLE_PATH, searchIndexPath } from '@/lib/shared/search/options';
import type { Script } from '@/lib/shared/types';

const loads = new Map<Script, Promise<Searcher>>();

const json = (url: string): Promise<unknown> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });

/** The searcher for a script; a failed load is forgotten, so the next use tries again. */
export function loadSearcher(script: Script): Promise<Searcher> {
  let pending = loads.get(script);
  if (!pending) {
    pending = Promise.all([
      import('@/lib/shared/search/engine'),
      json(searchIndexPath(script)),
      json(FOLD_TABLE_PATH),
    ]).then(([engine, index, fold]) => engine.searcherFromJson(index, fold));
    pending.catch(() => loads.delete(script));
    loads.set(script, pending);
  }
  return pending;
}
