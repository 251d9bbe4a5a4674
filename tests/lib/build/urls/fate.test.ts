/** The manifest against a build: which published URLs are kept, moved, or would disappear. */
import { describe, expect, it } from 'vitest';
import { fateOf, type CurrentUrls } from '../../../../lib/build/urls/fate.ts';
import { parseEntry } from '../../../../lib/build/urls/manifest.ts';

/** Part 二 with items （一）（二）; （三） was renumbered （二）, and the old （二） is gone. */
const CURRENT: CurrentUrls = {
  anchors: new Set(['att_1', 'att_1__sec_2', 'att_1__sec_2__point_1', 'att_1__sec_2__point_2', 'att_1__sec_2__para_1']),
  pages: new Set(['att_1__sec_2', 'att_1__sec_2__point_1', 'att_1__sec_2__point_2']),
};
const MOVES = new Map([['att_1__sec_2__point_3', 'att_1__sec_2__point_2']]);

const fate = (entry: string): unknown => {
  const parsed = parseEntry(entry);
  if (!parsed) throw new Error(`not an entry: ${entry}`);
  return fateOf(parsed, CURRENT, MOVES);
};

describe('fateOf', () => {
  it.each([
    ['./', { kind: 'kept' }],
    ['#att_1__sec_2__point_1', { kind: 'kept' }],
    ['att_1__sec_2__point_1/', { kind: 'kept' }],
    ['#att_1__sec_2__point_3', { kind: 'moved', to: { kind: 'anchor', id: 'att_1__sec_2__point_2' } }],
    ['att_1__sec_2__point_3/', { kind: 'moved', to: { kind: 'page', id: 'att_1__sec_2__point_2' } }],
    // A clause that lost its heading keeps its id: its page goes to its place in the document.
    ['att_1__sec_2__para_1/', { kind: 'moved', to: { kind: 'anchor', id: 'att_1__sec_2__para_1' } }],
  ])('%s is %j', (entry, expected) => {
    expect(fate(entry)).toEqual(expected);
  });

  it.each([
    ['an anchor removed without a move', '#att_1__sec_2__point_4'],
    ['a page removed without a move', 'att_1__sec_2__point_4/'],
    [
      'a nested id whose parent moved but that was not declared and has no counterpart',
      '#att_1__sec_2__point_3__para_2',
    ],
  ])('finds %s missing', (_name, entry) => {
    expect(fate(entry)).toEqual({ kind: 'missing' });
  });
});

describe('parseEntry', () => {
  it.each([
    ['./', { kind: 'document' }],
    ['#att_1__sec_2__point_3', { kind: 'anchor', id: 'att_1__sec_2__point_3' }],
    ['art_12__para_2/', { kind: 'page', id: 'art_12__para_2' }],
  ])('reads %s', (entry, parsed) => {
    expect(parseEntry(entry)).toEqual(parsed);
  });

  it.each(['/zh-hans/doc/', '#', 'att_1__sec_2', '#Att_1', 'att_1/#x', '../other/'])('rejects %s', (entry) => {
    expect(parseEntry(entry)).toBeNull();
  });
});
