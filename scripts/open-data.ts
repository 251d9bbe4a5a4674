/**
 * `postbuild`, after strip-runtime: writes the open data into out/ (lib/build/open-data): per document
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

const EXPECTED_ERRORS = [PostbuildError, ModelError, AknError, XmlError];

function main(): void {
  const out = path.join(process.cwd(), 'out');
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
  console.log(`open-data: wrote ${files.length} files (${(bytes / 1024).toFixed(1)} KB)`);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  try {
    main();
  } catch (error) {
    // A site without its downloads (or with some of them) is not the site we publish: remove it, as strip-runtime does.
    fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
    console.error(`open-data: ${error instanceof Error ? error.message : String(error)}\nout/ was removed.`);
    // A content or model error says all there is to say; anything else is a bug, and its stack helps.
    if (!EXPECTED_ERRORS.some((kind) => error instanceof kind)) console.error(error);
    process.exit(1);
  }
}
