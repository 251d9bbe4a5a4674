/** The navigator's marking rules: the pin's life, the entry for a target, the entry to mark, the panel's scroll. */
import { describe, expect, it } from 'vitest';
import {
  entryFor,
  entryToMark,
  nextPin,
  panelScrollFor,
  scrollsByHand,
  topOnScreen,
  type Pin,
} from '../../../../app/_client/reader/scroll-spy.ts';

describe('nextPin: pinned → seen → left', () => {
  it.each<[string, Pin, boolean, Pin]>([
    ['no pin stays none', null, true, null],
    [
      'not yet on screen (the browser has not scrolled there yet): still pinned',
      { index: 3, seen: false },
      false,
      { index: 3, seen: false },
    ],
    ['on screen for the first time: seen', { index: 3, seen: false }, true, { index: 3, seen: true }],
    ['still on screen: still pinned', { index: 3, seen: true }, true, { index: 3, seen: true }],
    ['left the screen after being seen: unpinned', { index: 3, seen: true }, false, null],
  ])('%s', (_, pin, onScreen, next) => {
    expect(nextPin(pin, onScreen)).toEqual(next);
  });

  it('arriving at #id: the pin holds through the frames before the scroll, and ends when the reader scrolls away', () => {
    let pin: Pin = { index: 5, seen: false };
    for (const onScreen of [false, false, true, true]) pin = nextPin(pin, onScreen);
    expect(pin).toEqual({ index: 5, seen: true });
    expect(nextPin(pin, false)).toBeNull();
  });
});

describe('topOnScreen', () => {
  it.each([
    [0, true],
    [450, true],
    [899, true],
    [900, false],
    [-1, false],
    [-300, false],
  ])('a heading at %i px in a 900 px viewport: %s', (top, expected) => {
    expect(topOnScreen(top, 900)).toBe(expected);
  });
});

describe('entryFor: the navigator entry for an arrival target', () => {
  // part 二 > item （三） > a paragraph; the navigator lists the part and the item, not the paragraph.
  const parents: Record<string, string | null> = {
    part: null,
    item: 'part',
    para: 'item',
    preface: null,
  };
  const listed = ['part', 'item'];
  const entry = (target: string | null): number =>
    entryFor(
      target,
      (node) => listed.indexOf(node),
      (node) => parents[node] ?? null,
    );

  it.each<[string | null, number]>([
    ['item', 1],
    ['part', 0],
    ['para', 1], // a paragraph's own id leads to its item
    ['preface', -1], // not listed and nothing listed above it
    [null, -1], // no target (the #id names nothing)
  ])('%s → %i', (target, index) => {
    expect(entry(target)).toBe(index);
  });
});

describe('entryToMark', () => {
  const never: Iterable<number | null> = {
    [Symbol.iterator]: () => {
      throw new Error('tops read while pinned');
    },
  };

  it('the pinned entry wins over the one at the reading line, and the page is not measured', () => {
    expect(entryToMark({ index: 7, seen: true }, never, 112)).toBe(7);
  });
  it('without a pin, the last entry whose clause has passed the line', () => {
    expect(entryToMark(null, [-800, -100, 90, 600], 112)).toBe(2);
  });
  it('at the top of the page, before any clause reaches the line, the first entry', () => {
    expect(entryToMark(null, [200, 600], 112)).toBe(0);
  });
});

describe('panelScrollFor: keeping the marked entry visible in the navigator', () => {
  const box = { scrollTop: 300, clientHeight: 600, scrollHeight: 2400 };
  it.each<[string, typeof box, number, number | null]>([
    ['an entry in view: no scroll', box, 500, null],
    ['an entry just fitting at the bottom: no scroll', box, 870, null],
    ['an entry cut off at the bottom: scrolled to a third of the way down', box, 880, 680],
    ['an entry above the scrolled area: scrolled to it', box, 100, -100],
    ['a navigator that does not scroll: never', { scrollTop: 0, clientHeight: 600, scrollHeight: 600 }, 900, null],
  ])('%s', (_, scrollBox, entryTop, expected) => {
    expect(panelScrollFor(scrollBox, entryTop, 30)).toBe(expected);
  });
});

describe('scrollsByHand: keys that end the pin', () => {
  it.each([
    ['ArrowDown', false, true],
    ['PageDown', false, true],
    ['End', false, true],
    [' ', false, true],
    ['ArrowDown', true, false], // moving the caret in the search box is not scrolling
    [' ', true, false], // typing a space
    ['Tab', false, false],
    ['Enter', false, false],
    ['a', false, false],
  ])('%j in a text field: %s → %s', (key, inTextField, expected) => {
    expect(scrollsByHand(key, inTextField)).toBe(expected);
  });
});
