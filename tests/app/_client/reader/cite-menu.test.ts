/** The 复制引用 list's arrow keys, as a table: where focus goes from each place among the five formats. */
import { describe, expect, it } from 'vitest';
import { nextIndex } from '../../../../app/_client/reader/cite-menu.ts';

describe('nextIndex over five formats', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 4, 0],
    ['ArrowUp', 0, 4],
    ['ArrowUp', 3, 2],
    ['Home', 3, 0],
    ['End', 1, 4],
    // Focus not on a format (-1): Down goes to the first, Up to the last.
    ['ArrowDown', -1, 0],
    ['ArrowUp', -1, 4],
  ])('%s from %i goes to %i', (key, from, to) => {
    expect(nextIndex(from, 5, key)).toBe(to);
  });

  it.each(['Tab', 'Enter', ' ', 'ArrowLeft', 'a'])('leaves %j to the browser', (key) => {
    expect(nextIndex(2, 5, key)).toBeNull();
  });
});
