import { beforeAll, describe, expect, it } from 'vitest';
import { aknXml } from '@/lib/build/open-data/akn';
import type { LoadedDocument } from '@/lib/build/corpus';
import { documentScriptRows, testedDocument } from '../../../helpers/corpus';
import {
  AKN_SCHEMA_MISSING_REASON,
  AKN_SCHEMA_PRESENT,
  aknEids,
  aknText,
  elementsOf,
  pageText,
  parseXml,
  validateAkn,
  validateAknFiles,
} from '../../../helpers/open-data';

const rows = documentScriptRows();
if (!AKN_SCHEMA_PRESENT) console.warn(`akn.test.ts: ${AKN_SCHEMA_MISSING_REASON}`);

/** The elements of an AKN file by local name, for structure checks. */
function named(xml: string, name: string) {
  return elementsOf(parseXml(xml)).filter((element) => element.localName === name);
}

const fileName = (doc: LoadedDocument, script: string) => `${doc.id}.${script}.akn.xml`;

describe('Akoma Ntoso: every tested document in both scripts', () => {
  // One xmllint run for all of them: loading the schema takes most of a run.
  let verdicts: Awaited<ReturnType<typeof validateAknFiles>> | undefined;
  beforeAll(async () => {
    if (!AKN_SCHEMA_PRESENT) return;
    verdicts = await validateAknFiles(
      rows.map(([, doc, script]) => ({ fileName: fileName(doc, script), contents: aknXml(doc, script) })),
    );
  });

  it.for(rows)('%s validates against the OASIS schema (akomantoso30.xsd, xmllint)', ([, doc, script], ctx) => {
    ctx.skip(!AKN_SCHEMA_PRESENT, AKN_SCHEMA_MISSING_REASON);
    const result = verdicts?.get(fileName(doc, script));
    expect(result?.errors).toEqual([]);
    expect(result?.valid).toBe(true);
  });

  it.each(rows)('%s carries every clause id as an eId, once, and no other eId', (_label, doc, script) => {
    const eIds = aknEids(aknXml(doc, script));
    const ids = doc.variants[script].clauses.map((clause) => clause.id);
    // The references' own ids (the issuer, the portal) are the only eIds that are not clauses.
    expect(eIds.filter((id) => id !== 'issuer' && id !== 'portal').sort()).toEqual([...ids].sort());
  });

  it.each(rows)('%s holds the text of the page, no more and no less', (_label, doc, script) => {
    const variant = doc.variants[script];
    expect(aknText(aknXml(doc, script))).toBe(pageText(variant.html));
  });

  it.each(rows)('%s is the same bytes when built twice (no build time in it)', (_label, doc, script) => {
    expect(aknXml(doc, script)).toBe(aknXml(doc, script));
  });
});

describe('Akoma Ntoso: the 2897 notice', () => {
  const doc = testedDocument('ndrc-2007-2897');

  it.each(['zh-hans', 'zh-hant'] as const)('%s: all 24 eIds, a doc named notice with an annex of its own', (script) => {
    const xml = aknXml(doc, script);
    expect(aknEids(xml).filter((id) => id !== 'issuer' && id !== 'portal')).toHaveLength(24);
    expect(named(xml, 'doc').map((el) => el.getAttribute('name'))).toEqual(['notice', 'opinion']);
    expect(named(xml, 'attachment').map((el) => el.getAttribute('eId'))).toEqual(['att_1']);
    expect(named(xml, 'docDate').map((el) => el.getAttribute('date'))).toEqual(['2007-11-13']);
    const point = named(xml, 'point').find((el) => el.getAttribute('eId') === 'att_1__sec_2__point_3');
    expect(point?.getElementsByTagName('num')[0]?.textContent).toBe('（三）');
  });

  it('names the same Work in both scripts and tells the scripts apart in the Expression', () => {
    const uri = (script: 'zh-hans' | 'zh-hant', level: string) =>
      named(aknXml(doc, script), level)[0]?.getElementsByTagName('FRBRuri')[0]?.getAttribute('value');
    const work = '/akn/cn/doc/notice/2007-11-13/ndrc-2007-2897';
    expect(uri('zh-hans', 'FRBRWork')).toBe(work);
    expect(uri('zh-hant', 'FRBRWork')).toBe(work);
    expect(uri('zh-hans', 'FRBRExpression')).toBe(`${work}/zho-Hans@2007-12-05`);
    expect(uri('zh-hant', 'FRBRExpression')).toBe(`${work}/zho-Hant@2007-12-05`);
    const hans = aknXml(doc, 'zh-hans');
    expect(named(hans, 'FRBRcountry')[0]?.getAttribute('value')).toBe('cn');
    expect(named(hans, 'FRBRlanguage').map((el) => el.getAttribute('language'))).toEqual(['zho', 'zho']);
    expect(named(hans, 'docNumber')[0]?.textContent).toBe('发改企业〔2007〕2897号');
    expect(named(hans, 'TLCOrganization')[0]?.getAttribute('showAs')).toBe('中华人民共和国国家发展和改革委员会');
  });
});

