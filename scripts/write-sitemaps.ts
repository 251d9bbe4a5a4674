/**
 * Postbuild step: writes the sitemap index (out/sitemap.xml) and the sitemap files it names
 * (out/sitemap-1.xml …) from the corpus manifest (lib/build/sitemap.ts). Next's app/sitemap.ts writes
 * a single file, which the protocol caps at 50,000 URLs; this splits them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusEntries } from '../lib/build/corpus/index.ts';
import { sitemaps, sitePages } from '../lib/build/sitemap.ts';

/** Writes the sitemaps into `out`; returns the summary line. */
export function writeSitemaps(out: string): string {
  const pages = sitePages(corpusEntries());
  const { index, files } = sitemaps(pages);
  for (const file of [...files, index]) fs.writeFileSync(path.join(out, file.name), file.xml);
  return `sitemaps: ${pages.length} URLs in ${files.length} file(s), index ${index.name}`;
}
