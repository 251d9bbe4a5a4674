/** schema.org data from the real document: the fields crawlers read, and safe embedding in HTML. */
import type { Legislation } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { getDocument } from '../../../../lib/build/corpus/index.ts';
import { clauseJsonLd, documentJsonLd, serializeJsonLd } from '../../../../lib/build/pages/jsonld.ts';
import { DOC_ID } from '../../../helpers/content.ts';

const doc = getDocument(DOC_ID);
if (!doc) throw new Error(`${DOC_ID} did not load`);

describe('typed builders', () => {
  it('emit schema.org’s legislationIdentifier, and a misspelt property is a type error', () => {
    // Checked by tsc (npm run typecheck, and the build): schema-dts has no legislationNumber.
    const misspelt: Legislation = {
      '@type': 'Legislation',
      // @ts-expect-error schema.org has legislationIdentifier, not legislationNumber.
      legislationNumber: '发改企业〔2007〕2897号',
    };
    // Checked here: what the builder really emits uses the right name, and not the misspelt one.
    const [legislation] = JSON.parse(serializeJsonLd(documentJsonLd(doc, 'zh-hans')))['@graph'];
    expect(legislation).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '发改企业〔2007〕2897号' });
    for (const key of Object.keys(misspelt).filter((k) => k !== '@type')) expect(legislation).not.toHaveProperty(key);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its <script> element, whatever the text says', () => {
    const clause = doc.variants['zh-hans'].clauses.find((c) => c.id === 'att_1__sec_1');
    if (!clause) throw new Error('no clause att_1__sec_1');
    const graph = clauseJsonLd(doc, 'zh-hans', { ...clause, heading: '</script><script>alert(1)</script>' });
    const json = serializeJsonLd(graph);
    expect(json).not.toContain('</script');
    expect(JSON.stringify(JSON.parse(json))).toContain('</script><script>alert(1)</script>');
  });
});

describe('document Legislation', () => {
  it('keeps the 文号 as issued in the traditional page too: an identifier does not change with the script', () => {
    const [hant] = documentJsonLd(doc, 'zh-hant')['@graph'];
    expect(JSON.parse(JSON.stringify(hant))).toMatchObject({
      legislationIdentifier: '发改企业〔2007〕2897号',
      inLanguage: 'zh-Hant',
      name: '國家發展改革委關於印發促進產業集群發展的若干意見的通知',
    });
  });
});
