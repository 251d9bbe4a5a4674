/**
 * What becomes of a published URL in this build: still there, moved (by a declared move, or because the
 * page of a clause became an anchor on the document page), or gone. Pure: the check fails the build on
 * `missing`, the redirect writer turns `moved` into redirects.
 */
import type { ParsedEntry } from './manifest.ts';
import type { ResolvedMoves } from './moves.ts';

/** A document's URLs in this build: the ids on its page, and the ids that have a page of their own. */
export interface CurrentUrls {
  anchors: ReadonlySet<string>;
  pages: ReadonlySet<string>;
}

export type Fate = { kind: 'kept' } | { kind: 'moved'; to: ParsedEntry } | { kind: 'missing' };

const KEPT: Fate = { kind: 'kept' };
const MISSING: Fate = { kind: 'missing' };

/**
 * The fate of one entry of the document's manifest (or of a manifest under one of its former ids).
 * An anchor stays only as the same id or by a declared move: a moved id is kept on the page as an alias
 * of its new clause. A clause page goes to the page of where the clause is now, or to its anchor on the
 * document page when it has no page any more.
 */
export function fateOf(entry: ParsedEntry, current: CurrentUrls, moves: ResolvedMoves): Fate {
  if (entry.kind === 'document') return KEPT;
  if (entry.kind === 'anchor') {
    if (current.anchors.has(entry.id)) return KEPT;
    const to = moves.get(entry.id);
    return to === undefined ? MISSING : { kind: 'moved', to: { kind: 'anchor', id: to } };
  }
  if (current.pages.has(entry.id)) return KEPT;
  const to = current.anchors.has(entry.id) ? entry.id : moves.get(entry.id);
  if (to === undefined) return MISSING;
  return { kind: 'moved', to: current.pages.has(to) ? { kind: 'page', id: to } : { kind: 'anchor', id: to } };
}
