import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeText, serializeXml } from '@/lib/build/open-data/xml';
import { parseXml } from '../../../helpers/open-data';

describe('XML writer', () => {
  it('escapes markup in text and both quotes in attributes', () => {
    expect(escapeText('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; "d"');
    expect(escapeAttr(`say "x" & 'y' <z>`)).toBe('say &quot;x&quot; &amp; &apos;y&apos; &lt;z&gt;');
    expect(escapeAttr('a\tb\nc')).toBe('a&#9;b&#10;c');
  });

  it('writes what a strict parser reads back unchanged', () => {
    const tricky = `&amp; <p> "q" 'a' ]]> 、第（三）项`;
    const xml = serializeXml(el('root', { title: tricky }, [el('p', {}, [tricky])]));
    const root = parseXml(xml).documentElement;
    expect(root?.getAttribute('title')).toBe(tricky);
    expect(root?.getElementsByTagName('p')[0]?.textContent).toBe(tricky);
  });

  it('indents element-only content and keeps text elements on one line', () => {
    const xml = serializeXml(
      el('a', {}, [
        el('b', { x: '1', y: undefined }),
        el('p', {}, [el('docDate', { date: '2024-01-01' }, ['2024年1月1日'])]),
      ]),
      new Set(['p']),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b x="1"/>\n  <p><docDate date="2024-01-01">2024年1月1日</docDate></p>\n</a>\n',
    );
  });

  it('refuses characters XML cannot carry and names that are not names', () => {
    expect(() => serializeXml(el('p', {}, ['a\u0001b']))).toThrow(/U\+0001/);
    expect(() => serializeXml(el('p q'))).toThrow(/not an element name/);
    expect(() => serializeXml(el('p', { 'a b': '1' }))).toThrow(/not an attribute name/);
  });
});
