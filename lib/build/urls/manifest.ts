/**
 * The URL manifest: every URL the site has published, so a build can never silently drop one. One file
 * per document, `urls/<doc-id>.txt` beside the content folder (content/ → urls/, tests/fixtures/documents/
 * → tests/fixtures/urls/), one URL a line, sorted, each written relative to the document's page and meaning
 * the same URL in both scripts (the scripts share their ids):
 *
 *   ./                   the document page, /zh-hans/<doc>/ and /zh-hant/<doc>/
 *   #att_1__sec_2        an anchor on it, /zh-hans/<doc>/#att_1__sec_2
 *   att_1__sec_2/        a clause page, /zh-hans/<doc>/att_1__sec_2/
 *
 * `npm run publish-urls` adds what a build publishes and never removes a line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clausePath, documentPath } from '../../shared/routes.ts';
import type { Clause, Script } from '../../shared/types.ts';
import { pagedClauses } from '../pages/clauses.ts';

/** A URL relative to the document page: './', '#id' or 'id/'. */
export type UrlEntry = string;

export const DOCUMENT_PAGE: UrlEntry = './';
export const anchorEntry = (id: string): UrlEntry => `#${id}`;
export const pageEntry = (id: string): UrlEntry => `${id}/`;

/** What an entry names: the document page, an anchor on it, or a clause page; null for a line of another form. */
export type ParsedEntry = { kind: 'document' } | { kind: 'anchor'; id: string } | { kind: 'page'; id: string };

const ID = '[a-z]+(?:_\\d+)?(?:__[a-z]+(?:_\\d+)?)*';
const ANCHOR = new RegExp(`^#(${ID})$`);
const PAGE = new RegExp(`^(${ID})/$`);

export function parseEntry(entry: string): ParsedEntry | null {
  if (entry === DOCUMENT_PAGE) return { kind: 'document' };
  const anchor = ANCHOR.exec(entry)?.[1];
  if (anchor !== undefined) return { kind: 'anchor', id: anchor };
  const page = PAGE.exec(entry)?.[1];
  return page === undefined ? null : { kind: 'page', id: page };
}

/** The entry as a URL path in one script: /zh-hans/<doc>/#id. */
export function entryUrl(script: Script, docId: string, entry: ParsedEntry): string {
  if (entry.kind === 'page') return clausePath(script, docId, entry.id);
  return entry.kind === 'anchor' ? `${documentPath(script, docId)}#${entry.id}` : documentPath(script, docId);
}

/** Code-unit order, whatever the machine's locale, so the file never reorders between machines. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What a build publishes for a document: its page, every clause id as an anchor on it, and every clause page. */
export function documentEntries(clauses: readonly Clause[]): UrlEntry[] {
  return [
    DOCUMENT_PAGE,
    ...clauses.map((clause) => anchorEntry(clause.id)),
    ...pagedClauses(clauses).map((clause) => pageEntry(clause.id)),
  ].sort(byCodeUnit);
}

const HEADER = [
  '# URLs this document has published, relative to /zh-hans/<doc>/ and /zh-hant/<doc>/.',
  '# Written by `npm run publish-urls`, which only adds lines; see README, URLs never break.',
];

/** The manifest file's text: the header, then the entries sorted, one a line. */
export function formatManifest(entries: Iterable<UrlEntry>): string {
  return `${[...HEADER, ...[...new Set(entries)].sort(byCodeUnit)].join('\n')}\n`;
}

/** One line of a manifest, with its 1-based line number for errors. */
export interface ManifestLine {
  entry: UrlEntry;
  parsed: ParsedEntry;
  line: number;
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** A manifest's entries; `file` names it in errors. A line of no known form is an error: never skipped silently. */
export function parseManifest(text: string, file: string): ManifestLine[] {
  const lines: ManifestLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('# ')) return;
    const parsed = parseEntry(entry);
    if (parsed === null)
      throw new ManifestError(
        `${file}:${index + 1}: "${entry}" is not a URL of the manifest's forms (./, #id, id/); restore the line from git`,
      );
    lines.push({ entry, parsed, line: index + 1 });
  });
  return lines;
}

/** The manifest folder of a content folder: the `urls` folder beside it. */
export function manifestDir(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), 'urls');
}

/** The manifest folder of a loaded document, from its file (<content>/<doc>/index.md). */
export function manifestDirOfDocument(file: string): string {
  return manifestDir(path.dirname(path.dirname(path.resolve(file))));
}

export const manifestFile = (dir: string, docId: string): string => path.join(dir, `${docId}.txt`);

/** The documents a manifest folder lists: doc id → its file. */
export function manifestFiles(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort(byCodeUnit);
  return new Map(files.map((name) => [name.slice(0, -'.txt'.length), path.join(dir, name)]));
}

/** A document's manifest lines, or none when it has never been published. */
export function readManifest(file: string): ManifestLine[] {
  return fs.existsSync(file) ? parseManifest(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file)) : [];
}

/** Adds the entries to a document's manifest; returns how many were new. Never removes one. */
export function publishEntries(file: string, entries: readonly UrlEntry[]): number {
  const known = readManifest(file).map((line) => line.entry);
  const seen = new Set(known);
  const added = new Set(entries.filter((entry) => !seen.has(entry))).size;
  if (added > 0 || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, formatManifest([...known, ...entries]));
  }
  return added;
}
