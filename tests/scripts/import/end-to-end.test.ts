/**
 * As a new user would: `npm run import` a saved page into a content folder (CONTENT_DIR), then load
 * that folder with the build's own loader. No build is run here; the loader is what the build runs first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../lib/build/content/load.ts';
import { renderCorpus, type LoadedDocument } from '../../../lib/build/corpus/index.ts';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/documents');
const TSX = path.join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = path.join(process.cwd(), 'scripts/import-govcn.ts');

/** What a user saved, where they saved it, and the address they give. */
const IMPORTS = [
  {
    doc: 'sample-2024-17',
    file: 'source-zh-hant.txt',
    url: 'https://big5.example.gov.cn/gate/big5/www.example.gov.cn/zwgk/2024-03/05/content_17.htm',
  },
  {
    doc: 'sample-order-9',
    file: 'source-zh-hans.txt',
    url: 'https://www.example.gov.cn/zwgk/2024-01/10/content_9.htm',
  },
  {
    doc: 'sample-2024-31',
    file: 'source-zh-hant.txt',
    url: 'https://big5.example.gov.cn/gate/big5/www.example.gov.cn/zwgk/2024-06/18/content_31.htm',
  },
] as const;

let root = '';
let contentDir = '';
const runs = new Map<string, { status: number | null; stdout: string; stderr: string }>();

/** Runs the command as `npm run import -- page --id … --url …` does, from a downloads folder. */
function runImport(page: string, id: string, url: string) {
  return spawnSync(TSX, [CLI, page, '--id', id, '--url', url], {
    cwd: process.cwd(),
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
  contentDir = path.join(root, 'content');
  fs.mkdirSync(path.join(root, 'downloads'));
  for (const { doc, file, url } of IMPORTS) {
    const saved = path.join(root, 'downloads', file.replace('source', doc));
    fs.copyFileSync(path.join(FIXTURES, doc, file), saved);
    const { status, stdout, stderr } = runImport(saved, doc, url);
    runs.set(doc, { status, stdout, stderr });
    // Proofreading (README, "Adding a document", step 2): OpenCC's wrong 製 goes into overrides.yaml.
    const overrides = path.join(FIXTURES, doc, 'overrides.yaml');
    if (status === 0 && fs.existsSync(overrides))
      fs.copyFileSync(overrides, path.join(contentDir, doc, 'overrides.yaml'));
  }
}, 60_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run import, then the build’s loader', () => {
  it.each(IMPORTS)(
    '$doc: the command writes index.md, keeps the page beside it and reports every line placed',
    ({ doc, file }) => {
      const run = runs.get(doc);
      const saved = file.replace('source', doc);
      expect(run?.status).toBe(0);
      expect(run?.stdout).toMatch(
        new RegExp(`wrote .*content/${doc}/index\\.md; proofread it, then run npm run build`),
      );
      expect(run?.stderr).toMatch(new RegExp(`${saved}: (traditional, converted to simplified|simplified) \\(`));
      expect(run?.stderr).toMatch(new RegExp(`${saved}: every line placed\\n$`));
      expect(fs.readFileSync(path.join(contentDir, doc, saved), 'utf8')).toBe(
        fs.readFileSync(path.join(FIXTURES, doc, file), 'utf8'),
      );
      expect(fs.readFileSync(path.join(contentDir, doc, 'index.md'), 'utf8')).toContain(`  file: ${saved}\n`);
    },
  );

  it('renders the imported folder with the same clauses, in both scripts, as the committed fixtures', () => {
    const corpus = renderCorpus([contentDir]);
    expect(corpus.map((doc) => doc.id).sort()).toEqual(IMPORTS.map((i) => i.doc).sort());
    for (const imported of corpus) {
      const fixture = loadDocument(path.join(FIXTURES, imported.id));
      for (const script of ['zh-hans', 'zh-hant'] as const) {
        const ids = (doc: LoadedDocument) => doc.variants[script].clauses.map((clause) => [clause.id, clause.text]);
        expect(ids(imported)).toEqual(ids(fixture));
        expect(imported.variants[script].html).toBe(fixture.variants[script].html);
      }
    }
  });

  it('publishes every level of the regulation annex with its id (章, 节, 条, 款, 项, 目)', () => {
    const doc = renderCorpus([contentDir]).find((d) => d.id === 'sample-2024-17');
    const ids = doc?.variants['zh-hant'].clauses.map((clause) => clause.id) ?? [];
    for (const id of [
      'att_1__chp_2',
      'att_1__chp_2__sec_1',
      'att_1__art_5',
      'att_1__art_5__para_2',
      'att_1__art_3__point_3',
      'att_1__art_5__para_1__point_3__point_2',
    ]) {
      expect(ids).toContain(id);
    }
    expect(doc?.variants['zh-hant'].meta.title).toBe('示例市發展和改革委員會關於印發《示例市產業園區管理辦法》的通知');
  });

  it('stops on a page that is not a document, saying why, and writes nothing', () => {
    const page = path.join(root, 'downloads', 'not-a-document.txt');
    fs.writeFileSync(page, '示例市人民政府门户网站\n首页\n政务公开\n');
    const run = runImport(page, 'not-a-document', 'https://www.example.gov.cn/');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not-a-document\.txt: no title found/);
    expect(fs.existsSync(path.join(contentDir, 'not-a-document'))).toBe(false);
  });
});