describe('Akoma Ntoso: regulations and tables', () => {
  it('publishes a 令 whose body is a regulation as an act named order, with chapters and articles', () => {
    const xml = aknXml(testedDocument('sample-order-9'), 'zh-hans');
    expect(named(xml, 'act').map((el) => el.getAttribute('name'))).toEqual(['order']);
    expect(named(xml, 'body')).toHaveLength(1);
    expect(named(xml, 'chapter')).toHaveLength(4);
    expect(named(xml, 'article')).toHaveLength(12);
    expect(named(xml, 'intro').map((el) => el.getAttribute('eId'))).toEqual(['art_5__intro']);
  });

  it('publishes an annexed 办法 as an act inside the notice, with 款 as paragraphs and 目 inside 项', () => {
    const xml = aknXml(testedDocument('sample-2024-17'), 'zh-hant');
    expect(named(xml, 'doc').map((el) => el.getAttribute('name'))).toEqual(['notice']);
    expect(named(xml, 'act').map((el) => el.getAttribute('name'))).toEqual(['measures']);
    const subpoint = named(xml, 'point').find(
      (el) => el.getAttribute('eId') === 'att_1__art_5__para_1__point_3__point_1',
    );
    expect(subpoint?.parentNode).toHaveProperty('localName', 'point');
    expect(named(xml, 'section').map((el) => el.getAttribute('eId'))).toEqual([
      'att_1__chp_2__sec_1',
      'att_1__chp_2__sec_2',
    ]);
  });

  it('writes a table as an AKN table, its header row in th, and an annex that is only a table as its body', () => {
    const xml = aknXml(testedDocument('sample-2024-31'), 'zh-hans');
    const [table] = named(xml, 'table');
    expect(table?.getElementsByTagName('th')).toHaveLength(4);
    expect(table?.getElementsByTagName('tr')).toHaveLength(5);
    const holder = named(xml, 'hcontainer').find((el) => el.getAttribute('eId') === 'att_1__preamble');
    expect(holder?.parentNode).toHaveProperty('localName', 'mainBody');
    expect(named(xml, 'ref').map((el) => el.getAttribute('href'))).toEqual(['#att_1', '#att_2']);
  });
});

/** The 2897 notice with one paragraph's words replaced, as the pipeline's HTML would escape them. */
function withParagraph(doc: LoadedDocument, html: string): LoadedDocument {
  const variant = doc.variants['zh-hans'];
  const first = /(<section id="para_1"[^>]*><p>)[^<]*/;
  return {
    ...doc,
    variants: { ...doc.variants, 'zh-hans': { ...variant, html: variant.html.replace(first, `$1${html}`) } },
  };
}

describe('Akoma Ntoso: escaping and failures', () => {
  const doc = testedDocument('ndrc-2007-2897');

  it('escapes &, <, > and quotes in the text, so the file still parses and validates', async (ctx) => {
    const xml = aknXml(withParagraph(doc, 'A &amp; B &lt;c&gt; "d" \'e\' ]]&gt;'), 'zh-hans');
    expect(xml).toContain('A &amp; B &lt;c&gt; "d" \'e\' ]]&gt;');
    expect(aknText(xml)).toContain('A&B<c>"d"\'e\']]>');
    ctx.skip(!AKN_SCHEMA_PRESENT, AKN_SCHEMA_MISSING_REASON);
    expect((await validateAkn(xml)).valid).toBe(true);
  });

  it('fails the build on a page that holds a clause the clause list does not know', () => {
    const broken = withParagraph(doc, '</p><section id="para_9"><p>多出的一段</p></section><p>');
    expect(() => aknXml(broken, 'zh-hans')).toThrow(/#para_9 that is not a clause/);
  });

  const valid = aknXml(doc, 'zh-hans');
  const broken: Array<[string, string]> = [
    [
      'an element the schema does not know',
      valid.replace('<preamble eId="preamble">', '<preamble eId="preamble"><note/>'),
    ],
    ['an eId used twice', valid.replace('eId="att_1__sec_1"', 'eId="att_1__sec_2"')],
    ['a Work without its country', valid.replace(/<FRBRcountry value="cn"\/>/g, '')],
    ['an Expression without its language', valid.replace(/<FRBRlanguage language="zho"\/>/g, '')],
    ['a docDate without its date', valid.replace(' date="2007-11-13"', '')],
    [
      'content beside nested clauses',
      valid.replace('<section eId="att_1__sec_1">', '<section eId="att_1__sec_1"><content><p/></content>'),
    ],
  ];

  let verdicts: Awaited<ReturnType<typeof validateAknFiles>> | undefined;
  beforeAll(async () => {
    if (!AKN_SCHEMA_PRESENT) return;
    verdicts = await validateAknFiles(broken.map(([, xml], i) => ({ fileName: `broken-${i}.xml`, contents: xml })));
  });

  it.for(broken.map((row, i) => [...row, i] as const))('rejects %s (the validator can fail)', ([, xml, i], ctx) => {
    ctx.skip(!AKN_SCHEMA_PRESENT, AKN_SCHEMA_MISSING_REASON);
    expect(xml).not.toBe(valid);
    const result = verdicts?.get(`broken-${i}.xml`);
    expect(result?.valid).toBe(false);
    expect(result?.errors.length).toBeGreaterThan(0);
  });
});
