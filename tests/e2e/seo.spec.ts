/**
 * What crawlers and citing officials get from the exported out/: a page per part and item holding
 * its words, and on every page a unique title and description, a canonical URL, reciprocal hreflang,
 * schema.org data, a sitemap that lists it all, robots.txt, and a 404 page. Pages are fetched from the
 * served export and parsed by Chromium's own HTML parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { createZhHantConverter } from '../../lib/build/content/zh-hant';
import { SITE_URL } from '../../lib/build/env';
import { expectedClauses } from '../helpers/clauses';
import { clauseUrl, DOC_ID, documentUrl, squash } from '../helpers/content';
import { expectedPages } from '../helpers/pages';
import { OUT_DIR, sitePaths } from './site-pages';

/**
 * The scripts with their lang tags, written out rather than taken from lib/. The notice's text is
 * written in simplified; the traditional pages show OpenCC's conversion of it.
 */
const SCRIPTS = [
  { script: 'zh-hans', lang: 'zh-Hans', other: 'zh-hant', convert: (text: string) => text },
  { script: 'zh-hant', lang: 'zh-Hant', other: 'zh-hans', convert: createZhHantConverter([]).convert },
] as const;
const CLAUSES = expectedClauses();
const PAGES = expectedPages();

interface PageFacts {
  path: string;
  status: number;
  lang: string;
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  alternates: Record<string, string>;
  meta: Record<string, string>;
  jsonld: string[];
  h1: string;
  main: string;
  links: Array<{ href: string; text: string; rel: string | null; hreflang: string | null; current: string | null }>;
}

