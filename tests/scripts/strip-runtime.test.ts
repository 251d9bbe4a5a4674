/**
 * scripts/strip-runtime.ts against pages exactly as `next build` (Next 16.4.6) wrote them before the
 * postbuild step: tests/fixtures/next-export/<name>.html is out/index.html (home), a document page, a
 * clause page and out/404.html (not-found) from `npx next build` (which skips the npm pre/post hooks).
 * <name>.expected.html is the same page after `npm run build`, checked by eye. Refresh both after a Next upgrade.
 * Rows keep what must stay, remove what must go, and fail loudly on markup the script does not know.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, readPage, removal, StripError, stripRuntime } from '../../scripts/strip-runtime';
import { siteLoaderCode } from '../../app/_components/SiteScript';

const fixture = (name: string): string =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'next-export', name), 'utf8');
const scripts = (html: string): string[] => [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);

// Golden files: the output must be the page `npm run build` shipped, byte for byte.
describe.each([
  ['home', { scripts: 6, preloads: 1, payloads: 2, bootstraps: 1 }],
  ['document', { scripts: 6, preloads: 1, payloads: 4, bootstraps: 1 }],
  ['clause', { scripts: 6, preloads: 1, payloads: 2, bootstraps: 1 }],
  ['not-found', { scripts: 6, preloads: 1, payloads: 2, bootstraps: 1 }],
])('%s.html against its golden file', (name, counts) => {
  it(`strips to exactly ${name}.expected.html`, () => {
    const { html, removed } = stripRuntime(fixture(`${name}.html`), name);
    expect(html).toBe(fixture(`${name}.expected.html`));
    expect(removed).toEqual(counts);
  });
});

describe('reading and editing the source', () => {
  const html =
    '<!DOCTYPE html><HTML><head><link rel=x href="a>b"></head><body><template><p>t</p></template></body></HTML>';
  const page = readPage(html, 'page');

  it('finds every written element with its source range, template content included', () => {
    const at = (name: string) => page.elements.find((element) => element.name === name);
    expect(page.elements.map((element) => element.name)).toEqual(['html', 'head', 'link', 'body', 'template', 'p']);
    const link = at('link');
    expect(link && html.slice(link.start, link.end)).toBe('<link rel=x href="a>b">');
    expect(link?.attrs.get('href')).toBe('a>b');
    const p = at('p');
    expect(p && html.slice(p.start, p.end)).toBe('<p>t</p>');
  });

  it('splices the original string, every other byte untouched', () => {
    const edits = page.elements.filter((element) => element.name === 'link' || element.name === 'p');
    expect(
      applyEdits(
        html,
        edits.map((element) => removal(page, element)),
      ),
    ).toBe('<!DOCTYPE html><HTML><head></head><body><template></template></body></HTML>');
    expect(applyEdits(html, [{ start: 0, end: 15, text: '<!doctype html>' }])).toBe(html.replace('DOCTYPE', 'doctype'));
  });

  it('refuses overlapping edits', () => {
    const edits = [
      { start: 0, end: 10, text: '' },
      { start: 5, end: 12, text: '' },
    ];
    expect(() => applyEdits(html, edits)).toThrow(StripError);
  });
});

describe.each(['home.html', 'document.html', 'clause.html'])('%s as next build wrote it', (name) => {
  const html = fixture(name);
  const { html: out, removed } = stripRuntime(html, name);

  it('had the runtime to remove', () => {
    expect(scripts(html).some((tag) => tag.includes('src="/_next/'))).toBe(true);
    expect(html).toContain('self.__next_f');
    expect(removed.scripts).toBeGreaterThan(0);
    expect(removed.payloads).toBeGreaterThan(0);
  });

  it('removes every runtime script, preload, bootstrap and payload', () => {
    expect(out).not.toMatch(/<script\b[^>]*src="\/_next\//);
    expect(out).not.toMatch(/rel="preload"[^>]*as="script"|as="script"[^>]*rel="preload"/);
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
    expect(out).not.toMatch(/noModule/i);
  });

  it('keeps the stylesheet, our module script, and every data block, byte for byte', () => {
    for (const kept of [
      /<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"[^>]*>/,
      /<script type="module" src="\/assets\/site-[A-Z0-9]+\.js"[^>]*><\/script>/,
    ]) {
      expect(html).toMatch(kept);
      expect(out.match(kept)?.[0]).toBe(html.match(kept)?.[0]);
    }
    const blocks = (s: string) =>
      [...s.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
    expect(blocks(out)).toEqual(blocks(html));
  });

  it('changes nothing else: the page minus the removed tags is the output', () => {
    const expected = html
      .replace(/<script\b[^>]*src="\/_next\/[^"]*"[^>]*><\/script>/g, '')
      .replace(/<link rel="preload" as="script"[^>]*\/>/g, '')
      .replace(/<script id="_R_">[\s\S]*?<\/script>/g, '')
      .replace(/<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?<\/script>/g, '');
    expect(out).toBe(expected);
  });
});

/**
 * Markup a tag-matching regex misreads: each row adds `input` before `anchor` in home.html and expects
 * home.expected.html with the same input at the same place if it is kept, or nothing if it is removed.
 */
