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
import { StripError, stripRuntime } from '../../scripts/strip-runtime';

const fixture = (name: string): string =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'next-export', name), 'utf8');
const scripts = (html: string): string[] => [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);

// Golden files: each *.expected.html was written by the regex implementation this test was added
// beside, checked by eye, and equals the page the build shipped; the output must match byte for byte.
describe.each(['home', 'document', 'clause', 'not-found'])('%s.html against its golden file', (name) => {
  it(`strips to exactly ${name}.expected.html`, () => {
    expect(stripRuntime(fixture(`${name}.html`), name).html).toBe(fixture(`${name}.expected.html`));
  });
});

describe.each(['home.html', 'clause.html'])('%s as next build wrote it', (name) => {
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
  ])('%s', (_name, html, message) => {
    expect(() => stripRuntime(html, 'home')).toThrow(StripError);
    expect(() => stripRuntime(html, 'home')).toThrow(message);
  });
});
