/**
 * Test helper: the pages the export must contain, worked out from the Markdown under content/ and not
 * from the pipeline or the page code, so page counts stay exact when a document is added and a
 * pipeline or routing slip cannot agree with itself. Each content/<id>/index.md is a document page
 * per script, and each of its parts (## 一、) and items (### （一）) a clause page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { markdownClauses } from './clauses.ts';
import { clauseUrl, documentUrl, SCRIPT_SEGMENTS } from './content.ts';

export interface ExpectedPages {
  /** /, then per script its home, each document page and each clause page. */
  all: string[];
  documents: string[];
  clauses: string[];
}

/** The documents under content/ (a folder with an index.md), by folder name, which is the URL segment. */
function contentDocuments(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.md')))
    .map((entry) => entry.name);
}

export function expectedPages(dir: string = path.join(process.cwd(), 'content')): ExpectedPages {
  const docs = contentDocuments(dir).map((id) => ({ id, clauses: markdownClauses(path.join(dir, id, 'index.md')) }));
  const documents = SCRIPT_SEGMENTS.flatMap((script) => docs.map((doc) => documentUrl(script, doc.id)));
  const clauses = SCRIPT_SEGMENTS.flatMap((script) =>
    docs.flatMap((doc) => doc.clauses.map((clause) => clauseUrl(script, clause.id, doc.id))),
  );
  const homes = ['/', ...SCRIPT_SEGMENTS.map((script) => `/${script}/`)];
  return { all: [...homes, ...documents, ...clauses].sort(), documents: documents.sort(), clauses: clauses.sort() };
}