/** Fetches pages from the served export and reads them with the browser's HTML parser (no scripts run). */
async function readPages(page: Page, paths: readonly string[]): Promise<PageFacts[]> {
  await page.goto('/robots.txt');
  return page.evaluate(async (list) => {
    const parser = new DOMParser();
    return Promise.all(
      list.map(async (p) => {
        const response = await fetch(p);
        const d = parser.parseFromString(await response.text(), 'text/html');
        const pairs = (selector: string, key: string, value: string): Record<string, string> =>
          Object.fromEntries(
            [...d.querySelectorAll(selector)].map((el) => [el.getAttribute(key) ?? '', el.getAttribute(value) ?? '']),
          );
        return {
          path: p,
          status: response.status,
          lang: d.documentElement.lang,
          title: d.title,
          description: d.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
          canonical: d.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          robots: d.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
          alternates: pairs('link[rel="alternate"][hreflang]', 'hreflang', 'href'),
          meta: {
            ...pairs('meta[property]', 'property', 'content'),
            ...pairs('meta[name^="twitter:"]', 'name', 'content'),
          },
          jsonld: [...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
          h1: d.querySelector('h1')?.textContent ?? '',
          main: d.querySelector('main')?.textContent ?? '',
          links: [...d.querySelectorAll('a[href]')].map((a) => ({
            href: a.getAttribute('href') ?? '',
            text: a.textContent ?? '',
            rel: a.getAttribute('rel'),
            hreflang: a.getAttribute('hreflang'),
            current: a.getAttribute('aria-current'),
          })),
        };
      }),
    );
  }, paths);
}

const pathOf = (url: string): string => new URL(url).pathname;

/** The one page fetched, or a failed test that names it. */
async function readPage(page: Page, path: string): Promise<PageFacts> {
  const [facts] = await readPages(page, [path]);
  if (!facts) throw new Error(`${path} was not read`);
  return facts;
}

test.describe('clause pages', () => {
  test('there are 2 × 14, one per part and item, and nothing else under the document', () => {
    expect(CLAUSES).toHaveLength(14);
    for (const { script } of SCRIPTS) {
      const dirs = fs
        .readdirSync(path.join(OUT_DIR, script, DOC_ID), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
      expect(dirs.sort()).toEqual(CLAUSES.map((c) => c.id).sort());
    }
  });

  for (const { script, lang, other, convert } of SCRIPTS) {
    test(`${script}: each holds its clause’s heading and every word of it, and not the next clause’s`, async ({
      page,
    }) => {
      const facts = await readPages(
        page,
        CLAUSES.map((c) => clauseUrl(script, c.id)),
      );
      for (const [i, clause] of CLAUSES.entries()) {
        const got = facts[i];
        expect(got?.status).toBe(200);
        expect(got?.lang).toBe(lang);
        // The page's h1 is the clause's own heading (its trailing 。 belongs to the run-in sentence).
        expect(squash(got?.h1 ?? '')).toBe(squash(convert(clause.heading)));
        const main = squash(got?.main ?? '');
        for (const paragraph of clause.paragraphs)
          expect(main, `${clause.id}: ${paragraph.slice(0, 20)}…`).toContain(squash(convert(paragraph)));
        // Row that must NOT match: the next clause that is not part of this one stays on its own page.
        const following = CLAUSES.slice(i + 1).find((c) => !c.id.startsWith(`${clause.id}__`));
        const foreign = following?.paragraphs.at(-1);
        if (foreign) expect(main).not.toContain(squash(convert(foreign)));
      }
    });

    test(`${script}: breadcrumb, toggle, previous/next and the link into the full document all lead where they say`, async ({
      page,
    }) => {
      const facts = await readPages(
        page,
        CLAUSES.map((c) => clauseUrl(script, c.id)),
      );
      // Walk the next links from the first page: they visit every clause page in reading order.
      const visited: string[] = [];
      let at: PageFacts | undefined = facts[0];
      while (at) {
        visited.push(at.path);
        const next = at.links.find((l) => l.rel === 'next');
        at = next ? facts.find((f) => f.path === next.href) : undefined;
      }
      expect(visited).toEqual(CLAUSES.map((c) => clauseUrl(script, c.id)));
      expect(facts.filter((f) => f.links.some((l) => l.rel === 'prev'))).toHaveLength(13);

      const item = facts.find((f) => f.path === clauseUrl(script, 'att_1__sec_2__point_3'));
      expect(item?.links.find((l) => l.hreflang !== null)?.href).toBe(clauseUrl(other, 'att_1__sec_2__point_3'));
      expect(item?.links.map((l) => l.href)).toContain(`${documentUrl(script)}#att_1__sec_2__point_3`);
      // document › 附件 › 二、… › （三）…
      const crumbs = item?.links.slice(item.links.findIndex((l) => l.href === documentUrl(script)));
      expect(crumbs?.slice(0, 4).map((l) => l.href)).toEqual([
        documentUrl(script),
        `${documentUrl(script)}#att_1`,
        clauseUrl(script, 'att_1__sec_2'),
        clauseUrl(script, 'att_1__sec_2__point_3'),
      ]);
      expect(crumbs?.[3]?.current).toBe('page');
    });

    test(`${script}: the link into the full document lands on the clause there`, async ({ page }) => {
      await page.goto(clauseUrl(script, 'att_1__sec_3__point_2'));
      await page.locator(`main a[href="${documentUrl(script)}#att_1__sec_3__point_2"]`).click();
      await expect(page).toHaveURL(new RegExp(`${documentUrl(script)}#att_1__sec_3__point_2$`));
      await expect(page.locator('[id="att_1__sec_3__point_2"]')).toBeInViewport();
    });
  }
});

test.describe('metadata on every page', () => {
  test('the export holds exactly the pages the documents call for', () => {
    // The bilingual home, and per script its home, each document, and each part and item of each.
    expect(sitePaths()).toEqual(PAGES.all);
    // Two scripts: at least the published notice and its 14 clause pages in each (the Markdown's count).
    expect(PAGES.documents.length).toBeGreaterThanOrEqual(2);
    expect(PAGES.clauses.length).toBeGreaterThanOrEqual(2 * CLAUSES.length);
  });

  test('unique title and description, canonical URL that is the page itself, Open Graph and Twitter', async ({
    page,
  }) => {
    const pages = sitePaths();
    expect(pages).toHaveLength(PAGES.all.length);
    const facts = await readPages(page, pages);
    for (const f of facts) {
      expect(f.status, f.path).toBe(200);
      expect(f.canonical, f.path).toBe(`${SITE_URL}${f.path}`);
      expect(f.description?.length ?? 0, f.path).toBeGreaterThan(20);
      expect(f.meta['og:url']).toBe(f.canonical);
      expect(f.meta['og:title']).toBe(f.title);
      expect(f.meta['og:description']).toBe(f.description);
      expect(f.meta['twitter:card']).toBe('summary');
      expect(f.meta['twitter:title']).toBe(f.title);
      expect(f.robots, f.path).toBeNull();
    }
    expect(new Set(facts.map((f) => f.title)).size).toBe(facts.length);
    expect(new Set(facts.map((f) => f.description)).size).toBe(facts.length);
  });

  test('descriptions quote the page’s own text', async ({ page }) => {
    const facts = await readPages(
      page,
      sitePaths().filter((p) => p.split('/').length > 4 && !PAGES.listings.includes(p)),
    );
    expect(facts.map((f) => f.path)).toEqual(PAGES.clauses);
    for (const f of facts) {
      // A short clause is led by what it is and where (《…》第八条：), which the page's title names.
      const context = /^《([^》]+)》([^：]+)：/.exec(f.description ?? '');
      if (context) expect(f.title, f.path).toContain(context[1] ?? '-');
      const quote = (f.description ?? '-').slice(context?.[0].length ?? 0).replace(/……$/, '');
      // A part made only of items is described by its items' headings, joined with ；.
      for (const piece of quote.split('；')) expect(squash(f.main), f.path).toContain(squash(piece));
    }
  });

  test('hreflang alternates name zh-Hans, zh-Hant and x-default, include the page itself, and agree on every twin', async ({
    page,
  }) => {
    const facts = await readPages(page, sitePaths());
    const byPath = new Map(facts.map((f) => [f.path, f]));
    for (const f of facts) {
      expect(Object.keys(f.alternates).sort(), f.path).toEqual(['x-default', 'zh-Hans', 'zh-Hant']);
      expect(Object.values(f.alternates), f.path).toContain(`${SITE_URL}${f.path}`);
      for (const url of Object.values(f.alternates)) {
        expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
        const twin = byPath.get(pathOf(url));
        expect(twin, `${f.path} → ${url}`).toBeDefined();
        expect(twin?.alternates, `${f.path} ↔ ${url}`).toEqual(f.alternates);
      }
      // Each script's page is in that script.
      expect(byPath.get(pathOf(f.alternates['zh-Hant'] ?? ''))?.lang).toBe('zh-Hant');
      expect(byPath.get(pathOf(f.alternates['zh-Hans'] ?? ''))?.lang).toBe('zh-Hans');
    }
    // x-default is the issued (simplified) text, except for the home pages, whose x-default is the bilingual chooser.
    expect(byPath.get(clauseUrl('zh-hant', 'att_1__sec_1'))?.alternates['x-default']).toBe(
      `${SITE_URL}${clauseUrl('zh-hans', 'att_1__sec_1')}`,
    );
    expect(byPath.get('/zh-hant/')?.alternates['x-default']).toBe(`${SITE_URL}/`);
  });
});

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap document's entries, parsed by the browser's XML parser: null when it is not well-formed. */
async function readSitemapXml(
  page: Page,
  xml: string,
): Promise<{
  root: string;
  sitemaps: string[];
  urls: Array<{ loc: string; alternates: Record<string, string> }>;
} | null> {
  return page.evaluate(
    ({ text, ns }) => {
      const d = new DOMParser().parseFromString(text, 'application/xml');
      if (d.querySelector('parsererror')) return null;
      const loc = (el: Element): string => el.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '';
      return {
        root: `${d.documentElement.namespaceURI} ${d.documentElement.localName}`,
        sitemaps: [...d.getElementsByTagNameNS(ns, 'sitemap')].map(loc),
        urls: [...d.getElementsByTagNameNS(ns, 'url')].map((url) => ({
          loc: loc(url),
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [
              l.getAttribute('hreflang') ?? '',
              l.getAttribute('href') ?? '',
            ]),
          ),
        })),
      };
    },
    { text: xml, ns: SITEMAP_NS },
  );
}

