import { describe, expect, it } from 'vitest';
import { idFromHash } from '../../../../app/_client/reader/url-fragment.ts';

describe('idFromHash', () => {
  it.each<[string, string | null]>([
    ['#att_1__sec_2__point_3', 'att_1__sec_2__point_3'],
    ['#a%20b', 'a b'],
    ['#%E4%B8%80', '一'],
    ['', null], // no fragment
    ['#', null], // an empty fragment names nothing
    ['#%E0', null], // a malformed escape names nothing instead of throwing
  ])('%j → %j', (hash, id) => {
    expect(idFromHash(hash)).toBe(id);
  });
});
