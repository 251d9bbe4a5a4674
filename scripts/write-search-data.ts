/**
 * postbuild (scripts/postbuild.ts): writes the search files into out/search/ from the corpus the build rendered (its cache):
 * a file per document and script, the folding table, and the sharded portal-wide index. Outside Next,
 * because thousands of small JSON files are cheaper written here than rendered as routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadDocuments } from '../lib/build/corpus/index.ts';
import { searchFiles } from '../lib/build/search-data/index.ts';

/** Writes the search files into the export at `out`; returns the summary line. */
export async function writeSearchData(out: string): Promise<string> {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new Error('no out/index.html: run next build first');
  const started = performance.now();
  const files = await searchFiles(loadDocuments());
  let bytes = 0;
  let gzipped = 0;
  for (const file of files) {
    const target = path.join(out, file.path);
    const json = JSON.stringify(file.body);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, json);
    bytes += Buffer.byteLength(json);
    if (file.path.includes('/portal/')) gzipped += zlib.gzipSync(json).length;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  return `search data: ${files.length} files, ${kb(bytes)} raw (portal index ${kb(gzipped)} gzip), in ${seconds} s`;
}
