/** Declared moves resolved against the clauses a build has: chains, loops, and moves that cannot be honoured. */
import { describe, expect, it } from 'vitest';
import { aliasesByTarget, resolveMoves, withDescendants } from '../../../../lib/build/urls/moves.ts';

const IDS = new Set([
  'att_1',
  'att_1__sec_2',
  'att_1__sec_2__point_1',
  'att_1__sec_2__point_2',
  'att_1__sec_2__point_2__para_1',
]);

describe('resolveMoves', () => {
  it('keeps a move to a clause the document has', () => {
    const { resolved, problems } = resolveMoves({ att_1__sec_2__point_3: 'att_1__sec_2__point_2' }, IDS);
    expect([...resolved]).toEqual([['att_1__sec_2__point_3', 'att_1__sec_2__point_2']]);
    expect(problems).toEqual([]);
  });

  it('follows a chain to its end, so the redirect is one hop (a → b → c gives a → c, never a → b)', () => {
    const { resolved } = resolveMoves(
      { att_1__sec_2__point_4: 'att_1__sec_2__point_3', att_1__sec_2__point_3: 'att_1__sec_2__point_2' },
      IDS,
    );
    expect(resolved.get('att_1__sec_2__point_4')).toBe('att_1__sec_2__point_2');
    expect(resolved.get('att_1__sec_2__point_3')).toBe('att_1__sec_2__point_2');
  });

  it.each([
    [
      'a move to an id the document does not have',
      { att_1__sec_2__point_3: 'att_1__sec_2__point_9' },
      [{ kind: 'missing-target', from: 'att_1__sec_2__point_3', target: 'att_1__sec_2__point_9' }],
    ],
    [
      'a chain whose end is missing',
      { att_1__sec_2__point_4: 'att_1__sec_2__point_3', att_1__sec_2__point_3: 'att_1__sec_2__point_9' },
      [
        { kind: 'missing-target', from: 'att_1__sec_2__point_4', target: 'att_1__sec_2__point_9' },
        { kind: 'missing-target', from: 'att_1__sec_2__point_3', target: 'att_1__sec_2__point_9' },
      ],
    ],
    [
      'a move of an id that is still a clause (its alias would be a second element with that id)',
      { att_1__sec_2__point_2: 'att_1__sec_2__point_1' },
      [{ kind: 'still-there', from: 'att_1__sec_2__point_2' }],
    ],
    [
      'a loop',
      { att_1__sec_2__point_3: 'att_1__sec_2__point_4', att_1__sec_2__point_4: 'att_1__sec_2__point_3' },
      [
        {
          kind: 'cycle',
          from: 'att_1__sec_2__point_3',
          chain: ['att_1__sec_2__point_3', 'att_1__sec_2__point_4', 'att_1__sec_2__point_3'],
        },
        {
          kind: 'cycle',
          from: 'att_1__sec_2__point_4',
          chain: ['att_1__sec_2__point_4', 'att_1__sec_2__point_3', 'att_1__sec_2__point_4'],
        },
      ],
    ],
  ])('does not resolve %s', (_name, moved, problems) => {
    const result = resolveMoves(moved, IDS);
    expect(result.problems).toEqual(problems);
    expect([...result.resolved]).toEqual([]);
  });
});

describe('withDescendants', () => {
  it('moves what a moved clause holds along with it, but never over a clause or a declared move', () => {
    const resolved = new Map([['att_1__sec_2__point_3', 'att_1__sec_2__point_2']]);
    expect([...withDescendants(resolved, IDS)]).toEqual([
      ['att_1__sec_2__point_3', 'att_1__sec_2__point_2'],
      ['att_1__sec_2__point_3__para_1', 'att_1__sec_2__point_2__para_1'],
    ]);
    const declared = new Map([
      ['att_1__sec_2__point_3', 'att_1__sec_2__point_2'],
      ['att_1__sec_2__point_3__para_1', 'att_1__sec_2__point_1'],
    ]);
    expect(withDescendants(declared, IDS).get('att_1__sec_2__point_3__para_1')).toBe('att_1__sec_2__point_1');
    // The old part 二、's items are still clauses of the new 二、: nothing to alias.
    expect([...withDescendants(new Map([['att_1__sec_3', 'att_1__sec_2']]), IDS)]).toEqual([
      ['att_1__sec_3', 'att_1__sec_2'],
      ['att_1__sec_3__point_1', 'att_1__sec_2__point_1'],
      ['att_1__sec_3__point_2', 'att_1__sec_2__point_2'],
      ['att_1__sec_3__point_2__para_1', 'att_1__sec_2__point_2__para_1'],
    ]);
  });
});

describe('aliasesByTarget', () => {
  it('lists each clause’s old ids', () => {
    const resolved = new Map([
      ['att_1__sec_2__point_4', 'att_1__sec_2__point_2'],
      ['att_1__sec_2__point_3', 'att_1__sec_2__point_2'],
    ]);
    expect(aliasesByTarget(resolved)).toEqual({
      att_1__sec_2__point_2: ['att_1__sec_2__point_4', 'att_1__sec_2__point_3'],
    });
  });
});
