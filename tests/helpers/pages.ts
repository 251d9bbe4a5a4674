/**
 * Test helper: the pages the export must contain, worked out from the Markdown under content/ and not
 * from the pipeline or the page code, so page counts stay exact when a document is added and a
 * pipeline or routing slip cannot agree with itself. Each <id>/index.md is a document page per script,
 * and each of its parts and items (一、, （一）) or 编、章、节、条 a clause page; its front matter puts it in
 * the listings (tests/helpers/browse.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { browseUrls, listedDocuments } from './browse.ts';
import { markdownClauses } from './clauses.ts';
import { clauseUrl, documentUrl, SCRIPT_SEGMENTS } from './content.ts';

export interface ExpectedPages {
  /** /, then per script its home, its listing and facet pages, each document page and each clause page. */
  all: string[];
  documents: string[];
  clauses: string[];
  /** Listing and facet pages: /zh-hans/documents/, /zh-hans/years/, /zh-hans/years/2007/ …. */
  listings: string[];
}

/** The documents under content/ (a folder with an index.md), by folder name, which is the URL segment. */
function contentDocuments(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.md')))
    .map((entry) => entry.name);
}

/**
 * The folders the tested export was built from: CONTENT_DIR as `npm run build:test` sets it (content/
 * and the fixture documents), unless the run says otherwise.
 */
export const TESTED_CONTENT_DIRS: readonly string[] = (process.env.CONTENT_DIR ?? 'content:tests/fixtures/documents')
  .split(':')
  .map((dir) => path.resolve(dir));

export function expectedPages(dirs: readonly string[] = TESTED_CONTENT_DIRS): ExpectedPages {
  const docs = dirs.flatMap((dir) =>
    contentDocuments(dir).map((id) => ({ id, clauses: markdownClauses(path.join(dir, id, 'index.md')) })),
  );
  const documents = SCRIPT_SEGMENTS.flatMap((script) => docs.map((doc) => documentUrl(script, doc.id)));
  const clauses = SCRIPT_SEGMENTS.flatMap((script) =>
    docs.flatMap((doc) => doc.clauses.map((clause) => clauseUrl(script, clause.id, doc.id))),
  );
  const homes = ['/', ...SCRIPT_SEGMENTS.map((script) => `/${script}/`)];
  const listed = listedDocuments(dirs);
  const listings = SCRIPT_SEGMENTS.flatMap((script) => browseUrls(script, listed)).sort();
  return {
    all: [...homes, ...listings, ...documents, ...clauses].sort(),
    documents: documents.sort(),
    clauses: clauses.sort(),
    listings,
  };
}
