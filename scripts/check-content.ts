/**
 * Runs before `next build`: removes any previous export, then validates and renders every document
 * once, checks that every URL ever published (urls/) is still there or declared moved, and writes the
 * build cache the Next workers read (lib/build/corpus). A content error stops here with file:line and
 * what to fix, so no half-right site is emitted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatContentError, isContentError } from '../lib/build/content/messages.ts';
import { CONTENT_DIRS, corpusFingerprint, renderCorpus, writeCorpusCache } from '../lib/build/corpus/index.ts';
import { ManifestError } from '../lib/build/urls/manifest.ts';
import { checkPublishedUrls } from '../lib/build/urls/check.ts';
import { CONFIGURED_SITE_URL, SITE_URL } from '../lib/build/env.ts';

fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
try {
  const started = performance.now();
  const docs = renderCorpus();
  const urls = checkPublishedUrls(docs, CONTENT_DIRS);
  writeCorpusCache(docs, corpusFingerprint());
  const clauses = docs.reduce((n, doc) => n + doc.variants['zh-hans'].clauses.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`content ok: ${docs.length} document(s), ${clauses} clauses, 2 scripts, rendered in ${seconds} s`);
  console.log(`urls ok: ${urls.checked} published URLs (each in 2 scripts) still there, ${urls.moved} of them moved`);
  // Not an error: `npm start` and the tests build without it. But canonical URLs, the sitemap and
  // JSON-LD name this origin, so a build meant for publishing must set it.
  if (CONFIGURED_SITE_URL === null) {
    console.warn(
      `SITE_URL is not set: canonical URLs and the sitemap use ${SITE_URL}. Set SITE_URL=https://… to publish.`,
    );
  }
} catch (error) {
  if (error instanceof ManifestError) {
    console.error(`url manifest error: ${error.message}`);
    process.exit(1);
  }
  if (!isContentError(error)) throw error;
  console.error(`content error: ${formatContentError(error)}`);
  process.exit(1);
}
