import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '@/scripts/serve';

// The open data's files, in an export-shaped folder: `npm start` must send each with its media type.
let root: string;
let server: Server;
let base: string;

const FILES: Array<[string, string, string]> = [
  ['/zh-hans/doc/data.akn', 'application/akn+xml; charset=utf-8', '<?xml version="1.0"?><akomaNtoso/>'],
  ['/zh-hans/doc/data.json', 'application/json; charset=utf-8', '{}'],
  ['/zh-hans/doc/data.txt', 'text/plain; charset=utf-8', '通知'],
  ['/zh-hans/doc/source.md', 'text/markdown; charset=utf-8', '# 通知'],
  ['/zh-hans/feed.atom', 'application/atom+xml; charset=utf-8', '<?xml version="1.0"?><feed/>'],
];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-open-data-'));
  fs.writeFileSync(path.join(root, '404.html'), '<!DOCTYPE html><title>not found</title>');
  for (const [file, , contents] of FILES) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  }
  server = await listen(0, root);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  base = `http://localhost:${(address satisfies AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.ts: open data', () => {
  it.each(FILES)('serves %s as %s', async (file, type, contents) => {
    const response = await fetch(`${base}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(contents);
  });
});
