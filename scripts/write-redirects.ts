/**
 * postbuild step: the redirects of declared moves (lib/build/urls/redirects.ts). A static page with a meta
 * refresh at each moved page's old path, for hosts without redirects, and every move in out/_redirects,
 * which nginx (scripts/deploy/nginx.ts), `npm start` and Netlify/Cloudflare Pages answer with a 301.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIRS, loadDocuments } from '../lib/build/corpus/index.ts';
import { publishedDocuments } from '../lib/build/urls/published.ts';
import { redirectPage } from '../lib/build/urls/redirect-page.ts';
import { fileMoves, pageMoves } from '../lib/build/urls/redirects.ts';
import { formatRedirects, parseRedirects, readRedirects, REDIRECTS_FILE, RedirectsError } from './deploy/redirects.ts';

/** Writes the redirect pages and out/_redirects; returns the summary. */
export function writeRedirects(out: string): string {
  const docs = loadDocuments();
  const pages = pageMoves(docs, publishedDocuments(docs, CONTENT_DIRS));
  for (const move of pages) {
    const file = path.join(out, move.from, 'index.html');
    // The check lets no page be redirected while it is still built; this guards the writer against a bug there.
    if (fs.existsSync(file)) throw new RedirectsError(`${move.from} is a page of this build and cannot redirect`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectPage(move));
  }
  const files = fileMoves(docs).filter(({ to }) => fs.existsSync(path.join(out, to)));
  const redirects = [...readRedirects(out), ...pages, ...files];
  if (redirects.length === 0) return 'redirects: none';
  const text = formatRedirects(redirects);
  // Parsed back as the servers will read it: a duplicate or a path nginx cannot take fails the build here.
  parseRedirects(text, REDIRECTS_FILE);
  fs.writeFileSync(path.join(out, REDIRECTS_FILE), text);
  return `redirects: ${pages.length} redirect pages, ${redirects.length} moves in ${REDIRECTS_FILE}`;
}
