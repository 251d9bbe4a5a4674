/** schema.org data from the real document: the fields crawlers read, and safe embedding in HTML. */
import type { Legislation } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { getDocument } from '../../../lib/content/load.ts';
import { clauseJsonLd, documentJsonLd, serializeJsonLd } from '../../../lib/seo/jsonld.ts';
import { DOC_ID } from '../../helpers/content.ts';

const doc = getDocument(DOC_ID);
if (!doc) throw new Error(`${DOC_ID} did not load`);

describe('typed builders', () => {
  it('reject a property schema.org does not have (checked by tsc, which npm test runs in the build)', () => {
    const wrong: Legislation = {
      '@type': 'Legislation',
      // @ts-expect-error schema.org has legislationIdentifier, not legislationNumber.
      legislationNumber: '发改企业〔2007〕2897号',
    };
    expect(wrong['@type']).toBe('Legislation');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its <script> element, whatever the text says', () => {
    const graph = clauseJsonLd(doc, 'zh-hans', { ...doc.variants['zh-hans'].clauses.find((c) => c.id === 'att_1__sec_1')!, heading: '</script><script>alert(1)</script>' });
    const json = serializeJsonLd(graph);
    expect(json).not.toContain('</script');
    expect(JSON.stringify(JSON.parse(json))).toContain('</script><script>alert(1)</script>');
  });
});

describe('document Legislation', () => {
  it('keeps the 文号 as issued in the traditional page too: an identifier does not change with the script', () => {
    const [hant] = documentJsonLd(doc, 'zh-hant')['@graph'];
    expect(JSON.parse(JSON.stringify(hant))).toMatchObject({ legislationIdentifier: '发改企业〔2007〕2897号', inLanguage: 'zh-Hant', name: '國家發展改革委關於印發促進產業集群發展的若干意見的通知' });
  });
});
