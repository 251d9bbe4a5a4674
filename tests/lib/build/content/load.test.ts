/** Content loading: real documents load; malformed ones fail with file:line and a fix. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentErrorOf, type ReportedError } from '../../../helpers/content-errors.ts';
import { getDocument, loadDocuments } from '../../../../lib/build/corpus/index.ts';
import { loadDocument } from '../../../../lib/build/content/load.ts';
import { DOC_DIR, DOC_ID } from '../../../helpers/content.ts';

const EXPECTED_IDS = [
  'preface',
  'preamble',
  'para_1',
  'conclusions',
  'att_1',
  'att_1__preamble',
  'att_1__sec_1',
  'att_1__sec_1__para_1',
  'att_1__sec_1__para_2',
  'att_1__sec_1__para_3',
  'att_1__sec_2',
  'att_1__sec_2__intro',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `att_1__sec_2__point_${n}`),
  'att_1__sec_3',
  'att_1__sec_3__point_1',
  'att_1__sec_3__point_2',
  'att_1__sec_3__point_3',
];

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the real document folder with index.md (or another file) edited. */
function brokenCopy(edit: (text: string) => string, file = 'index.md'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temps.push(root);
  const dir = path.join(root, DOC_ID);
  fs.cpSync(DOC_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''));
  return dir;
}

const loadError = (dir: string): ReportedError => contentErrorOf(() => loadDocument(dir));

const lineOf = (dir: string, needle: string, file = 'index.md'): number =>
  fs
    .readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('the real document', () => {
  // By id, not loadDocuments()[0]: that is the newest document, which changes as documents are added.
  const doc = getDocument(DOC_ID);

  it('has exactly the eIds of the id table, in reading order, in both scripts', () => {
    expect(doc?.id).toBe(DOC_ID);
    expect(doc?.variants['zh-hans'].clauses.map((c) => c.id)).toEqual(EXPECTED_IDS);
    expect(doc?.variants['zh-hant'].clauses.map((c) => c.id)).toEqual(EXPECTED_IDS);
  });

  it('puts each id on the right clause', () => {
    const byId = new Map(doc?.variants['zh-hans'].clauses.map((c) => [c.id, c]));
    expect(byId.get('preface')?.text).toBe('发改企业〔2007〕2897号');
    expect(byId.get('preamble')?.text).toMatch(/^各省、自治区/);
    expect(byId.get('para_1')?.text).toMatch(/^为积极实施/);
    expect(byId.get('conclusions')?.text).toBe('中华人民共和国国家发展和改革委员会\n二〇〇七年十一月十三日');
    expect(byId.get('att_1__preamble')?.text).toMatch(/^改革开放以来，我国/);
    expect(byId.get('att_1__sec_1__para_2')?.text).toMatch(/^实践表明/);
    expect(byId.get('att_1__sec_2__intro')?.text).toMatch(/^促进产业集群发展，必须/);
    expect(byId.get('att_1__sec_2__point_3')?.heading).toBe('壮大龙头企业，提高专业化协作水平');
    expect(byId.get('att_1__sec_3__point_3')?.num).toBe('（三）');
    const hant = new Map(doc?.variants['zh-hant'].clauses.map((c) => [c.id, c]));
    expect(hant.get('att_1__sec_2__point_3')?.heading).toBe('壯大龍頭企業，提高專業化協作水平');
  });

  it('converts the front matter for zh-Hant, keeping dates', () => {
    const meta = doc?.variants['zh-hant'].meta;
    expect(meta?.docNumber).toBe('發改企業〔2007〕2897號');
    expect(meta?.title).toBe('國家發展改革委關於印發促進產業集群發展的若干意見的通知');
    expect(meta?.dateSigned).toBe('2007-11-13');
  });
});

