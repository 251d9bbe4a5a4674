/**
 * The reader's data block as the pages render it from the real content, through the same steps
 * the browser takes (serialise into the HTML, JSON.parse, check), plus shapes that must be refused.
 */
import { describe, expect, it } from 'vitest';
import { parseReaderData, readerData, serializeReaderData, type ReaderData } from '../../../lib/shared/reader-data';
import { loadDocuments } from '../../../lib/build/corpus';
import { ParseError } from '../../../lib/shared/parse';
import { SCRIPTS } from '../../../lib/shared/types';
import { citationTemplates } from '../../../lib/build/citation';

/** What the document pages render, built from the real documents by the pages' own builder, with and without SITE_URL. */
function pageData(): ReaderData[] {
  return loadDocuments().flatMap((doc) =>
    SCRIPTS.flatMap((script) => [
      readerData(
        script,
        'https://example.gov.cn',
        { docId: doc.id, linkPath: `/${script}/${doc.id}/` },
        doc.variants[script],
        citationTemplates(doc.id, script, doc.variants[script].meta),
      ),
      readerData(
        script,
        null,
        { docId: doc.id, linkPath: `/${script}/${doc.id}/` },
        doc.variants[script],
        citationTemplates(doc.id, script, doc.variants[script].meta),
      ),
    ]),
  );
}

const roundTrip = (data: unknown): ReaderData => parseReaderData(JSON.parse(JSON.stringify(data)));

describe('reader data', () => {
  it('round-trips every document in both scripts unchanged', () => {
    const all = pageData();
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const data of all) expect(parseReaderData(JSON.parse(serializeReaderData(data)))).toEqual(data);
  });

  it('carries structure only, never the clause text', () => {
    for (const data of pageData()) {
      expect(data.clauses.length).toBeGreaterThan(0);
      for (const clause of data.clauses)
        expect(Object.keys(clause).sort()).toEqual(['id', 'kind', 'ordinal', 'parent']);
    }
  });

  it('cannot close its <script> element, whatever a title holds', () => {
    const [data] = pageData();
    if (!data) throw new Error('no documents');
    const hostile = { ...data, meta: { ...data.meta, title: '</script><script>alert(1)</script>' } };
    const json = serializeReaderData(hostile);
    expect(json).not.toMatch(/<\/?script/i);
    expect(parseReaderData(JSON.parse(json)).meta.title).toBe(hostile.meta.title);
  });

  const [base] = pageData();
  if (!base) throw new Error('no documents');
  const firstClause = base.clauses[0];
  // Rows that must be refused, each naming the field that is wrong.
  it.each([
    ['not an object', [], /reader: expected an object/],
    ['unknown script', { ...base, script: 'zh-hk' }, /reader\.script/],
    ['origin missing', { ...base, origin: undefined }, /reader\.origin/],
    ['origin not a string', { ...base, origin: 42 }, /reader\.origin/],
    [
      'clause kind outside the eId vocabulary',
      { ...base, clauses: [{ ...firstClause, kind: 'chapter' }] },
      /reader\.clauses\[0\]\.kind/,
    ],
    [
      'parent neither id nor null',
      { ...base, clauses: [{ ...firstClause, parent: 3 }] },
      /reader\.clauses\[0\]\.parent/,
    ],
    ['annexes not a list', { ...base, meta: { ...base.meta, annexes: 'x' } }, /reader\.meta\.annexes/],
    ['annex without a title', { ...base, meta: { ...base.meta, annexes: [{}] } }, /reader\.meta\.annexes\[0\]\.title/],
    ['formats missing', { ...base, formats: undefined }, /reader\.formats/],
    ['BibTeX not a string', { ...base, formats: { ...base.formats, bibtex: 1 } }, /reader\.formats\.bibtex/],
    [
      'annex reference not a string',
      { ...base, formats: { ...base.formats, gbtAnnexes: [null] } },
      /reader\.formats\.gbtAnnexes\[0\]/,
    ],
  ])('refuses %s', (_name, data, message) => {
    expect(() => roundTrip(data)).toThrow(ParseError);
    expect(() => roundTrip(data)).toThrow(message);
  });
});
