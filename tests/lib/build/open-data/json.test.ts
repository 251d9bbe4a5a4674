import { describe, expect, it } from 'vitest';
import { citeClause } from '@/lib/shared/citation';
import { documentData, indexData } from '@/lib/build/open-data/json';
import { documentSchema, indexSchema } from '@/lib/build/open-data/json-schema';
import { SITE_URL } from '@/lib/build/env';
import { documentScriptRows, testedDocument, testedDocuments } from '../../../helpers/corpus';
import { schemaValidator } from '../../../helpers/json-schema';

const validateDocument = schemaValidator(documentSchema());
const validateIndex = schemaValidator(indexSchema());
/** What a downloaded file is: the JSON text parsed back, not the object the builder made. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('data.json: every tested document in both scripts', () => {
  it.each(documentScriptRows())('%s validates against /data/document.schema.json', (_label, doc, script) => {
    expect(validateDocument(roundTrip(documentData(doc, script)))).toEqual([]);
  });

  it.each(documentScriptRows())(
    '%s lists every clause, each with the citation the page gives',
    (_label, doc, script) => {
      const { clauses, meta } = doc.variants[script];
      const data = documentData(doc, script);
      expect(data.clauses.map((clause) => clause.id)).toEqual(clauses.map((clause) => clause.id));
      for (const clause of data.clauses) expect(clause.citation).toBe(citeClause(clauses, meta, clause.id, script));
    },
  );
});

describe('data.json: the 2897 notice', () => {
  const doc = testedDocument('ndrc-2007-2897');

  it('gives a clause its number, heading, text, parent, citation and URLs', () => {
    const data = documentData(doc, 'zh-hans');
    expect(data.clauses.find((clause) => clause.id === 'att_1__sec_2__point_3')).toMatchObject({
      kind: 'point',
      number: '（三）',
      ordinal: 3,
      heading: '壮大龙头企业，提高专业化协作水平',
      parent: 'att_1__sec_2',
      citable: true,
      citation: '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项',
      url: `${SITE_URL}/zh-hans/ndrc-2007-2897/#att_1__sec_2__point_3`,
      page: `${SITE_URL}/zh-hans/ndrc-2007-2897/att_1__sec_2__point_3/`,
    });
    expect(data.clauses.find((clause) => clause.id === 'para_1')).toMatchObject({
      number: null,
      heading: null,
      page: null,
    });
  });

  it('says which text is the issued one and links every download', () => {
    const hant = documentData(doc, 'zh-hant');
    expect(documentData(doc, 'zh-hans').authoritative).toBe(true);
    expect(hant).toMatchObject({ authoritative: false, language: 'zh-Hant', docNumber: '發改企業〔2007〕2897號' });
    expect(hant.downloads).toEqual({
      akn: `${SITE_URL}/zh-hant/ndrc-2007-2897/data.akn`,
      json: `${SITE_URL}/zh-hant/ndrc-2007-2897/data.json`,
      text: `${SITE_URL}/zh-hant/ndrc-2007-2897/data.txt`,
      markdown: `${SITE_URL}/zh-hans/ndrc-2007-2897/source.md`,
    });
  });

  it('publishes the document’s GB/T 7714, CSL-JSON and BibTeX with the citing date left blank', () => {
    const { citations } = documentData(doc, 'zh-hant');
    expect(citations.gbt7714).toBe(
      `中華人民共和國國家發展和改革委員會.國家發展改革委關於印發促進產業集群發展的若干意見的通知:發改企業〔2007〕2897號[EB/OL].(2007-12-05)[%ACCESSED%].${SITE_URL}/zh-hant/ndrc-2007-2897/.`,
    );
    expect(citations.gbt7714Annexes).toEqual([
      `中華人民共和國國家發展和改革委員會.國家發展改革委關於促進產業集群發展的若干意見[EB/OL]//中華人民共和國國家發展和改革委員會.國家發展改革委關於印發促進產業集群發展的若干意見的通知:發改企業〔2007〕2897號.(2007-12-05)[%ACCESSED%].${SITE_URL}/zh-hant/ndrc-2007-2897/#att_1.`,
    ]);
    expect(JSON.parse(citations.cslJson.replace('%ACCESSED_PARTS%', '2026, 12, 3'))).toMatchObject({
      URL: `${SITE_URL}/zh-hant/ndrc-2007-2897/`,
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
    expect(citations.bibtex).toContain(`  url = {${SITE_URL}/zh-hant/ndrc-2007-2897/},\n  urldate = {%ACCESSED%},\n}`);
    // A string without its blank is refused: the citing date is the citer's, never the build's.
    const data = roundTrip({ ...documentData(doc, 'zh-hans'), citations: { ...citations, gbt7714: 'x.y[EB/OL].' } });
    expect(validateDocument(data)).not.toEqual([]);
  });

  it('writes docNumber as null for a document without one', () => {
    const data = roundTrip({ ...documentData(doc, 'zh-hans'), docNumber: null });
    expect(validateDocument(data)).toEqual([]);
  });
});

describe('/data/documents.json', () => {
  const index = indexData(testedDocuments());

  it('validates against /data/documents.schema.json and lists every document, newest first', () => {
    expect(validateIndex(roundTrip(index))).toEqual([]);
    expect(index.documents.map((doc) => doc.id)).toEqual(testedDocuments().map((doc) => doc.id));
    const dates = index.documents.map((doc) => doc.datePublished);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(index.feeds['zh-hant']).toBe(`${SITE_URL}/zh-hant/feed.atom`);
  });
});

describe('the schemas can fail', () => {
  const valid = roundTrip(documentData(testedDocument('sample-order-9'), 'zh-hans'));
  const broken: Array<[string, (data: Record<string, unknown>) => void]> = [
    ['a missing title', (data) => delete data.title],
    ['a date that is not a date', (data) => (data.dateSigned = '2024-02-30')],
    ['an unknown property', (data) => (data.extra = 1)],
    ['a URL that is not absolute', (data) => (data.url = '/zh-hans/sample-order-9/')],
    [
      'a clause of an unknown kind',
      (data) => {
        const clauses = data.clauses;
        if (Array.isArray(clauses)) clauses[0] = { ...clauses[0], kind: 'clause' };
      },
    ],
  ];

  it.each(broken)('rejects %s', (_what, breakIt) => {
    const data = roundTrip(valid);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
    const copy: Record<string, unknown> = { ...data };
    breakIt(copy);
    expect(validateDocument(copy).length).toBeGreaterThan(0);
  });

  it('rejects an index whose document lacks a script', () => {
    const data = roundTrip(indexData([testedDocument('sample-order-9')]));
    const text = JSON.stringify(data).replace('"zh-hant":', '"zh-tw":');
    expect(validateIndex(JSON.parse(text)).length).toBeGreaterThan(0);
  });
});
