import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDataFiles } from '@/lib/build/open-data/index';
import { testedDocuments } from '../../../helpers/corpus';

describe('the open-data files of a build', () => {
  const docs = testedDocuments();
  const files = openDataFiles(docs);

  it('are per document and script data.akn, data.json and data.txt, one source.md, two feeds, the index and two schemas', () => {
    const expected = [
      ...docs.flatMap((doc) => [
        ...['zh-hans', 'zh-hant'].flatMap((script) =>
          ['data.akn', 'data.json', 'data.txt'].map((file) => `/${script}/${doc.id}/${file}`),
        ),
        `/zh-hans/${doc.id}/source.md`,
      ]),
      '/zh-hans/feed.atom',
      '/zh-hant/feed.atom',
      '/data/documents.json',
      '/data/document.schema.json',
      '/data/documents.schema.json',
    ];
    expect(files.map((file) => file.path).sort()).toEqual(expected.sort());
  });

  it('publish the Markdown exactly as stored', () => {
    for (const doc of docs) {
      const source = files.find((file) => file.path === `/zh-hans/${doc.id}/source.md`);
      expect(source?.contents).toBe(fs.readFileSync(doc.file, 'utf8'));
    }
  });

  it('are the same bytes when made twice', () => {
    expect(openDataFiles(docs)).toEqual(files);
  });
});
