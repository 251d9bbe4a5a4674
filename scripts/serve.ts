/**
 * Serves the static export in out/ the way a production static host would:
 * /x redirects to /x/, unknown paths get 404.html with status 404, no directory listings,
 * and responses are compressed. Honours PORT (default 3000).
 */
import compression from 'compression';
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

/**
 * compression() is typed as an Express handler, but it only uses the Node request/response it is given.
 * A method signature is checked bivariantly, which lets the Express handler stand as a plain Node middleware
 * without a cast (a fresh `npm ci` with @types/serve-handler otherwise fails the typecheck).
 */
type NodeMiddleware = { run(req: http.IncomingMessage, res: http.ServerResponse, next: () => void): void }['run'];

export function createServer(root: string = path.join(process.cwd(), 'out')): http.Server {
  const compress: NodeMiddleware = compression();
  return http.createServer((req, res) => {
    compress(req, res, () => {
      void handler(req, res, {
        public: root,
        trailingSlash: true,
        directoryListing: false,
        cleanUrls: true,
        headers: [{ source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] }],
      });
    });
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const port = Number(process.env.PORT ?? 3000);
  createServer().listen(port, () => console.log(`serving out/ at http://localhost:${port}`));
}
