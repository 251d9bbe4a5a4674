/** The reading line and the clause in view, from viewport facts and clause tops alone. */
import { describe, expect, it } from 'vitest';
import { lastPassed, readingLine } from '../../../../app/_client/reader/reading-line.ts';

describe('readingLine', () => {
  it.each([
    // [what, viewport, expected line]
    ['desktop, top of a long page: just under the sticky bar', { height: 900, scrollY: 0, pageHeight: 6000 }, 112],
    ['phone, mid page', { height: 844, scrollY: 2000, pageHeight: 9000 }, 112],
    ['a short window: a quarter of its height', { height: 400, scrollY: 0, pageHeight: 3000 }, 100],
    ['at the very bottom: the bottom edge', { height: 900, scrollY: 5100, pageHeight: 6000 }, 900],
    ['within 2 px of the bottom counts as the bottom', { height: 900, scrollY: 5098, pageHeight: 6000 }, 900],
    ['3 px above the bottom is not the bottom', { height: 900, scrollY: 5097, pageHeight: 6000 }, 112],
    ['a page that cannot scroll is at its bottom', { height: 900, scrollY: 0, pageHeight: 700 }, 900],
  ])('%s', (_, viewport, line) => {
    expect(readingLine(viewport)).toBe(line);
  });
});

describe('lastPassed: which clause is in view', () => {
  it.each([
    // [what, tops in document order, line, expected index]
    ['arriving at a clause (its top lands at 64 px) marks it, not the next one', [-900, -300, 64, 400, 900], 112, 2],
    ['nothing has reached the line at the top of the page', [150, 400, 900], 112, -1],
    ['a top exactly on the line has passed it', [-40, 112, 300], 112, 1],
    ['one pixel below the line has not', [-40, 113, 300], 112, 0],
    ['a nested clause is deeper than its parent: the item, not its part', [-20, 30, 500], 112, 1],
    ['missing elements (null) are skipped, not counted as passed', [null, -50, null, 500], 112, 1],
    ['at the bottom of the page the line is the bottom edge: the last clause', [-400, 200, 650], 900, 2],
  ])('%s', (_, tops, line, index) => {
    expect(lastPassed(tops, line)).toBe(index);
  });

  it('stops reading tops after the first one below the line that follows a match', () => {
    const read: number[] = [];
    function* tops(): Generator<number> {
      for (const top of [-500, 50, 300, 800, 1200]) {
        read.push(top);
        yield top;
      }
    }
    expect(lastPassed(tops(), 112)).toBe(1);
    expect(read).toEqual([-500, 50, 300]);
  });
});
