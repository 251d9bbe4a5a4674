/**
 * `postbuild` (scripts/postbuild.ts): writes the open data into out/ (lib/build/open-data): per document
 * and script data.akn, data.json and data.txt, the Markdown source, the Atom feeds, /data/documents.json
 * and the JSON Schemas. Written here from the corpus rather than as Next routes, which would render
 * hundreds of route files for what is a few string builders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDocuments } from '../lib/build/corpus/index.ts';
import { AknError } from '../lib/build/open-data/akn.ts';
import { openDataFiles } from '../lib/build/open-data/index.ts';
import { ModelError } from '../lib/build/open-data/model.ts';
import { XmlError } from '../lib/build/open-data/xml.ts';

/** A build this step cannot complete (no export to write into). */
class PostbuildError extends Error {
  override name = 'PostbuildError';
}

/** The errors this step throws for bad content or a missing export, as opposed to bugs. */
export const OPEN_DATA_ERRORS = [PostbuildError, ModelError, AknError, XmlError];

/** Writes the open data into the export at `out`; returns the summary line. */
export function writeOpenData(out: string): string {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new PostbuildError('no out/index.html: run next build first');
  const files = openDataFiles(loadDocuments());
  for (const file of files) {
    const target = path.join(out, ...file.path.split('/'));
    // A page folder must already exist for every document file: a missing one means a document without a page.
    if (!file.path.startsWith('/data/') && !fs.existsSync(path.dirname(target)))
      throw new PostbuildError(`${file.path}: out/ has no page folder for it`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.contents);
  }
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0);
  return `open-data: wrote ${files.length} files (${(bytes / 1024).toFixed(1)} KB)`;
}
