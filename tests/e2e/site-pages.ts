import fs from 'node:fs';
import path from 'node:path';
import { isScript } from '../../lib/shared/routes';
import type { Script } from '../../lib/shared/types';

/**
 * The pages of the export, discovered from out/ rather than listed by hand, so the quality gates
 * cover every page the other features add (clause pages, search page, …) without edits here.
 * A page is a folder with index.html: /, /<script>/, /<script>/<doc>/, /<script>/<doc>/<clause>/, and the
 * listings /<script>/documents/…, /<script>/years/…, /<script>/issuers/…, /<script>/types/…; the
 * redirect pages left at moved URLs are listed apart (redirectPages).
 */
export const OUT_DIR = path.join(process.cwd(), 'out');

export type PageKind = 'home' | 'script-home' | 'listing' | 'document' | 'clause' | 'other';

/** The folders under a script that hold listings (all documents, and by year, issuer and 文种), not documents. */
const LISTING_FOLDERS = new Set(['documents', 'years', 'issuers', 'types']);

export type SitePage = {
  /** URL path with trailing slash, as served. */
  urlPath: string;
  /** The index.html file in out/. */
  file: string;
  kind: PageKind;
  script?: Script;
};

/** Folders Next writes that are not pages users can reach by URL (assets, the 404 source). */
const NOT_PAGES = new Set(['_next', '_not-found', '404']);

function classify(segments: string[]): { kind: PageKind; script?: Script } {
  const [first] = segments;
  if (segments.length === 0) return { kind: 'home' };
  if (first === undefined || !isScript(first)) return { kind: 'other' };
  if (segments.length === 1) return { kind: 'script-home', script: first };
  if (LISTING_FOLDERS.has(segments[1] ?? '')) return { kind: 'listing', script: first };
  if (segments.length === 2) return { kind: 'document', script: first };
  if (segments.length === 3) return { kind: 'clause', script: first };
  return { kind: 'other', script: first };
}

/** A page left at a moved URL (lib/build/urls/redirect-page.ts): not a page of the site, a way to one. */
export const isRedirectPage = (file: string): boolean =>
  /<meta http-equiv="refresh"/.test(fs.readFileSync(file, 'utf8'));

function walk(dir: string, segments: string[], pages: SitePage[], redirects = false): void {
  const index = path.join(dir, 'index.html');
  if (fs.existsSync(index) && isRedirectPage(index) === redirects) {
    pages.push({
      urlPath: `/${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`,
      file: index,
      ...classify(segments),
    });
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || (segments.length === 0 && NOT_PAGES.has(entry.name))) continue;
    walk(path.join(dir, entry.name), [...segments, entry.name], pages, redirects);
  }
}

/**
 * Every page in out/ (or another export folder), sorted by URL in code-unit order (as `.sort()`
 * orders strings), so lists compare equal to sorted expectations whatever the machine's locale.
 */
export function sitePages(root: string = OUT_DIR): SitePage[] {
  if (!fs.existsSync(root)) return [];
  const pages: SitePage[] = [];
  walk(root, [], pages);
  return pages.sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}

/** The redirect pages of moved URLs, sorted by URL. */
export function redirectPages(root: string = OUT_DIR): SitePage[] {
  if (!fs.existsSync(root)) return [];
  const pages: SitePage[] = [];
  walk(root, [], pages, true);
  return pages.sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}

/** The URL path of every page, as served: /, /zh-hans/, /zh-hans/<doc>/, …. */
export function sitePaths(root: string = OUT_DIR): string[] {
  return sitePages(root).map((page) => page.urlPath);
}

/** Every file in out/ whose name passes `test`, as full paths, sorted. */
export function exportFiles(test: (name: string) => boolean, dir: string = OUT_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every HTML file in out/ (pages plus 404.html), for the validator. */
export function htmlFiles(dir: string = OUT_DIR): string[] {
  return exportFiles((name) => name.endsWith('.html'), dir);
}

export function pagesOfKind(kind: PageKind, script?: Script): SitePage[] {
  return sitePages().filter((page) => page.kind === kind && (script === undefined || page.script === script));
}