test.describe('sitemap and robots', () => {
  test('sitemap.xml is an index whose files list every page once, each with the same hreflang alternates as the page', async ({
    page,
  }) => {
    await page.goto('/robots.txt');
    const response = await page.request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const index = await readSitemapXml(page, await response.text());
    expect(index, 'sitemap.xml is well-formed XML').not.toBeNull();
    expect(index?.root).toBe(`${SITEMAP_NS} sitemapindex`);
    expect(index?.sitemaps.length).toBeGreaterThan(0);
    const entries: Array<{ loc: string; alternates: Record<string, string> }> = [];
    for (const url of index?.sitemaps ?? []) {
      // At the site's root: a sitemap may only list URLs at or below its own folder.
      expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
      expect(pathOf(url), url).toMatch(/^\/[^/]+\.xml$/);
      const file = await page.request.get(pathOf(url));
      expect(file.status(), url).toBe(200);
      const body = await file.body();
      expect(body.length, `${url} is under 50 MB`).toBeLessThan(50 * 1024 * 1024);
      const sitemap = await readSitemapXml(page, body.toString('utf8'));
      expect(sitemap?.root, `${url} is a well-formed urlset`).toBe(`${SITEMAP_NS} urlset`);
      expect(sitemap?.urls.length ?? 0, url).toBeLessThanOrEqual(50_000);
      entries.push(...(sitemap?.urls ?? []));
    }
    const pages = sitePaths();
    expect(entries.map((e) => e.loc).sort()).toEqual(pages.map((p) => `${SITE_URL}${p}`).sort());
    const facts = await readPages(page, pages);
    for (const entry of entries) {
      expect(entry.alternates, entry.loc).toEqual(facts.find((f) => `${SITE_URL}${f.path}` === entry.loc)?.alternates);
    }
  });

  test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^User-Agent: \*$/im);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/im);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${SITE_URL}/sitemap.xml`);
    expect((await request.get(pathOf(sitemap ?? ''))).status()).toBe(200);
  });
});

const Graph = z.object({
  '@context': z.literal('https://schema.org'),
  '@graph': z.array(z.record(z.string(), z.unknown())),
});
interface Part {
  '@type': 'Legislation';
  name: string;
  url: string;
  hasPart?: Part[];
}
const Part: z.ZodType<Part> = z.lazy(() =>
  z.object({ '@type': z.literal('Legislation'), name: z.string(), url: z.string(), hasPart: z.array(Part).optional() }),
);
const DocumentLegislation = z.object({
  '@type': z.literal('Legislation'),
  '@id': z.string(),
  name: z.string(),
  legislationIdentifier: z.literal('发改企业〔2007〕2897号'),
  legislationType: z.literal('通知'),
  legislationDate: z.literal('2007-11-13'),
  datePublished: z.literal('2007-12-05'),
  legislationPassedBy: z.object({
    '@type': z.literal('GovernmentOrganization'),
    name: z.string().regex(/国家发展和改革委员会|國家發展和改革委員會/),
  }),
  legislationJurisdiction: z.literal('CN'),
  inLanguage: z.string(),
  url: z.string(),
  hasPart: z.array(Part),
});
const ClauseLegislation = z.object({
  '@type': z.literal('Legislation'),
  name: z.string(),
  url: z.string(),
  inLanguage: z.string(),
  isPartOf: z.object({ '@type': z.literal('Legislation'), '@id': z.string(), url: z.string() }),
});
const Breadcrumb = z.object({
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z.array(
    z.object({ '@type': z.literal('ListItem'), position: z.number(), name: z.string(), item: z.string() }),
  ),
});

/** All nodes of all JSON-LD blocks of a page; each block must parse as JSON and be a schema.org graph. */
const nodes = (f: PageFacts): Array<Record<string, unknown>> =>
  f.jsonld.flatMap((text) => Graph.parse(JSON.parse(text))['@graph']);
const flatten = (parts: readonly Part[]): Part[] => parts.flatMap((p) => [p, ...flatten(p.hasPart ?? [])]);

test.describe('structured data', () => {
  for (const { script, lang, convert } of SCRIPTS) {
    test(`${script}: the document page is a Legislation with its identifier, dates, issuer, and its annex and parts`, async ({
      page,
    }) => {
      const f = await readPage(page, documentUrl(script));
      const legislation = nodes(f)
        .filter((n) => n['@type'] === 'Legislation')
        .map((n) => DocumentLegislation.parse(n));
      expect(legislation).toHaveLength(1);
      const [doc] = legislation;
      if (!doc) throw new Error('no Legislation node');
      expect(doc.inLanguage).toBe(lang);
      expect(doc.url).toBe(f.canonical);
      expect(doc.name).toBe(convert('国家发展改革委关于印发促进产业集群发展的若干意见的通知'));
      const [annex] = doc.hasPart;
      expect(annex?.url).toBe(`${SITE_URL}${documentUrl(script)}#att_1`);
      const parts = flatten(annex?.hasPart ?? []);
      // Every part and item, each pointing at its own page.
      expect(parts.map((p) => p.url)).toEqual(CLAUSES.map((c) => `${SITE_URL}${clauseUrl(script, c.id)}`));
      expect(squash(parts[0]?.name ?? '')).toBe(squash(convert(CLAUSES[0]?.heading ?? '')));
    });

    test(`${script}: each clause page is a Legislation that is part of the document, with a breadcrumb`, async ({
      page,
    }) => {
      const doc = await readPage(page, documentUrl(script));
      const clauses = await readPages(
        page,
        CLAUSES.map((c) => clauseUrl(script, c.id)),
      );
      expect(clauses).toHaveLength(CLAUSES.length);
      const docId = DocumentLegislation.parse(nodes(doc).find((n) => n['@type'] === 'Legislation'))['@id'];
      for (const [i, f] of clauses.entries()) {
        const clause = ClauseLegislation.parse(
          nodes(f).find((n) => n['@type'] === 'Legislation' && n.url === f.canonical),
        );
        expect(clause.isPartOf['@id']).toBe(docId);
        expect(clause.isPartOf.url).toBe(doc.canonical);
        expect(clause.inLanguage).toBe(lang);
        expect(squash(convert(CLAUSES[i]?.heading ?? ''))).toContain(squash(clause.name));
        const crumbs = Breadcrumb.parse(nodes(f).find((n) => n['@type'] === 'BreadcrumbList')).itemListElement;
        expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, k) => k + 1));
        expect(crumbs.at(-1)?.item).toBe(f.canonical);
        expect(crumbs.map((c) => c.item)).toContain(doc.canonical);
      }
    });
  }
});