describe('malformed content fails with file:line and what to fix', () => {
  it('missing required front matter', () => {
    const dir = brokenCopy((t) => t.replace(/^dateSigned: .*\n/m, ''));
    const error = loadError(dir);
    expect(error.message).toMatch(/index\.md:2: missing required field "dateSigned"/);
    expect(error.fix).toMatch(/add dateSigned/);
  });

  it('a malformed front matter value, at its line', () => {
    const dir = brokenCopy((t) => t.replace('dateSigned: 2007-11-13', 'dateSigned: 2007年11月13日'));
    const error = loadError(dir);
    expect(error.line).toBe(lineOf(dir, 'dateSigned'));
    expect(error.reason).toMatch(/dateSigned.*YYYY-MM-DD/);
  });

  it.each([
    [
      'an empty annex title, at the annex’s line (not the top-level title:)',
      (t: string) => t.replace('  - title: 国家发展改革委关于促进产业集群发展的若干意见', '  - title: ""'),
      '  - title: ""',
      /^field "annexes\[0\]\.title": Too small/,
      /^correct the value of annexes\[0\]\.title$/,
    ],
    [
      'a null annex title',
      (t: string) => t.replace('  - title: 国家发展改革委关于促进产业集群发展的若干意见', '  - title:'),
      '  - title:',
      /^field "annexes\[0\]\.title": Invalid input: expected string, received null$/,
      /annexes\[0\]\.title/,
    ],
    [
      'an unknown top-level key, at its own line',
      (t: string) => t.replace('type: 通知\n', 'type: 通知\ntypo: x\n'),
      'typo: x',
      /^unknown field "typo"$/,
      /^remove the key or correct its spelling; allowed keys: title, docNumber, issuer, type, dateSigned, datePublished, source, annexes, moved, formerIds$/,
    ],
    [
      'a misspelt key inside source',
      (t: string) => t.replace('  publisher: 中央政府门户网站', '  publisher: 中央政府门户网站\n  pubisher: x'),
      '  pubisher: x',
      /^unknown field "pubisher" in source$/,
      /^remove the key or correct its spelling; allowed keys in source: url, publisher, file$/,
    ],
    [
      'a misspelt key in an annex',
      (t: string) =>
        t.replace(
          '  - title: 国家发展改革委关于促进产业集群发展的若干意见',
          '  - title: 国家发展改革委关于促进产业集群发展的若干意见\n    titel: x',
        ),
      '    titel: x',
      /^unknown field "titel" in annexes\[0\]$/,
      /allowed keys in annexes\[0\]: title$/,
    ],
    [
      'a missing nested key, at its parent',
      (t: string) => t.replace(/^ {2}url: .*\n/m, ''),
      'source:',
      /^missing required field "source\.url"$/,
      /^add url: under source$/,
    ],
    [
      'a javascript: source URL',
      (t: string) => t.replace(/url: .*/, 'url: javascript:alert(1)'),
      'url: javascript:alert(1)',
      /^field "source\.url": /,
      /^correct the value of source\.url$/,
    ],
    [
      'an ftp: source URL',
      (t: string) => t.replace(/url: http:/, 'url: ftp:'),
      'url: ftp:',
      /^field "source\.url": /,
      /source\.url/,
    ],
  ])('%s', (_name, edit, needle, reason, fix) => {
    const dir = brokenCopy(edit);
    const error = loadError(dir);
    expect(error.reason).toMatch(reason);
    expect(error.fix).toMatch(fix);
    expect(error.line).toBe(lineOf(dir, needle));
    expect(error.line).toBeGreaterThan(1);
  });

  it('a source.file that is not in the document folder, at the line of file:', () => {
    const dir = brokenCopy((t) => t.replace(/^ {2}file: .*$/m, '  file: saved-page.txt'));
    const error = loadError(dir);
    expect(error.ruleId).toBe('source-file');
    expect(error.line).toBe(lineOf(dir, '  file: saved-page.txt'));
    expect(error.message).toMatch(
      /index\.md:\d+: source\.file "saved-page\.txt" is not a file in the document's folder/,
    );
    expect(error.fix).toMatch(
      /^save the page as .*ndrc-2007-2897\/saved-page\.txt \(npm run import copies it there\), or correct source\.file$/,
    );
  });

  it('a source.file outside the document folder, even where a file is there', () => {
    const dir = brokenCopy((t) => t.replace(/^ {2}file: .*$/m, '  file: ../elsewhere.txt'));
    fs.writeFileSync(path.join(path.dirname(dir), 'elsewhere.txt'), 'a page');
    const error = loadError(dir);
    expect(error.ruleId).toBe('source-file');
    expect(error.line).toBe(lineOf(dir, '  file: ../elsewhere.txt'));
  });

  it('accepts an https source URL', () => {
    const dir = brokenCopy((t) => t.replace('url: http://', 'url: https://'));
    expect(loadDocument(dir).variants['zh-hans'].meta.source.url).toMatch(/^https:\/\/www\.gov\.cn\//);
  });

  it('unterminated front matter', () => {
    const dir = brokenCopy((t) => t.replace(/\n---\n/, '\n\n'));
    expect(loadError(dir).message).toMatch(
      /index\.md:1: the front matter is not terminated\n {2}fix: close the front matter/,
    );
  });

  it('no front matter at all', () => {
    const dir = brokenCopy((t) => t.slice(t.indexOf('\n---\n') + 5));
    expect(loadError(dir).message).toMatch(/index\.md:1: missing front matter/);
  });

  it('two （三） in a part, at the second one', () => {
    const dir = brokenCopy((t) => t.replace('### （四）增强自主创新能力', '### （三）增强自主创新能力'));
    const error = loadError(dir);
    expect(error.reason).toBe('duplicate numbering: a second （三） in part 二、');
    expect(error.line).toBe(lineOf(dir, '（三）增强自主创新能力'));
  });

  it('（三） after （一）', () => {
    const dir = brokenCopy((t) => t.replace('### （二）坚持节约发展', '### （三）坚持节约发展'));
    const error = loadError(dir);
    expect(error.reason).toBe('skipped numbering: （三） in part 二、 follows （一）');
    expect(error.fix).toMatch(/should be （二）/);
  });

  it('an override that never applies is stale', () => {
    const dir = brokenCopy(
      () => 'zhHant:\n  - from: 不存在的词\n    to: 不存在的詞\n    why: test\n',
      'overrides.yaml',
    );
    expect(loadError(dir).message).toMatch(/overrides\.yaml:2: the override "不存在的词" → "不存在的詞" never applies/);
  });

  it('an override rewrites OpenCC’s output in zh-Hant only', () => {
    const dir = brokenCopy(() => 'zhHant:\n  - from: 汙染\n    to: 污染\n    why: test\n', 'overrides.yaml');
    const doc = loadDocument(dir);
    expect(doc.variants['zh-hant'].html).toContain('污染治理');
    expect(doc.variants['zh-hant'].html).not.toContain('汙');
    expect(doc.variants['zh-hans'].html).toContain('污染治理');
  });
});

describe('the document list', () => {
  it('puts the newest first, and same-day documents by id', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    temps.push(root);
    for (const id of ['a-doc', 'b-doc', 'c-doc']) fs.cpSync(DOC_DIR, path.join(root, id), { recursive: true });
    const file = path.join(root, 'b-doc', 'index.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('datePublished: 2007-12-05', 'datePublished: 2008-01-01'),
    );
    expect(loadDocuments(root).map((doc) => doc.id)).toEqual(['b-doc', 'a-doc', 'c-doc']);
  });
});

