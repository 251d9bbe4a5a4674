/**
 * One contract, two servers: `npm start` (scripts/serve.ts) and real nginx with the generated site file
 * (scripts/serve-nginx.ts), each serving the same small export. Requests go through node:http, which
 * neither follows redirects nor decompresses, so status codes, Location and Content-Encoding are the
 * ones the server sent. nginx is required on CI (.ci/run installs it); elsewhere its half is skipped
 * when it is not installed.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, NOT_FOUND_PAGE, responseHeaders } from '@/scripts/deploy/headers';
import { cspHash } from '@/scripts/deploy/inline-hashes';
import { listen } from '@/scripts/serve';
import { nginxBinary, startNginx } from '@/scripts/serve-nginx';
import { createExportFixture, FIXTURE, fixtureFile } from '../helpers/export-fixture';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const hasNginx = (() => {
  try {
    return !!nginxBinary();
  } catch {
    return false;
  }
})();

const SERVERS = [
  {
    name: 'npm start (express)',
    skip: false,
    start: async (root: string, port: number) => {
      const server = await listen(port, root);
      return () => new Promise<void>((resolve) => server.close(() => resolve()));
    },
  },
  {
    name: 'nginx',
    skip: !hasNginx && !process.env.CI,
    start: async (root: string, port: number) => (await startNginx(root, port)).stop,
  },
];

describe.each(SERVERS)('$name serves the export', ({ start, skip }) => {
  let root: string;
  let port: number;
  let stop: () => Promise<void>;
  const hashes = { scripts: [cspHash(FIXTURE.inlineScript)], styles: [cspHash(FIXTURE.inlineStyle)] };

  beforeAll(async () => {
    if (skip) return;
    root = createExportFixture();
    port = await freePort();
    stop = await start(root, port);
  });
  afterAll(async () => {
    if (skip) return;
    await stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  function expectHeaders(reply: Reply, urlPath: string): void {
    for (const [name, value] of responseHeaders(hashes, urlPath))
      expect(reply.headers[name.toLowerCase()], `${name} on ${urlPath}`).toBe(value);
  }

  it.skipIf(skip)('sends a page with every header, a charset and a validator', async () => {
    const reply = await get(port, FIXTURE.page);
    expect(reply.status).toBe(200);
    expectHeaders(reply, FIXTURE.page);
    expect(reply.headers['cache-control']).toBe('no-cache, no-transform');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain(`script-src 'self' ${hashes.scripts[0]}`);
    expect(reply.headers.etag ?? reply.headers['last-modified']).toBeTruthy();
  });

  it.skipIf(skip)('answers a revalidation with 304 and the same headers', async () => {
    const { headers } = await get(port, FIXTURE.page);
    const reply = await get(port, FIXTURE.page, { 'if-none-match': headers.etag ?? '' });
    expect(reply.status).toBe(304);
    expectHeaders(reply, FIXTURE.page);
  });

  it.skipIf(skip)('caches fingerprinted assets for good, data files revalidated', async () => {
    const asset = await get(port, FIXTURE.asset);
    expectHeaders(asset, FIXTURE.asset);
    expect(asset.headers['cache-control']).toBe(CACHE_CONTROL.immutable);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const data = await get(port, FIXTURE.data);
    expectHeaders(data, FIXTURE.data);
    expect(data.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
    expect(data.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it.skipIf(skip)('sends open data and feeds with their media types and charset', async () => {
    for (const [urlPath, type, text] of FIXTURE.openData) {
      const reply = await get(port, urlPath);
      expect(reply.status, urlPath).toBe(200);
      expect(reply.headers['content-type'], urlPath).toBe(type);
      expect(reply.body.toString(), urlPath).toBe(text);
      expectHeaders(reply, urlPath);
    }
  });

  it.skipIf(skip)('negotiates br, then gzip, then identity, with the build’s bytes', async () => {
    const original = fixtureFile(root, `${FIXTURE.page}index.html`);
    const br = await get(port, FIXTURE.page, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(original.length / 10);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gzip = await get(port, FIXTURE.page, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(original)).toBe(true);
    const identity = await get(port, FIXTURE.page, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(original)).toBe(true);
  });

  it.skipIf(skip)('redirects /x to /x/ with a relative Location and every header', async () => {
    const reply = await get(port, FIXTURE.page.slice(0, -1));
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(FIXTURE.page);
    expectHeaders(reply, FIXTURE.page.slice(0, -1));
  });

  it.skipIf(skip)('turns _redirects into 301s, the slashless form in one hop', async () => {
    for (const from of [FIXTURE.moved.from, FIXTURE.moved.from.slice(0, -1)]) {
      const reply = await get(port, from);
      expect(reply.status, from).toBe(301);
      expect(reply.headers.location, from).toBe(FIXTURE.moved.to);
      expectHeaders(reply, from);
    }
  });

  it.skipIf(skip)('answers unknown paths, folders without index.html and host files with 404.html', async () => {
    for (const urlPath of ['/no-such-page/', '/assets/no-such-file.js', '/search/', '/_headers', '/_redirects']) {
      const reply = await get(port, urlPath, { 'accept-encoding': 'gzip' });
      expect(reply.status, urlPath).toBe(404);
      expectHeaders(reply, NOT_FOUND_PAGE);
      expect(reply.headers['content-type'], urlPath).toBe('text/html; charset=utf-8');
      expect(zlib.gunzipSync(reply.body).toString(), urlPath).toContain('<title>not found</title>');
    }
  });
});