test.describe('404', () => {
  test('exists, says so in both scripts with lang set, is kept out of the index, and leads back to the document', async ({
    page,
  }) => {
    expect(fs.existsSync(path.join(OUT_DIR, '404.html'))).toBe(true);
    const [f] = await readPages(page, ['/no-such-clause/']);
    expect(f?.status).toBe(404);
    expect(f?.lang).toBe('zh-Hans');
    expect(f?.title).toContain('页面未找到');
    expect(f?.title).toContain('頁面未找到');
    expect(f?.robots).toMatch(/noindex/);
    expect(f?.canonical).toBeNull();
    for (const { script } of SCRIPTS) expect(f?.links.map((l) => l.href)).toContain(documentUrl(script));
    for (const [script, words] of [
      ['zh-hans', '在全文中搜索'],
      ['zh-hant', '在全文中搜尋'],
    ] as const) {
      const href = f?.links.find((l) => l.text === words)?.href ?? `no link ${words}`;
      // The document itself while there is one, the script's document list once there are several.
      expect([`/${script}/`, ...PAGES.documents.filter((d) => d.startsWith(`/${script}/`))]).toContain(href);
      const target = await page.request.get(href);
      expect(target.status()).toBe(200);
      expect(await target.text(), `${words} → ${href} has the search box`).toContain(`data-search="${script}"`);
    }
    await page.goto('/zh-hant/no-such-clause/');
    await expect(page.locator('[lang="zh-Hant"] h2')).toHaveText('頁面未找到');
    await page
      .locator(`a[href="${documentUrl('zh-hant')}"]`)
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  });
});

test.describe('home pages', () => {
  test('list the document with number, title, issuer and date of publication, in both scripts', async ({ page }) => {
    const facts = await readPages(page, ['/', '/zh-hans/', '/zh-hant/']);
    const hans = [
      '发改企业〔2007〕2897号',
      '国家发展改革委关于印发促进产业集群发展的若干意见的通知',
      '中华人民共和国国家发展和改革委员会',
      '2007年12月5日',
    ];
    const hant = [
      '發改企業〔2007〕2897號',
      '國家發展改革委關於印發促進產業集群發展的若干意見的通知',
      '中華人民共和國國家發展和改革委員會',
      '2007年12月5日',
    ];
    for (const text of [...hans, ...hant]) expect(facts[0]?.main).toContain(text);
    for (const text of hans) expect(facts[1]?.main).toContain(text);
    for (const text of hant) expect(facts[2]?.main).toContain(text);
    expect(facts[1]?.main).not.toContain('國家發展改革委');
    expect(facts[2]?.main).not.toContain('国家发展改革委');
  });
});
