/** URL paths and script names, shared by the build and the browser. */
import type { Script } from './types.ts';

/** BCP 47 tags for <html lang> and hreflang. */
export const LANG: Record<Script, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

/** The script's own name, as the toggle shows it. */
export const SCRIPT_NAME: Record<Script, string> = { 'zh-hans': '简体', 'zh-hant': '繁體' };

/** Path of a script's home page (its document list). */
export function scriptHomePath(script: Script): string {
  return `/${script}/`;
}

export function otherScript(script: Script): Script {
  return script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
}

export function isScript(value: string): value is Script {
  return value === 'zh-hans' || value === 'zh-hant';
}

/** Path of a document page (trailing slash: the export is one folder per page). */
export function documentPath(script: Script, docId: string): string {
  return `/${script}/${docId}/`;
}

/** Path of a clause's own page. */
export function clausePath(script: Script, docId: string, clauseId: string): string {
  return `/${script}/${docId}/${clauseId}/`;
}

/** The ways to browse the documents by a property: by year of publication, by issuer, by 文种. */
export const FACETS = ['years', 'issuers', 'types'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The first path segments under a script that are listings, not documents: a document folder may not
 * take one of these names (the corpus refuses it), or its page and the listing would share a URL.
 */
export const LISTING_SEGMENTS: readonly string[] = ['documents', ...FACETS];

/** Page n of a paged list: the first page is the list's own path, later ones a numbered folder under it. */
const paged = (base: string, page: number): string => (page > 1 ? `${base}${page}/` : base);

/** Every document, newest first: /zh-hans/documents/, /zh-hans/documents/2/ … */
export function documentsPath(script: Script, page = 1): string {
  return paged(`/${script}/documents/`, page);
}

/** The list of a facet's values with their counts: /zh-hans/years/. */
export function facetIndexPath(script: Script, facet: Facet): string {
  return `/${script}/${facet}/`;
}

/** The documents with one value of a facet: /zh-hans/years/2007/, /zh-hans/types/notice/2/ … */
export function facetPath(script: Script, facet: Facet, slug: string, page = 1): string {
  return paged(`/${script}/${facet}/${slug}/`, page);
}
