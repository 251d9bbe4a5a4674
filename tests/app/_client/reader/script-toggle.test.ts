/** The 简体/繁體 link's place: which clause it carries and the href that carries it. */
import { describe, expect, it } from 'vitest';
import { overlapsViewport, placeToCarry, toggleHref } from '../../../../app/_client/reader/script-toggle.ts';

describe('placeToCarry', () => {
  const inView = (): string => 'att_1__sec_2__point_6';
  const unasked = (): string => {
    throw new Error('measured the page without need');
  };

  it('the clause the URL names, while it is on screen, even at the top of the page', () => {
    expect(placeToCarry({ id: 'att_1__sec_2__point_3', onScreen: true }, false, unasked)).toBe('att_1__sec_2__point_3');
    expect(placeToCarry({ id: 'att_1__sec_2__point_3', onScreen: true }, true, unasked)).toBe('att_1__sec_2__point_3');
  });
  it('scrolled away from the named clause: the clause being read', () => {
    expect(placeToCarry({ id: 'att_1__sec_2__point_3', onScreen: false }, true, inView)).toBe('att_1__sec_2__point_6');
  });
  it('no #id, scrolled: the clause being read', () => {
    expect(placeToCarry(null, true, inView)).toBe('att_1__sec_2__point_6');
  });
  it('at the top of the page with no clause named on screen: no place', () => {
    expect(placeToCarry(null, false, unasked)).toBeUndefined();
    expect(placeToCarry({ id: 'att_1__sec_3', onScreen: false }, false, unasked)).toBeUndefined();
  });
  it('scrolled, but above the first clause: no place', () => {
    expect(placeToCarry(null, true, () => undefined)).toBeUndefined();
  });
});

describe('overlapsViewport', () => {
  it.each([
    ['fully on screen', 100, 300, true],
    ['its tail still showing at the top', -400, 20, true],
    ['its head showing at the bottom', 880, 1500, true],
    ['just scrolled off the top', -400, 0, false],
    ['just below the bottom', 900, 1200, false],
  ])('%s', (_, top, bottom, expected) => {
    expect(overlapsViewport(top, bottom, 900)).toBe(expected);
  });
});

describe('toggleHref', () => {
  const other = 'https://example.org/zh-hant/ndrc-2007-2897/';
  it.each<[string, string, string | undefined, string]>([
    ['adds the place', other, 'att_1__sec_2__point_3', `${other}#att_1__sec_2__point_3`],
    ['replaces the previous place', `${other}#att_1__sec_2__point_3`, 'att_1__sec_3', `${other}#att_1__sec_3`],
    ['drops the fragment, and its "#", when there is no place', `${other}#att_1__sec_3`, undefined, other],
    ['leaves a link without a place as it is', other, undefined, other],
    ['keeps a query string', `${other}?q=1`, 'att_1', `${other}?q=1#att_1`],
  ])('%s', (_, href, id, expected) => {
    expect(toggleHref(href, id)).toBe(expected);
  });
});
