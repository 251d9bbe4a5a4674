/** Reading the clause a URL fragment (#id) names. */

/** The id a fragment names, or null: "#" alone names nothing, and a malformed escape such as #%E0 names nothing rather than throwing. */
export function idFromHash(hash: string): string | null {
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** The element a fragment names on this page, or null. */
export function elementForHash(hash: string): HTMLElement | null {
  const id = idFromHash(hash);
  return id === null ? null : document.getElementById(id);
}
