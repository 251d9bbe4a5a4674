import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../../../app/_client/search/shortcut.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it.each<[string, ReturnType<typeof press>, boolean, boolean]>([
    ['/ on the page', press('/'), false, true],
    ['/ typed into a text field is text', press('/'), true, false],
    ['Ctrl+K', press('k', { ctrlKey: true }), false, true],
    ['⌘+K', press('k', { metaKey: true }), false, true],
    ['Ctrl+K even inside a text field', press('k', { ctrlKey: true }), true, true],
    ['Ctrl+Shift+K (the key reads K)', press('K', { ctrlKey: true }), false, true],
    ['K alone is a letter', press('k'), false, false],
    ['Ctrl+Alt+K belongs to something else', press('k', { ctrlKey: true, altKey: true }), false, false],
    ['Ctrl+/ belongs to something else', press('/', { ctrlKey: true }), false, false],
    ['Alt+/ belongs to something else', press('/', { altKey: true }), false, false],
  ])('%s', (_, keyPress, inTextField, expected) => {
    expect(isSearchShortcut(keyPress, inTextField)).toBe(expected);
  });
});
