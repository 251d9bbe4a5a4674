/**
 * `postbuild`: writes the sitemap index (out/sitemap.xml) and the sitemap files it names
 * (out/sitemap-1.xml …) from the corpus manifest (lib/build/sitemap.ts). Next's app/sitemap.ts writes
 * a single file, which the protocol caps at 50,000 URLs; this splits them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusEntries } from '../lib/build/corpus/index.ts';
import { sitemaps, sitePages } from '../lib/build/sitemap.ts';

const out = path.join(process.cwd(), 'out');
try {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new Error('no out/index.html: run next build first');
  const pages = sitePages(corpusEntries());
  const { index, files } = sitemaps(pages);
  for (const file of [...files, index]) fs.writeFileSync(path.join(out, file.name), file.xml);
  console.log(`sitemaps: ${pages.length} URLs in ${files.length} file(s), index ${index.name}`);
} catch (error) {
  // A site without its sitemap is not the site we publish: remove it, as strip-runtime does.
  fs.rmSync(out, { recursive: true, force: true });
  console.error('write-sitemaps:', error, '\nout/ was removed.');
  process.exit(1);
}
