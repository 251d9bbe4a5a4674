import { describe, expect, it } from 'vitest';
import { atomFeed, atomTime, tagUri } from '@/lib/build/open-data/feed';
import { SITE_URL } from '@/lib/build/env';
import { SCRIPTS } from '@/lib/shared/types';
import { atomEntries, atomProblems } from '../../../helpers/atom';
import { testedDocuments } from '../../../helpers/corpus';

const docs = testedDocuments();

describe('Atom feeds', () => {
  it.each(SCRIPTS)('%s parses as Atom and meets RFC 4287', (script) => {
    expect(atomProblems(atomFeed(docs, script))).toEqual([]);
  });

  it.each(SCRIPTS)('%s lists every document, newest publication first, with stable tag: ids', (script) => {
    const entries = atomEntries(atomFeed(docs, script));
    const byDate = [...docs].sort((a, b) =>
      b.variants['zh-hans'].meta.datePublished.localeCompare(a.variants['zh-hans'].meta.datePublished),
    );
    expect(entries.map((entry) => entry.id)).toEqual(byDate.map((doc) => tagUri(`/${script}/${doc.id}/`)));
    expect(entries.map((entry) => entry.updated)).toEqual(
      byDate.map((doc) => atomTime(doc.variants['zh-hans'].meta.datePublished)),
    );
    expect(entries[0]?.id).toMatch(/^tag:[a-z0-9.-]+,2026:\/zh-han[st]\/[a-z0-9-]+\/$/);
  });

  it('links each entry to its page and its downloads in the feed’s script', () => {
    const [entry] = atomEntries(atomFeed(docs, 'zh-hant'));
    const links = entry?.links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`) ?? [];
    expect(links).toEqual([
      `text/html ${SITE_URL}/zh-hant/sample-2024-31/`,
      `application/akn+xml ${SITE_URL}/zh-hant/sample-2024-31/data.akn`,
      `application/json ${SITE_URL}/zh-hant/sample-2024-31/data.json`,
      `text/plain ${SITE_URL}/zh-hant/sample-2024-31/data.txt`,
    ]);
    // The title as the page shows it: the traditional title and 文号.
    expect(entry?.title).toMatch(/^示例市發展和改革委員會關於公佈第一批市級產業園區名單的通知（示發改〔2024〕31號）$/);
  });

  it('is the same bytes when built twice', () => {
    expect(atomFeed(docs, 'zh-hans')).toBe(atomFeed(docs, 'zh-hans'));
  });
});

describe('the Atom checks can fail', () => {
  const valid = atomFeed(docs, 'zh-hans');
  const broken: Array<[string, string]> = [
    ['a feed without updated', valid.replace(/\n {2}<updated>[^<]*<\/updated>/, '')],
    ['an entry without id', valid.replace(/\n {4}<id>[^<]*<\/id>/, '')],
    ['a time without its offset', valid.replace('2024-06-18T00:00:00+08:00', '2024-06-18T00:00:00')],
    ['a date where a time belongs', valid.replace('<updated>2024-06-18T00:00:00+08:00', '<updated>2024-06-18')],
    [
      'an id that is a plain http URL',
      valid.replace(/<id>tag:[^<]*feed\.atom<\/id>/, '<id>http://example.com/feed</id>'),
    ],
    ['two entries with one id', valid.replace(/sample-2024-17\/<\/id>/, 'sample-2024-31/</id>')],
    ['a relative link', valid.replace('href="http://localhost:3000/zh-hans/"', 'href="/zh-hans/"')],
    ['a root that is not atom:feed', valid.replace('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="urn:x"')],
  ];

  it.each(broken)('finds %s', (_what, xml) => {
    expect(xml).not.toBe(valid);
    expect(atomProblems(xml).length).toBeGreaterThan(0);
  });

  it('refuses XML that does not parse', () => {
    expect(() => atomProblems(valid.replace('</feed>', ''))).toThrow(/XML/);
  });
});
