import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '@/scripts/serve';

// A small export-shaped folder: what `npm start` must serve like a production static host.
let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><title>home</title>');
  fs.writeFileSync(path.join(root, '404.html'), '<!DOCTYPE html><title>not found</title>');
  fs.mkdirSync(path.join(root, 'zh-hans', 'doc'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'zh-hans', 'doc', 'index.html'),
    `<!DOCTYPE html><title>doc</title><p>${'产业集群'.repeat(500)}</p>`,
  );
  // A folder with files but no index.html: a listing would expose them.
  fs.mkdirSync(path.join(root, 'search'));
  fs.writeFileSync(path.join(root, 'search', 'zh-hans.json'), '{}');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'site-ABC123.js'), 'export {};');
  server = await listen(0, root);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  base = `http://localhost:${(address satisfies AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.ts', () => {
  it('serves a page at its slash URL', async () => {
    const response = await fetch(`${base}/zh-hans/doc/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>doc</title>');
  });

  it('redirects /x to /x/ permanently', async () => {
    const response = await fetch(`${base}/zh-hans/doc`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh-hans/doc/');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await fetch(`${base}/zh-hans/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>not found</title>');
  });

  it('lists no directory', async () => {
    const response = await fetch(`${base}/search/`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('zh-hans.json');
  });

  it('caches fingerprinted assets for good, but not pages, which change at the same URL', async () => {
    const asset = await fetch(`${base}/assets/site-ABC123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${base}/zh-hans/doc/`);
    expect(page.headers.get('cache-control')).not.toContain('immutable');
  });

  it('compresses responses for clients that accept it', async () => {
    const response = await fetch(`${base}/zh-hans/doc/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
