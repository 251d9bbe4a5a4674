/**
 * The corpus: every document, validated and rendered once per build. `prebuild` renders it and writes
 * a cache (a manifest and one file per document); the Next workers read that cache instead of
 * rendering again. A cache whose fingerprint does not match the content and the code is ignored,
 * so a stale cache can cost time but never correctness.
 *
 * The manifest also holds what lists need of each document (titles, 文号, issuer, 文种, dates, the
 * clauses with pages), so listings, the sitemap and the page routes never parse a rendered document,
 * and a page reads only its own document's file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadDocument, type LoadedDocument } from '../content/load.ts';
import { failIn } from '../content/messages.ts';
import type { FrontMatter } from '../content/schema.ts';
import { pagedClauses } from '../pages/clauses.ts';
import { LISTING_SEGMENTS } from '../../shared/routes.ts';
import { cachedDocumentSchema, cacheManifestSchema, type CacheManifest, type CorpusEntry } from './schema.ts';

export type { DocumentVariant, LoadedDocument } from '../content/load.ts';
export type { CorpusEntry } from './schema.ts';

/**
 * Where documents live: content/, or the folders CONTENT_DIR lists (separated by ':'). The tests add
 * their fixture documents this way, build from broken copies, and the benchmark from its own corpus.
 */
export const CONTENT_DIRS: readonly string[] = (process.env.CONTENT_DIR ?? 'content')
  .split(path.delimiter)
  .filter((dir) => dir !== '')
  .map((dir) => path.resolve(dir));
/** The folder new documents are imported into: the first of CONTENT_DIRS. */
export const CONTENT_DIR = CONTENT_DIRS[0] ?? path.resolve('content');
const CACHE_DIR = path.join(process.cwd(), '.cache', 'corpus');
/** The code whose output the cache holds: a change to any of it makes the cache stale. */
const CODE_DIRS = ['lib/build', 'lib/shared'].map((dir) => path.join(process.cwd(), dir));

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of every content file and every file of the code that renders it (with the lockfile for OpenCC's version). */
export function corpusFingerprint(contentDirs: readonly string[] = CONTENT_DIRS): string {
  const hash = crypto.createHash('sha256');
  const lockfile = path.join(process.cwd(), 'package-lock.json');
  for (const file of [...contentDirs.flatMap(filesUnder), ...CODE_DIRS.flatMap(filesUnder), lockfile]) {
    hash.update(path.relative(process.cwd(), file)).update('\0');
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Newest first; on the same day by id, so the order never depends on the file system. */
function byPublication(a: LoadedDocument, b: LoadedDocument): number {
  const dateA = a.variants['zh-hans'].meta.datePublished;
  const dateB = b.variants['zh-hans'].meta.datePublished;
  return dateB.localeCompare(dateA) || a.id.localeCompare(b.id);
}

function documentFolders(contentDir: string): string[] {
  return fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(contentDir, entry.name));
}

/** Validates and renders every document folder; throws a content error on the first malformed one. */
export function renderCorpus(contentDirs: readonly string[] = CONTENT_DIRS): LoadedDocument[] {
  const folders = contentDirs.flatMap(documentFolders);
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const id = path.basename(folder);
    if (LISTING_SEGMENTS.includes(id)) {
      failIn(path.relative(process.cwd(), folder), {
        ruleId: 'document-id',
        reason: `the document id "${id}" is the name of a listing (/zh-hans/${id}/)`,
        note: `rename the folder: ${LISTING_SEGMENTS.join(', ')} are taken`,
      });
    }
    const first = seen.get(id);
    if (first) {
      const reason = `the document id "${id}" is used twice: ${path.relative(process.cwd(), first)} and ${path.relative(process.cwd(), folder)}`;
      failIn(path.relative(process.cwd(), folder), {
        ruleId: 'document-id',
        reason,
        note: 'rename one of the folders',
      });
    }
    seen.set(id, folder);
  }
  return folders.map(loadDocument).sort(byPublication);
}

const documentFile = (id: string): string => path.join(CACHE_DIR, 'documents', `${id}.json`);

const listed = (meta: FrontMatter): CorpusEntry['variants']['zh-hans'] => ({
  title: meta.title,
  ...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
  issuer: meta.issuer,
  type: meta.type,
});

/** What the manifest keeps of a document: its list facts in both scripts and its paged clause ids. */
export function corpusEntry(doc: LoadedDocument): CorpusEntry {
  const { 'zh-hans': hans, 'zh-hant': hant } = doc.variants;
  const paged = pagedClauses(hans.clauses).map((clause) => clause.id);
  // Clause ids are script-independent by design (README); one list serves both scripts only if that holds.
  if (pagedClauses(hant.clauses).some((clause, i) => clause.id !== paged[i]))
    throw new Error(`${doc.file}: the two scripts have different clause pages`);
  return {
    id: doc.id,
    dateSigned: hans.meta.dateSigned,
    datePublished: hans.meta.datePublished,
    variants: { 'zh-hans': listed(hans.meta), 'zh-hant': listed(hant.meta) },
    pagedClauses: paged,
  };
}

/** Writes the cache the Next workers read; the manifest goes last, so a half-written cache is never used. */
export function writeCorpusCache(docs: readonly LoadedDocument[], fingerprint: string): void {
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(CACHE_DIR, 'documents'), { recursive: true });
  for (const doc of docs) fs.writeFileSync(documentFile(doc.id), JSON.stringify(doc));
  const manifest: CacheManifest = { fingerprint, documents: docs.map(corpusEntry) };
  fs.writeFileSync(path.join(CACHE_DIR, 'manifest.json'), JSON.stringify(manifest));
}