describe('document ids', () => {
  it('may not be the name of a listing: its page would be the listing’s', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    temps.push(root);
    fs.cpSync(DOC_DIR, path.join(root, 'years'), { recursive: true });
    const error = contentErrorOf(() => loadDocuments(root));
    expect(error.message).toMatch(/the document id "years" is the name of a listing/);
    expect(error.fix).toMatch(/documents, years, issuers, types/);
  });
});

describe('the build', () => {
  it('stops on malformed content with file:line, and leaves no out/ behind', () => {
    const dir = brokenCopy((t) => t.replace('### （二）坚持节约发展', '### （三）坚持节约发展'));
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
    temps.push(project);
    fs.mkdirSync(path.join(project, 'out'));
    fs.writeFileSync(path.join(project, 'out', 'index.html'), 'stale');
    let output = '';
    let status = 0;
    try {
      execFileSync(
        path.join(process.cwd(), 'node_modules/.bin/tsx'),
        [path.join(process.cwd(), 'scripts/check-content.ts')],
        {
          cwd: project,
          env: { ...process.env, CONTENT_DIR: path.dirname(dir) },
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (error) {
      status = error instanceof Error && 'status' in error && typeof error.status === 'number' ? error.status : -1;
      output = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    }
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`${DOC_ID}/index\\.md:\\d+: skipped numbering`));
    expect(fs.existsSync(path.join(project, 'out'))).toBe(false);
  });
});
