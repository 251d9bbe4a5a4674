/**
 * Declared moves (a document's `moved:` front matter, old clause id → the id it is now), resolved
 * against the clauses a build has. Pure functions: the loader turns their problems into content errors
 * at the YAML line, the URL check and the redirect writer read the resolved map.
 */

/** Why a declared move cannot be honoured. */
export type MoveProblem =
  /** The chain of moves from `from` comes back to itself. */
  | { kind: 'cycle'; from: string; chain: string[] }
  /** The move ends at an id the document does not have. */
  | { kind: 'missing-target'; from: string; target: string }
  /** The old id is still a clause: its URL has not moved, and a mapping would give two elements one id. */
  | { kind: 'still-there'; from: string };

export type ResolvedMoves = ReadonlyMap<string, string>;

/**
 * Each old id → where it ends up, following chains (a → b, b → c gives a → c), so every redirect is one
 * hop. A chain that loops is a problem; so is a move whose old id is still a clause or whose end is not one.
 */
export function resolveMoves(
  moved: Readonly<Record<string, string>>,
  clauseIds: ReadonlySet<string>,
): { resolved: ResolvedMoves; problems: MoveProblem[] } {
  const resolved = new Map<string, string>();
  const problems: MoveProblem[] = [];
  for (const from of Object.keys(moved)) {
    if (clauseIds.has(from)) {
      problems.push({ kind: 'still-there', from });
      continue;
    }
    const chain = [from];
    let target = moved[from] ?? from;
    while (Object.hasOwn(moved, target) && !clauseIds.has(target) && !chain.includes(target)) {
      chain.push(target);
      target = moved[target] ?? target;
    }
    if (chain.includes(target)) problems.push({ kind: 'cycle', from, chain: [...chain, target] });
    else if (!clauseIds.has(target)) problems.push({ kind: 'missing-target', from, target });
    else resolved.set(from, target);
  }
  return { resolved, problems };
}

/**
 * The moves with what a moved clause holds: when （四） moved to （三）, its paragraph …__point_4__para_2 is
 * now …__point_3__para_2. Each clause under a move's target gains the old id with the old prefix, unless
 * that id is a clause itself or the author declared where it went.
 */
export function withDescendants(resolved: ResolvedMoves, clauseIds: Iterable<string>): ResolvedMoves {
  const expanded = new Map(resolved);
  const ids = [...clauseIds];
  const current = new Set(ids);
  for (const [from, to] of resolved) {
    for (const id of ids) {
      if (!id.startsWith(`${to}__`)) continue;
      const old = `${from}${id.slice(to.length)}`;
      if (!current.has(old) && !expanded.has(old)) expanded.set(old, id);
    }
  }
  return expanded;
}

/** The reverse map the page needs: each current id → the old ids that now point at it, in declaration order. */
export function aliasesByTarget(resolved: ResolvedMoves): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  for (const [from, to] of resolved) (aliases[to] ??= []).push(from);
  return aliases;
}
