/**
 * postbuild: writes the search files into out/search/ from the corpus the build rendered (its cache):
 * a file per document and script, the folding table, and the sharded portal-wide index. Outside Next,
 * because thousands of small JSON files are cheaper written here than rendered as routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadDocuments } from '../lib/build/corpus/index.ts';
import { searchFiles } from '../lib/build/search-data/index.ts';

const OUT = path.join(process.cwd(), 'out');

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) throw new Error('no out/index.html: run next build first');
  const started = performance.now();
  const files = await searchFiles(loadDocuments());
  let bytes = 0;
  let gzipped = 0;
  for (const file of files) {
    const target = path.join(OUT, file.path);
    const json = JSON.stringify(file.body);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, json);
    bytes += Buffer.byteLength(json);
    if (file.path.includes('/portal/')) gzipped += zlib.gzipSync(json).length;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `search data: ${files.length} files, ${kb(bytes)} raw (portal index ${kb(gzipped)} gzip), in ${seconds} s`,
  );
}

try {
  await main();
} catch (error) {
  // A site whose search files are missing or half-written is not the site we publish.
  fs.rmSync(OUT, { recursive: true, force: true });
  console.error('write-search-data: out/ was removed.', error);
  process.exit(1);
}
