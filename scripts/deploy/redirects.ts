/**
 * Permanent moves. When a page moves (a document renamed, a clause renumbered), the step that knows
 * writes out/_redirects in the format Netlify and Cloudflare Pages read, one move a line:
 *
 *   /zh-hans/old-id/ /zh-hans/new-id/ 301
 *
 * Those hosts apply the file as it is; nginx.ts turns each line into an exact-match location that
 * answers 301, and scripts/serve.ts answers the same. No file, or an empty one, means no redirects.
 * Only the subset every server can do the same way is accepted: exact paths, status 301.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Redirect {
  from: string;
  to: string;
}

export class RedirectsError extends Error {
  override name = 'RedirectsError';
}

export const REDIRECTS_FILE = '_redirects';

/** A source path: plain URL characters only, so it needs no quoting in nginx and matches the same everywhere. */
const FROM = /^\/[A-Za-z0-9._~\/-]*$/;
/** A target: a path or an https URL, without whitespace, quotes, braces, ; or $ (which nginx would read as syntax or variables). */
const TO = /^(\/|https:\/\/)[^\s"'{};$\\]*$/;

function parseLine(line: string, where: string): Redirect {
  const [from, to, status, ...rest] = line.split(/\s+/);
  if (from === undefined || to === undefined || rest.length > 0)
    throw new RedirectsError(`${where}: expected "<from> <to> 301", got "${line}"`);
  if (status !== undefined && status !== '301')
    throw new RedirectsError(`${where}: only permanent moves (301) are supported, got ${status}`);
  if (!FROM.test(from))
    throw new RedirectsError(`${where}: "${from}" is not a plain path (no splats, placeholders or encoded characters)`);
  if (!TO.test(to)) throw new RedirectsError(`${where}: "${to}" is not a path or an https:// URL nginx can write`);
  return { from, to };
}

/** Parses a _redirects file; `file` names it in errors. */
export function parseRedirects(text: string, file: string): Redirect[] {
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const redirect = parseLine(line, `${file}:${index + 1}`);
    if (seen.has(redirect.from)) throw new RedirectsError(`${file}:${index + 1}: ${redirect.from} is redirected twice`);
    seen.add(redirect.from);
    redirects.push(redirect);
  });
  return redirects;
}

export function formatRedirects(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}

/** The export's redirects, or none when it has no _redirects file. */
export function readRedirects(root: string): Redirect[] {
  const file = path.join(root, REDIRECTS_FILE);
  return fs.existsSync(file) ? parseRedirects(fs.readFileSync(file, 'utf8'), file) : [];
}

/**
 * The paths that redirect for one entry: a folder URL also without its slash, so /old goes straight to
 * the target in one hop instead of first to /old/.
 */
export function sourcePaths({ from }: Redirect): string[] {
  return from.length > 1 && from.endsWith('/') ? [from, from.slice(0, -1)] : [from];
}
