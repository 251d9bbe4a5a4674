/**
 * Serves the static export in out/ as nginx does in production (scripts/deploy/nginx.ts), for a first
 * look without nginx: the same headers from scripts/deploy/headers.ts on every response, /x redirected to
 * /x/, the export's permanent moves (_redirects), unknown paths answered with 404.html and status 404, no
 * directory listings, and the build's .br/.gz siblings sent to clients that accept them.
 * Honours PORT (default 3000).
 */
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { contentType, HOST_FILES, NOT_FOUND_PAGE, responseHeaders } from './deploy/headers.ts';
import { ENCODINGS, isCompressible, type Encoding } from './deploy/precompress.ts';
import { sourcePaths } from './deploy/redirects.ts';
import { readSitePolicy, type SitePolicy } from './deploy/site-policy.ts';
import { HEADERS_FILE } from './deploy/static-host.ts';

/** What a URL path names in the export. */
type Target = { kind: 'file'; file: string } | { kind: 'folder-without-slash' } | { kind: 'missing' };

function locate(root: string, urlPath: string): Target {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  const full = path.join(root, decoded);
  const inside = full === root || full.startsWith(root + path.sep);
  if (!inside || decoded.includes('\0') || HOST_FILES.some((file) => file === decoded)) return { kind: 'missing' };
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (stat?.isFile()) return { kind: 'file', file: full };
  if (!stat?.isDirectory()) return { kind: 'missing' };
  if (!urlPath.endsWith('/')) return { kind: 'folder-without-slash' };
  const index = path.join(full, 'index.html');
  return fs.existsSync(index) ? { kind: 'file', file: index } : { kind: 'missing' };
}

/** The encoding to send: the client's preference among those it accepts (q > 0) that have a sibling file. */
function negotiate(acceptEncoding: string | undefined, file: string): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ranked = ENCODINGS.filter(({ name }) => (accepted.get(name) ?? 0) > 0).sort(
    (a, b) => (accepted.get(b.name) ?? 0) - (accepted.get(a.name) ?? 0),
  );
  return ranked.find(({ extension }) => fs.existsSync(file + extension))?.name;
}

/** Sends a file of the export, compressed when the build wrote a sibling the client accepts. */
function sendFile(req: express.Request, res: express.Response, file: string, status: number): void {
  const type = contentType(file);
  if (type) res.setHeader('Content-Type', type);
  let sent = file;
  if (isCompressible(file)) {
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = negotiate(req.get('accept-encoding'), file);
    const sibling = ENCODINGS.find(({ name }) => name === encoding);
    if (sibling) {
      res.setHeader('Content-Encoding', sibling.name);
      sent = file + sibling.extension;
    }
  }
  res.status(status).sendFile(sent, { dotfiles: 'allow', cacheControl: false, etag: true, lastModified: true });
}

/**
 * The export's policy, read again whenever the build has rewritten it (postbuild writes _headers last),
 * so a rebuild under a running `npm run serve` never serves new pages with the old pages' CSP hashes.
 */
function livePolicy(root: string): () => { policy: SitePolicy; redirects: Map<string, string> } {
  let stamp = -1;
  let current: { policy: SitePolicy; redirects: Map<string, string> } | undefined;
  return () => {
    const mtime = fs.statSync(path.join(root, HEADERS_FILE), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (current === undefined || mtime !== stamp) {
      const policy = readSitePolicy(root);
      const redirects = new Map<string, string>();
      for (const redirect of policy.redirects)
        for (const from of sourcePaths(redirect)) redirects.set(from, redirect.to);
      current = { policy, redirects };
      stamp = mtime;
    }
    return current;
  };
}

export function createServer(root: string = path.join(process.cwd(), 'out')): express.Express {
  const read = livePolicy(root);
  read();
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res) => {
    const { policy, redirects } = read();
    for (const [name, value] of responseHeaders(policy.hashes, req.path)) res.setHeader(name, value);
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const moved = redirects.get(req.path);
    if (moved !== undefined) return res.redirect(301, moved);
    const target = locate(policy.root, req.path);
    // Relative Location, as nginx sends it (absolute_redirect off).
    if (target.kind === 'folder-without-slash') return res.redirect(301, `${req.path}/${query}`);
    if (target.kind === 'file' && (req.method === 'GET' || req.method === 'HEAD'))
      return sendFile(req, res, target.file, 200);
    if (target.kind === 'file') return res.status(405).setHeader('Allow', 'GET, HEAD').end();
    // The 404 page's own headers, as nginx sends after its internal redirect: a miss under /assets/ is not immutable.
    for (const [name, value] of responseHeaders(policy.hashes, NOT_FOUND_PAGE)) res.setHeader(name, value);
    sendFile(req, res, path.join(policy.root, NOT_FOUND_PAGE), 404);
  });
  return app;
}

export function listen(port: number, root?: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(root).listen(port, () => resolve(server));
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const port = Number(process.env.PORT ?? 3000);
  void listen(port).then(() => console.log(`serving out/ at http://localhost:${port}`));
}
