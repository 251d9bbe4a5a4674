/**
 * scripts/inline-css.ts on the pages strip-runtime writes (tests/fixtures/next-export/*.expected.html):
 * the stylesheet link becomes a <style> with the stylesheet's text in its place, every other byte stays.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../scripts/inline-css';
import { StripError } from '../../scripts/strip-runtime';

const fixture = (name: string): string =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'next-export', name), 'utf8');
const CSS = '.doc-body p{text-indent:2em}@media (min-width:64rem){.reader{display:grid}}';

describe.each(['home', 'document', 'clause', 'not-found'])('%s page', (name) => {
  const html = fixture(`${name}.expected.html`);
  const link = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"[^>]*\/>/.exec(html);

  it('replaces the stylesheet link with the stylesheet, and nothing else', () => {
    expect(link).not.toBeNull();
    const read: string[] = [];
    const result = inlineStylesheets(html, name, (href) => {
      read.push(href);
      return CSS;
    });
    expect(read).toEqual([link?.[1]]);
    expect(result.hrefs).toEqual([link?.[1]]);
    expect(result.html).toBe(html.replace(link?.[0] ?? '', `<style>${CSS}</style>`));
    expect(result.html).not.toContain('rel="stylesheet"');
  });
});

describe('markup it does not expect fails the build', () => {
  const html = fixture('document.expected.html');

  it('a stylesheet that would end the <style> early', () => {
    expect(() => inlineStylesheets(html, 'page', () => 'a{}</style><script>x()</script>')).toThrow(StripError);
  });

  it('a page without a stylesheet link', () => {
    expect(() => inlineStylesheets('<!DOCTYPE html><title>t</title>', 'page', () => CSS)).toThrow(/no <link/);
  });

  it('a stylesheet from anywhere but Next’s build', () => {
    const other = '<!DOCTYPE html><link rel="stylesheet" href="https://cdn.example/x.css"><title>t</title>';
    expect(() => inlineStylesheets(other, 'page', () => CSS)).toThrow(/unexpected stylesheet/);
  });
});
