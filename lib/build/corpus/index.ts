/**
 * The corpus: every document, validated and rendered once per build. `prebuild` renders it and writes
 * a cache (a manifest and one file per document); the Next workers read that cache instead of
 * rendering again. A cache whose fingerprint does not match the content and the code is ignored,
 * so a stale cache can cost time but never correctness.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadDocument, type LoadedDocument } from '../content/load.ts';
import { failIn } from '../content/messages.ts';
import { cachedDocumentSchema, cacheManifestSchema, type CacheManifest } from './schema.ts';

export type { DocumentVariant, LoadedDocument } from '../content/load.ts';

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

/** Writes the cache the Next workers read; the manifest goes last, so a half-written cache is never used. */
export function writeCorpusCache(docs: readonly LoadedDocument[], fingerprint: string): void {
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(CACHE_DIR, 'documents'), { recursive: true });
  for (const doc of docs) fs.writeFileSync(documentFile(doc.id), JSON.stringify(doc));
  const manifest: CacheManifest = { fingerprint, ids: docs.map((doc) => doc.id) };
  fs.writeFileSync(path.join(CACHE_DIR, 'manifest.json'), JSON.stringify(manifest));
}

function readManifest(fingerprint: string): CacheManifest | undefined {
  const file = path.join(CACHE_DIR, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  const manifest = cacheManifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return manifest.fingerprint === fingerprint ? manifest : undefined;
}

const readCachedDocument = (id: string): LoadedDocument =>
  cachedDocumentSchema.parse(JSON.parse(fs.readFileSync(documentFile(id), 'utf8')));

let corpus: LoadedDocument[] | undefined;

/**
 * All documents under CONTENT_DIRS, newest first, once per process: from the build cache when it is
 * fresh, else rendered here. Another folder (a test fixture) is always rendered.
 */
export function loadDocuments(contentDir?: string): LoadedDocument[] {
  if (contentDir !== undefined) return renderCorpus([contentDir]);
  if (!corpus) {
    // `next dev` reads the content live: its edits must show without a rebuild.
    const manifest = process.env.NODE_ENV === 'development' ? undefined : readManifest(corpusFingerprint());
    corpus = manifest ? manifest.ids.map(readCachedDocument) : renderCorpus();
  }
  return corpus;
}

/** One document by id, or undefined. */
export function getDocument(id: string): LoadedDocument | undefined {
  return loadDocuments().find((doc) => doc.id === id);
}
