/**
 * Published URLs against this build: which document answers for each manifest file (itself, or the one
 * that names it in `formerIds:`), and what becomes of each line. Shared by the prebuild check (check.ts)
 * and the postbuild redirect writer (redirects.ts), so what passes the check is what gets redirected.
 */
import path from 'node:path';
import type { LoadedDocument } from '../content/load.ts';
import { pagedClauses } from '../pages/clauses.ts';
import { fateOf, type CurrentUrls, type Fate } from './fate.ts';
import {
  manifestDir,
  manifestDirOfDocument,
  manifestFile,
  manifestFiles,
  readManifest,
  type ManifestLine,
} from './manifest.ts';
import { resolveMoves, withDescendants, type ResolvedMoves } from './moves.ts';

/** A document's URLs now, and its declared moves resolved (the loader has already rejected bad ones). */
export function currentUrls(doc: LoadedDocument): { current: CurrentUrls; moves: ResolvedMoves } {
  const { clauses, meta } = doc.variants['zh-hans'];
  const anchors = new Set(clauses.map((clause) => clause.id));
  const pages = new Set(pagedClauses(clauses).map((clause) => clause.id));
  return {
    current: { anchors, pages },
    moves: withDescendants(resolveMoves(meta.moved ?? {}, anchors).resolved, anchors),
  };
}

/** One line of a manifest with what becomes of it. */
export interface Published extends ManifestLine {
  fate: Fate;
}

/** A manifest file and the document that answers for it now (undefined: none does). */
export interface PublishedDocument {
  /** The id the manifest is for: the document's own, or one of its former ids. */
  id: string;
  file: string;
  doc: LoadedDocument | undefined;
  lines: Published[];
}

/** The manifest folders of the content folders this build reads, each once. */
function manifestDirs(contentDirs: readonly string[]): string[] {
  return [...new Set(contentDirs.map(manifestDir))];
}

/** Each manifest file of the build's content folders, with the document that answers for it and every line's fate. */
export function publishedDocuments(
  docs: readonly LoadedDocument[],
  contentDirs: readonly string[],
): PublishedDocument[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const byFormerId = new Map(
    docs.flatMap((doc) => (doc.variants['zh-hans'].meta.formerIds ?? []).map((id) => [id, doc])),
  );
  return manifestDirs(contentDirs).flatMap((dir) =>
    [...manifestFiles(dir)].map(([id, file]): PublishedDocument => {
      const doc = byId.get(id) ?? byFormerId.get(id);
      const urls = doc ? currentUrls(doc) : undefined;
      const lines = readManifest(file).map((line): Published => ({
        ...line,
        fate: urls ? fateOf(line.parsed, urls.current, urls.moves) : { kind: 'missing' },
      }));
      return { id, file, doc, lines };
    }),
  );
}

/** The manifest file of a document's own id (which may not exist yet). */
export const ownManifestFile = (doc: LoadedDocument): string => manifestFile(manifestDirOfDocument(doc.file), doc.id);

/** A path as errors print it: relative to the project. */
export const shown = (file: string): string => path.relative(process.cwd(), file) || file;
