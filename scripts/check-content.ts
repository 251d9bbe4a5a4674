/**
 * Runs before `next build`: removes any previous export, then loads and renders every document.
 * A content error stops here with file:line and what to fix, so no half-right site is emitted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/build/content/errors.ts';
import { loadDocuments } from '../lib/build/content/load.ts';
import { CONFIGURED_SITE_URL, SITE_URL } from '../lib/build/env.ts';

fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
try {
  const docs = loadDocuments();
  const clauses = docs.reduce((n, doc) => n + doc.variants['zh-hans'].clauses.length, 0);
  console.log(`content ok: ${docs.length} document(s), ${clauses} clauses, 2 scripts`);
  // Not an error: `npm start` and the tests build without it. But canonical URLs, the sitemap and
  // JSON-LD name this origin, so a build meant for publishing must set it.
  if (CONFIGURED_SITE_URL === null)
    console.warn(
      `SITE_URL is not set: canonical URLs and the sitemap use ${SITE_URL}. Set SITE_URL=https://… for a build you publish.`,
    );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`content error: ${error.message}`);
  process.exit(1);
}