describe('reads tags as an HTML parser does', () => {
  const home = fixture('home.html');
  const homeOut = fixture('home.expected.html');
  const site = /<script type="module" src="\/assets\/site-[A-Z0-9]+\.js" fetchPriority="low">/;
  const siteTag = home.match(site)?.[0] ?? '';
  const withSiteAttr = siteTag.replace('>', ' data-x="a>b">');
  const jsonLd = '<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript src=\\"/x.js\\">"}</script>';
  it.each([
    [
      'a kept JSON-LD block with ">" in an attribute',
      '</head>',
      '<script type="application/ld+json" data-x="a>b">{"a":1}</script>',
      'kept',
    ],
    [
      'a runtime script with ">" in an attribute',
      '</head>',
      '<script src="/_next/static/chunks/x.js" data-x="a>b" async=""></script>',
      'removed',
    ],
    [
      'a runtime preload whose href has ">"',
      '</head>',
      '<link rel="preload" as="script" href="/_next/static/chunks/x.js?a>b"/>',
      'removed',
    ],
    ['a link that stays, whose href has ">"', '</head>', '<link rel="prefetch" href="/zh-hant/?a>b"/>', 'kept'],
    [
      'upper-case runtime tags',
      '</head>',
      '<SCRIPT SRC="/_next/static/chunks/x.js" ASYNC></SCRIPT><LINK REL="preload" AS="script" HREF="/_next/static/chunks/x.js">',
      'removed',
    ],
    ['an upper-case stylesheet link', '</head>', '<LINK REL="stylesheet" HREF="/_next/static/chunks/y.css">', 'kept'],
    ['an upper-case JSON-LD block', '</head>', '<SCRIPT TYPE="application/ld+json">{"a":1}</Script>', 'kept'],
    ['"</script" escaped inside a JSON-LD string', '</head>', jsonLd, 'kept'],
    [
      '"</script" escaped inside an RSC payload',
      '</body>',
      '<script>self.__next_f.push([1,"\\u003c/script\\u003e\\u003cscript src=\\"/_next/x.js\\"\\u003e"])</script>',
      'removed',
    ],
    [
      'a script tag inside an attribute value (text, not a tag)',
      '</head>',
      '<meta name="x" content="<script>x()</script>"/>',
      'kept',
    ],
    ['a script tag inside a comment', '</body>', '<!-- <script>x()</script> -->', 'kept'],
    [
      'a preload that is not the runtime',
      '</head>',
      '<link rel="preload" as="font" href="/fonts/x.woff2" crossorigin=""/>',
      'kept',
    ],
    ['a modulepreload of our script', '</head>', '<link rel="modulepreload" href="/assets/site-ABC.js"/>', 'kept'],
  ])('%s', (_name, anchor, input, outcome) => {
    const expected = homeOut.replace(anchor, (outcome === 'kept' ? input : '') + anchor);
    expect(stripRuntime(home.replace(anchor, input + anchor), 'home').html).toBe(expected);
  });
  it('our module script with ">" in an attribute', () => {
    expect(siteTag).not.toBe('');
    const expected = homeOut.replace(siteTag, withSiteAttr);
    expect(stripRuntime(home.replace(siteTag, withSiteAttr), 'home').html).toBe(expected);
  });
});