function readManifest(fingerprint: string): CacheManifest | undefined {
  const file = path.join(CACHE_DIR, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  const manifest = cacheManifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  // A manifest of another shape is a cache from older code: as stale as one with another fingerprint.
  return manifest.success && manifest.data.fingerprint === fingerprint ? manifest.data : undefined;
}

const readCachedDocument = (id: string): LoadedDocument =>
  cachedDocumentSchema.parse(JSON.parse(fs.readFileSync(documentFile(id), 'utf8')));

/** The fresh manifest, read once per process; null when there is none (or in `next dev`, which renders live). */
let manifest: CacheManifest | null | undefined;

function freshManifest(): CacheManifest | null {
  if (manifest === undefined) {
    // `next dev` reads the content live: its edits must show without a rebuild.
    manifest = process.env.NODE_ENV === 'development' ? null : (readManifest(corpusFingerprint()) ?? null);
  }
  return manifest;
}

let corpus: LoadedDocument[] | undefined;

/**
 * All documents under CONTENT_DIRS, newest first, once per process: from the build cache when it is
 * fresh, else rendered here. Another folder (a test fixture) is always rendered. Pages should not need
 * this: corpusEntries() has what lists need, getDocument() one document.
 */
export function loadDocuments(contentDir?: string): LoadedDocument[] {
  if (contentDir !== undefined) return renderCorpus([contentDir]);
  if (!corpus) {
    const fresh = freshManifest();
    corpus = fresh ? fresh.documents.map((entry) => readCachedDocument(entry.id)) : renderCorpus();
  }
  return corpus;
}

/**
 * Lets go of the documents loadDocuments() holds, for a process whose later steps read none: postbuild
 * compresses the export after writing the search files and open data, and at 1,000 documents the
 * corpus held through that step kept the process above 2 GB and slowed every collection.
 */
export function releaseCorpus(): void {
  corpus = undefined;
  recent.clear();
}

/** Every document's list facts, newest first: from the manifest when the cache is fresh, without reading a document. */
export function corpusEntries(): CorpusEntry[] {
  return freshManifest()?.documents ?? loadDocuments().map(corpusEntry);
}

/**
 * The documents read last, by id. Next renders a route's pages in the order of its static params, so a
 * document's page, its clause pages and their metadata come one after another: a few suffice.
 */
const recent = new Map<string, LoadedDocument>();
const RECENT_DOCUMENTS = 8;
let manifestIds: Set<string> | undefined;

/** One document by id, or undefined: from its own cache file when the cache is fresh. */
export function getDocument(id: string): LoadedDocument | undefined {
  const fresh = freshManifest();
  if (!fresh) return loadDocuments().find((doc) => doc.id === id);
  // Only ids the manifest names reach the file system: a URL segment never picks the path.
  manifestIds ??= new Set(fresh.documents.map((entry) => entry.id));
  if (!manifestIds.has(id)) return undefined;
  const doc = recent.get(id) ?? readCachedDocument(id);
  recent.delete(id);
  recent.set(id, doc);
  const oldest = recent.keys().next().value;
  if (recent.size > RECENT_DOCUMENTS && oldest !== undefined) recent.delete(oldest);
  return doc;
}
