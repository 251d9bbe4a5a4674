/**
 * Test helper: a small export-shaped folder with each kind of file a server must handle (pages with an
 * inline script and style, the 404 page, a data file, a fingerprinted asset, a folder without index.html,
 * the host files and a redirect), precompressed as the build does it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { precompress } from '../../scripts/deploy/precompress';

export const FIXTURE = {
  inlineScript: 'document.documentElement.dataset.fixture="1"',
  inlineStyle: 'body{color:#123}',
  asset: '/assets/site-ABC123.js',
  data: '/search/zh-hans.json',
  page: '/zh-hans/doc/',
  /** A _redirects line: the folder URL, and the same without its slash, go to the page in one hop. */
  moved: { from: '/zh-hans/old-doc/', to: '/zh-hans/doc/' },
  /** Open data and feeds, with the Content-Type each must be sent with (README, Open data). */
  openData: [
    ['/zh-hans/doc/data.akn', 'application/akn+xml; charset=utf-8', '<?xml version="1.0"?><akomaNtoso/>'],
    ['/zh-hans/doc/data.json', 'application/json; charset=utf-8', '{"id":"doc"}'],
    ['/zh-hans/doc/data.txt', 'text/plain; charset=utf-8', '通知'],
    ['/zh-hans/doc/source.md', 'text/markdown; charset=utf-8', '# 通知'],
    ['/zh-hans/feed.atom', 'application/atom+xml; charset=utf-8', '<?xml version="1.0"?><feed/>'],
  ],
} as const;

function write(root: string, urlPath: string, text: string): void {
  const file = path.join(root, ...urlPath.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>${FIXTURE.inlineStyle}</style></head><body>${body}<script>${FIXTURE.inlineScript}</script></body></html>`;

/** Creates the fixture export in a new temporary folder and returns its path. */
export function createExportFixture(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'export-fixture-'));
  write(root, '/index.html', page('home', '<p>首页</p>'));
  write(root, '/404.html', page('not found', '<p>页面未找到</p>'));
  write(root, `${FIXTURE.page}index.html`, page('doc', `<p>${'产业集群'.repeat(500)}</p>`));
  write(root, FIXTURE.data, JSON.stringify({ clauses: Array.from({ length: 50 }, (_, i) => `第${i}条产业集群`) }));
  write(root, FIXTURE.asset, `export const text = ${JSON.stringify('产业集群'.repeat(200))};`);
  for (const [urlPath, , text] of FIXTURE.openData) write(root, urlPath, text);
  write(root, '/_headers', '/*\n  X-Fixture: 1\n');
  write(root, '/_redirects', `# moves\n${FIXTURE.moved.from} ${FIXTURE.moved.to} 301\n`);
  precompress(root);
  return root;
}

/** The bytes of a file in the fixture, by URL path. */
export function fixtureFile(root: string, urlPath: string): Buffer {
  return fs.readFileSync(path.join(root, ...urlPath.split('/').filter(Boolean)));
}
