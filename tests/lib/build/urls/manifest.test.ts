/** The manifest file: sorted lines, header, and publishing that only ever adds. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatManifest,
  manifestDir,
  ManifestError,
  parseManifest,
  publishEntries,
} from '../../../../lib/build/urls/manifest.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const HEADER =
  '# URLs this document has published, relative to /zh-hans/<doc>/ and /zh-hant/<doc>/.\n' +
  '# Written by `npm run publish-urls`, which only adds lines; see README, URLs never break.\n';

describe('the manifest file', () => {
  it('is the header, then each URL once, sorted by code unit (anchors, the page, clause pages)', () => {
    expect(formatManifest(['att_1__sec_2/', './', '#preface', '#att_1', '#preface'])).toBe(
      `${HEADER}#att_1\n#preface\n./\natt_1__sec_2/\n`,
    );
  });

  it('reads back with each URL’s line', () => {
    expect(parseManifest(`${HEADER}#att_1\n./\n\natt_1__sec_2/\n`, 'urls/x.txt')).toEqual([
      { entry: '#att_1', parsed: { kind: 'anchor', id: 'att_1' }, line: 3 },
      { entry: './', parsed: { kind: 'document' }, line: 4 },
      { entry: 'att_1__sec_2/', parsed: { kind: 'page', id: 'att_1__sec_2' }, line: 6 },
    ]);
  });

  it('rejects a line of no known form, with its file:line', () => {
    expect(() => parseManifest(`${HEADER}/zh-hans/x/\n`, 'urls/x.txt')).toThrow(ManifestError);
    expect(() => parseManifest(`${HEADER}/zh-hans/x/\n`, 'urls/x.txt')).toThrow(/^urls\/x\.txt:3: "\/zh-hans\/x\/"/);
  });

  it('lives beside its content folder', () => {
    expect(manifestDir('/repo/content')).toBe('/repo/urls');
    expect(manifestDir('/repo/tests/fixtures/documents')).toBe('/repo/tests/fixtures/urls');
  });
});

describe('publishing', () => {
  it('adds new URLs and never removes one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'urls-'));
    temps.push(dir);
    const file = path.join(dir, 'x.txt');
    expect(publishEntries(file, ['./', '#att_1__sec_2__point_3', 'att_1__sec_2__point_3/'])).toBe(3);
    // The next build no longer has （三）: its URLs stay listed.
    expect(publishEntries(file, ['./', '#att_1__sec_2__point_2'])).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${HEADER}#att_1__sec_2__point_2\n#att_1__sec_2__point_3\n./\natt_1__sec_2__point_3/\n`,
    );
    expect(publishEntries(file, ['./'])).toBe(0);
  });
});
