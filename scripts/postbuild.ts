/**
 * `postbuild`: turns next build's export into the site as served, in order: strip Next's runtime
 * (strip-runtime.ts), put the stylesheet into every page (inline-css.ts), write the search files, the
 * open data and the sitemaps from the corpus cache (write-search-data.ts, open-data.ts, write-sitemaps.ts),
 * the redirects of declared moves (write-redirects.ts), then, from the finished pages, write the headers
 * file for static hosts and check every inline script and style against the CSP it sends, and last write
 * the compressed siblings (scripts/deploy/).
 *
 * Any failure removes out/: an export with half its steps done is never served or deployed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { releaseCorpus } from '../lib/build/corpus/index.ts';
import { checkPagesAgainst, InlineMarkupError } from './deploy/inline-hashes.ts';
import { precompress } from './deploy/precompress.ts';
import { readSitePolicy } from './deploy/site-policy.ts';
import { HEADERS_FILE, headersFile, headersForPath } from './deploy/static-host.ts';
import { inlineExport } from './inline-css.ts';
import { OPEN_DATA_ERRORS, writeOpenData } from './open-data.ts';
import { writeRedirects } from './write-redirects.ts';
import { writeSearchData } from './write-search-data.ts';
import { writeSitemaps } from './write-sitemaps.ts';
import { RedirectsError } from './deploy/redirects.ts';
import { StripError, stripExport } from './strip-runtime.ts';

/** Errors whose message says all there is to say; anything else is a bug, and its stack helps. */
const EXPECTED_ERRORS = [StripError, InlineMarkupError, RedirectsError, ...OPEN_DATA_ERRORS];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Writes _headers and the .br/.gz siblings; returns the summary. */
async function writeDeployFiles(out: string): Promise<string> {
  const policy = readSitePolicy(out);
  const text = headersFile(policy);
  // Checked as a host reads the file: the CSP it sends must allow every inline script and style of every page.
  checkPagesAgainst(out, headersForPath(text, '/').get('Content-Security-Policy') ?? '');
  fs.writeFileSync(path.join(out, HEADERS_FILE), text);
  const { scripts, styles } = policy.hashes;
  const started = performance.now();
  const sizes = await precompress(out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return (
    `deploy: ${HEADERS_FILE} with ${scripts.length} inline script and ${styles.length} inline style hashes, ` +
    `${policy.redirects.length} redirects; ${sizes.files} text files (${kb(sizes.bytes)}) precompressed to ${kb(sizes.br)} br, ${kb(sizes.gzip)} gzip in ${seconds} s`
  );
}

async function main(): Promise<void> {
  const out = path.join(process.cwd(), 'out');
  console.log(stripExport(out));
  console.log(`inline-css: ${inlineExport(out)}`);
  console.log(await writeSearchData(out));
  console.log(writeOpenData(out));
  console.log(writeSitemaps(out));
  console.log(writeRedirects(out));
  releaseCorpus();
  console.log(await writeDeployFiles(out));
}

try {
  await main();
} catch (error) {
  fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
  console.error(error instanceof Error ? `postbuild: ${error.message}\nout/ was removed.` : error);
  if (error instanceof Error && !EXPECTED_ERRORS.some((kind) => error instanceof kind)) console.error(error.stack);
  process.exit(1);
}
