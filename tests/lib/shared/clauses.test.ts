/** Labels and walks over a clause list (lib/shared/clauses.ts). */
import { describe, expect, it } from 'vitest';
import { ancestors, numberedHeading } from '../../../lib/shared/clauses.ts';

describe('numberLabel and numberedHeading', () => {
  it.each([
    [
      'att',
      '附件',
      '国家发展改革委关于促进产业集群发展的若干意见',
      '附件：国家发展改革委关于促进产业集群发展的若干意见',
    ],
    ['att', '附件2', '示例', '附件2：示例'],
    ['sec', '一、', '我国产业集群发展现状与存在问题', '一、我国产业集群发展现状与存在问题'],
    ['point', '（三）', '壮大龙头企业', '（三）壮大龙头企业'],
    ['chp', '第一章', '总则', '第一章　总则'],
    ['section', '第二节', '申报', '第二节　申报'],
    ['art', '第十二条', '', '第十二条'],
    ['para', '', '正文', '正文'],
    ['att', '附件', '', '附件'],
  ] as const)('%s %s + %s → %s', (kind, num, heading, expected) => {
    expect(numberedHeading({ kind, num, heading })).toBe(expected);
  });
});

describe('ancestors', () => {
  const list = [
    { id: 'att_1', parent: null },
    { id: 'att_1__sec_2', parent: 'att_1' },
    { id: 'att_1__sec_2__point_3', parent: 'att_1__sec_2' },
  ];

  it('lists the enclosing clauses outermost first, without the clause itself', () => {
    expect(ancestors(list, 'att_1__sec_2__point_3').map((c) => c.id)).toEqual(['att_1', 'att_1__sec_2']);
    expect(ancestors(list, 'att_1')).toEqual([]);
  });

  it('throws on an unknown id, a missing parent and a cycle', () => {
    expect(() => ancestors(list, 'att_9')).toThrow(/no clause "att_9"/);
    expect(() => ancestors([{ id: 'a', parent: 'b' }], 'a')).toThrow(/parent "b" of "a" is not in the list/);
    const cycle = [
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ];
    expect(() => ancestors(cycle, 'a')).toThrow(/cycle/);
  });
});
