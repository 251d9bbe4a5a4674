/**
 * `postbuild`: turns next build's export into the site as served, in order: strip Next's runtime
 * (strip-runtime.ts), put the stylesheet into every page (inline-css.ts), then, from the finished pages,
 * write the headers file for static hosts and check every inline script and style against the CSP it
 * sends, and last write the compressed siblings (scripts/deploy/).
 *
 * Any failure removes out/: an export with half its steps done is never served or deployed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPagesAgainst } from './deploy/inline-hashes.ts';
import { precompress } from './deploy/precompress.ts';
import { readSitePolicy } from './deploy/site-policy.ts';
import { HEADERS_FILE, headersFile, headersForPath } from './deploy/static-host.ts';
import { inlineExport } from './inline-css.ts';
import { stripExport } from './strip-runtime.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Writes _headers and the .br/.gz siblings; returns the summary. */
function writeDeployFiles(out: string): string {
  const policy = readSitePolicy(out);
  const text = headersFile(policy);
  // Checked as a host reads the file: the CSP it sends must allow every inline script and style of every page.
  checkPagesAgainst(out, headersForPath(text, '/').get('Content-Security-Policy') ?? '');
  fs.writeFileSync(path.join(out, HEADERS_FILE), text);
  const { scripts, styles } = policy.hashes;
  const sizes = precompress(out);
  return (
    `deploy: ${HEADERS_FILE} with ${scripts.length} inline script and ${styles.length} inline style hashes, ` +
    `${policy.redirects.length} redirects; ${sizes.files} text files (${kb(sizes.bytes)}) precompressed to ${kb(sizes.br)} br, ${kb(sizes.gzip)} gzip`
  );
}

function main(): void {
  const out = path.join(process.cwd(), 'out');
  console.log(stripExport(out));
  console.log(`inline-css: ${inlineExport(out)}`);
  console.log(writeDeployFiles(out));
}

try {
  main();
} catch (error) {
  fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
  console.error(error instanceof Error ? `postbuild: ${error.message}\nout/ was removed.` : error);
  process.exit(1);
}
