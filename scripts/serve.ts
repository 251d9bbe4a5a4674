/**
 * Serves the static export in out/ the way a production static host would: /x redirects to /x/,
 * unknown paths get 404.html with status 404, no directory listings, and compressed responses.
 * Honours PORT (default 3000).
 */
import compression from 'compression';
import express from 'express';
import path from 'node:path';
import type { Server } from 'node:http';
import { CONTENT_TYPES } from '../lib/shared/open-data.ts';

function createServer(root: string = path.join(process.cwd(), 'out')): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use(
    express.static(root, {
      // A folder without its slash is redirected (301) to the slash form, which the export uses.
      redirect: true,
      setHeaders: (res, file) => {
        // Open data and feeds (README, Open data): .akn is in no default mime table, and text needs its charset.
        const type = CONTENT_TYPES[path.extname(file)];
        if (type) res.setHeader('Content-Type', type);
        // Next fingerprints everything under _next/static, and scripts/build-client.ts everything under
        // assets/ (site-<hash>.js, chunks/engine-<hash>.js): a changed file has a new name, so cache for good.
        const fingerprinted = [`${path.sep}_next${path.sep}static${path.sep}`, `${path.sep}assets${path.sep}`].some(
          (dir) => file.includes(dir),
        );
        if (fingerprinted) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // express.static never lists directories; whatever it did not find is a 404 with the export's page.
  app.use((_req, res) => {
    res.status(404).sendFile(path.join(root, '404.html'));
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
