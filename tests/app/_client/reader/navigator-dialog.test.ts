/** The phone navigator's focus trap: where Tab and Shift+Tab go among the dialog's controls. */
import { describe, expect, it } from 'vitest';
import { trappedFocus } from '../../../../app/_client/reader/navigator-dialog.ts';

describe('trappedFocus', () => {
  it.each<[string, number, boolean, number, boolean, number | null]>([
    // [what, focused index, focus inside, control count, Shift, control to focus (null: the browser moves it)]
    ['Tab on the last control wraps to the first', 4, true, 5, false, 0],
    ['Shift+Tab on the first wraps to the last', 0, true, 5, true, 4],
    ['Tab in the middle is left to the browser', 2, true, 5, false, null],
    ['Shift+Tab in the middle is left to the browser', 2, true, 5, true, null],
    ['Tab on the first is left to the browser', 0, true, 5, false, null],
    ['Shift+Tab on the last is left to the browser', 4, true, 5, true, null],
    ['Tab with focus outside the dialog comes back to the first', -1, false, 5, false, 0],
    ['Shift+Tab with focus outside comes back to the last', -1, false, 5, true, 4],
    ['focus on the dialog itself (not a control): the browser moves it', -1, true, 5, false, null],
    ['one control: Tab stays on it', 0, true, 1, false, 0],
    ['one control: Shift+Tab stays on it', 0, true, 1, true, 0],
    ['no visible controls: nothing to trap', -1, false, 0, false, null],
  ])('%s', (_, index, inside, count, shift, expected) => {
    expect(trappedFocus({ index, inside }, count, shift)).toBe(expected);
  });
});
