/**
 * What the build redirects, from the manifests and the declared moves: a page (the document under a
 * former id, a clause page whose clause moved or lost its page) → where it is now, in both scripts; and
 * a renamed document's downloads, which only the server can redirect (no page to refresh from).
 * Anchors need no entry: a #id that moved stays on its page as an alias (rehype-moved-ids.ts).
 */
import type { LoadedDocument } from '../content/load.ts';
import { clausePath, documentPath } from '../../shared/routes.ts';
import { DOWNLOAD_FORMATS, downloadPath } from '../../shared/open-data.ts';
import { SCRIPTS, type Script } from '../../shared/types.ts';
import { qualifiedLabel } from '../pages/clauses.ts';
import type { ParsedEntry } from './manifest.ts';
import type { PublishedDocument } from './published.ts';

/** A page that moved: the redirect page at `from` and its line in _redirects. */
export interface PageMove {
  script: Script;
  /** The old path, /zh-hans/<doc>/<clause>/. */
  from: string;
  /** The path now, with #id where the clause has no page of its own. */
  to: string;
  /** The target's name as the redirect page shows it: the document's title, and the clause's label. */
  title: string;
}

export interface FileMove {
  from: string;
  to: string;
}

function targetOf(doc: LoadedDocument, script: Script, to: ParsedEntry): { to: string; title: string } {
  const { clauses, meta } = doc.variants[script];
  if (to.kind === 'document') return { to: documentPath(script, doc.id), title: meta.title };
  const clause = clauses.find((c) => c.id === to.id);
  const title = clause ? `${meta.title} ${qualifiedLabel(clauses, clause)}` : meta.title;
  const path = to.kind === 'page' ? clausePath(script, doc.id, to.id) : `${documentPath(script, doc.id)}#${to.id}`;
  return { to: path, title };
}

/** The page moves one manifest asks for: under a former id every page, under the document's own id the moved ones. */
function movesOf(published: PublishedDocument, doc: LoadedDocument): Array<{ from: ParsedEntry; to: ParsedEntry }> {
  const renamed = published.id !== doc.id;
  return published.lines.flatMap(({ parsed, fate }) => {
    if (parsed.kind === 'anchor' || fate.kind === 'missing' || (fate.kind === 'kept' && !renamed)) return [];
    return [{ from: parsed, to: fate.kind === 'moved' ? fate.to : parsed }];
  });
}

/** Every page that moved, in both scripts, each old path once; a former id's document page even without a manifest. */
export function pageMoves(docs: readonly LoadedDocument[], published: readonly PublishedDocument[]): PageMove[] {
  const moves = new Map<string, PageMove>();
  const add = (script: Script, oldId: string, doc: LoadedDocument, from: ParsedEntry, to: ParsedEntry): void => {
    const path = from.kind === 'page' ? clausePath(script, oldId, from.id) : documentPath(script, oldId);
    if (!moves.has(path)) moves.set(path, { script, from: path, ...targetOf(doc, script, to) });
  };
  for (const script of SCRIPTS) {
    for (const doc of docs)
      for (const formerId of doc.variants['zh-hans'].meta.formerIds ?? [])
        add(script, formerId, doc, { kind: 'document' }, { kind: 'document' });
    for (const entry of published) {
      if (!entry.doc) continue;
      for (const { from, to } of movesOf(entry, entry.doc)) add(script, entry.id, entry.doc, from, to);
    }
  }
  return [...moves.values()];
}

/** A renamed document's downloads (data.akn …, source.md), for the server's redirects. */
export function fileMoves(docs: readonly LoadedDocument[]): FileMove[] {
  const moves = new Map<string, string>();
  for (const doc of docs)
    for (const formerId of doc.variants['zh-hans'].meta.formerIds ?? [])
      for (const script of SCRIPTS)
        for (const format of DOWNLOAD_FORMATS)
          moves.set(downloadPath(script, formerId, format), downloadPath(script, doc.id, format));
  return [...moves].map(([from, to]) => ({ from, to }));
}