describe('fails loudly on markup it does not expect', () => {
  const home = fixture('home.html');
  it.each([
    [
      'a page without the runtime (Next stopped emitting it, or the page was stripped already)',
      stripRuntime(home, 'home').html,
      /no <script src="\/_next\/…">/,
    ],
    [
      'an inline script it does not know',
      home.replace('</body>', '<script>window.x=1</script></body>'),
      /unknown inline script/,
    ],
    [
      'the preference script without its id',
      home.replace('<script id="script-preference">', '<script>'),
      /unknown inline script/,
    ],
    [
      'an external script from elsewhere',
      home.replace('</body>', '<script src="/other.js"></script></body>'),
      /unknown external script/,
    ],
    [
      'an RSC payload under another name',
      home.replace(/self\.__next_f\.push\(/g, 'self.__next_g.push('),
      /unknown inline script/,
    ],
    [
      'a runtime reference in a shape it does not remove',
      home.replace('</body>', '<link rel="prefetch" href="/_next/static/chunks/x.js"/></body>'),
      /"\/_next\/" is still in the page/,
    ],
    [
      'a search box without our module script',
      home.replace(/<script type="module" src="\/assets\/site-[A-Z0-9]+\.js"[^>]*><\/script>/, ''),
      /no \/assets\/site-<hash>\.js/,
    ],
    [
      'a module script that is not ours',
      home.replace(/\/assets\/site-[A-Z0-9]+\.js/, '/assets/other.js'),
      /unknown external script/,
    ],
    [
      'a runtime preload of something other than a script',
      home.replace('</head>', '<link rel="preload" as="font" href="/_next/static/media/x.woff2"/></head>'),
      /unexpected preload <link rel="preload" as="font"/,
    ],
    [
      'no inline RSC payload',
      home.replace(
        /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?<\/script>/g,
        '',
      ),
      /no inline self\.__next_f payload to remove/,
    ],
    ['no stylesheet link', home.replace(/<link rel="stylesheet"[^>]*>/, ''), /no stylesheet link/],
    [
      'a stylesheet that is not from the build',
      home.replace(/href="\/_next\/static\/chunks\/[^"]+\.css"/, 'href="/other.css"'),
      /no stylesheet link/,
    ],
    ['a script left open at the end of the page', `${home}<script>`, /no end tag for <script>/],
    [
      'an unknown script inside a <template>',
      home.replace('</body>', '<template><script>x()</script></template></body>'),
      /unknown inline script <script>x\(\)/,
    ],
    [
      'a runtime name in a data block it keeps',
      home.replace('</head>', '<script type="application/ld+json">{"x":"TURBOPACK"}</script></head>'),
      /"TURBOPACK" is still in the page/,
    ],
    [
      'a runtime name in text',
      home.replace('</body>', '<p>self.__next_f</p></body>'),
      /"__next_f" is still in the page/,
    ],
    [
      'a runtime path in a comment',
      home.replace('</body>', '<!-- <script src="/_next/static/chunks/x.js"></script> --></body>'),
      /"\/_next\/" is still in the page/,
    ],
  ])('%s', (_name, html, message) => {
    expect(() => stripRuntime(html, 'home')).toThrow(StripError);
    expect(() => stripRuntime(html, 'home')).toThrow(message);
  });

  it('reader data without our module script, on a page without a search box', () => {
    const html = fixture('document.html')
      .replace(/<script type="module" src="\/assets\/site-[A-Z0-9]+\.js"[^>]*><\/script>/, '')
      .replaceAll('data-search=', 'data-find=');
    expect(html).toContain('id="reader-data"');
    expect(() => stripRuntime(html, 'document')).toThrow(/no \/assets\/site-<hash>\.js/);
  });

  it('names the page and says what to check', () => {
    expect(() => stripRuntime(home.replace('</body>', '<script>window.x=1</script></body>'), 'out/index.html')).toThrow(
      'out/index.html: unknown inline script <script>window.x=1…. ' +
        "Next's markup has changed? Check scripts/strip-runtime.ts against a fresh build.",
    );
  });
});

/** The page as SiteScript renders it now: an inline module that imports the site's script once the text has painted. */
describe('the site script started after the text has painted (SiteScript)', () => {
  const SITE_TAG = /<script type="module" src="(\/assets\/site-[A-Z0-9]+\.js)"[^>]*><\/script>/;
  const home = fixture('home.html');
  const src = SITE_TAG.exec(home)?.[1] ?? '';
  const loader = (code: string, id = 'site-script') => `<script type="module" id="${id}">${code}</script>`;
  const withLoader = (tag: string) => home.replace(SITE_TAG, tag);

  it('keeps the loader, byte for byte', () => {
    const tag = loader(siteLoaderCode(src));
    expect(src).toMatch(/^\/assets\/site-/);
    expect(stripRuntime(withLoader(tag), 'home').html).toContain(tag);
  });

  it.each([
    ['a loader of another file', loader('addEventListener("load",()=>import("/assets/other.js"))')],
    ['a loader that does more', loader(`addEventListener("load",()=>import("${src}"));window.x=1`)],
    ['a loader under another id', loader(`addEventListener("load",()=>import("${src}"))`, 'other')],
  ])('refuses %s', (_name, tag) => {
    expect(() => stripRuntime(withLoader(tag), 'home')).toThrow(/unknown inline script/);
  });
});
