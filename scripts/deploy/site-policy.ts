/**
 * What a server needs to know about one export to serve it: the hashes of its inline code (for the
 * CSP) and its redirects. Read from the export's files every time, never cached beside them, so a server
 * started on an export always sends the policy of the pages it serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InlineHashes } from './headers.ts';
import { exportHashes } from './inline-hashes.ts';
import { readRedirects, type Redirect } from './redirects.ts';

export interface SitePolicy {
  /** The export folder, absolute. */
  root: string;
  hashes: InlineHashes;
  redirects: Redirect[];
}

export function readSitePolicy(root: string): SitePolicy {
  const absolute = path.resolve(root);
  if (!fs.existsSync(path.join(absolute, 'index.html')))
    throw new Error(`no export in ${absolute}: run \`npm run build\` first`);
  return { root: absolute, hashes: exportHashes(absolute), redirects: readRedirects(absolute) };
}
