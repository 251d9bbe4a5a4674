/**
 * The numbered levels a body can hold, as data: what opens each (a heading or a paragraph), how its
 * number reads, where it may sit, where its numbering restarts and which eId element it becomes.
 * A notice numbers 一、 parts and （一） items; a regulation 编、章、节、条, with 款 (paragraphs),
 * 项 （一） and 目 1． inside its articles (the 立法法's hierarchy).
 */
import type { ClauseKind } from '../../../shared/types.ts';
import { formatChineseNumeral } from '../../../shared/chinese-numerals.ts';

export type LevelName =
  'book' | 'chapter' | 'section' | 'part' | 'item' | 'article' | 'paragraph' | 'point' | 'subpoint';
export type Style = 'notice' | 'regulation';

/** A Chinese numeral as numbering writes it (一 … 九千九百九十九). */
const CN = '[零一二三四五六七八九十百千]+';

export interface Level {
  name: LevelName;
  kind: ClauseKind;
  /** The AKN element abbreviation in its eId. */
  eId: string;
  opener: 'heading' | 'paragraph' | 'implicit';
  /** Reads the number at the start of the opener's text: group 1 is the numeral. */
  pattern: RegExp;
  /** Parses group 1: Chinese for most levels, Arabic for 目. */
  arabic: boolean;
  format: (value: number) => string;
  /** The levels it may sit directly inside ('root': the notice body or an attachment). */
  parents: ReadonlyArray<LevelName | 'root'>;
  /** Articles number continuously through the whole body; every other level restarts in its parent. */
  scope: 'parent' | 'root';
  style: Style | 'both';
  /** How messages name the level. */
  noun: string;
}

const cn = (prefix: string, suffix: string) => (value: number) => `${prefix}${formatChineseNumeral(value)}${suffix}`;

export const LEVELS: Record<LevelName, Level> = {
  book: {
    name: 'book',
    kind: 'book',
    eId: 'book',
    opener: 'heading',
    pattern: new RegExp(`^第(${CN})编`),
    arabic: false,
    format: cn('第', '编'),
    parents: ['root'],
    scope: 'parent',
    style: 'regulation',
    noun: '编 (book)',
  },
  chapter: {
    name: 'chapter',
    kind: 'chp',
    eId: 'chp',
    opener: 'heading',
    pattern: new RegExp(`^第(${CN})章`),
    arabic: false,
    format: cn('第', '章'),
    parents: ['root', 'book'],
    scope: 'parent',
    style: 'regulation',
    noun: '章 (chapter)',
  },
  section: {
    name: 'section',
    kind: 'section',
    eId: 'sec',
    opener: 'heading',
    pattern: new RegExp(`^第(${CN})节`),
    arabic: false,
    format: cn('第', '节'),
    parents: ['chapter'],
    scope: 'parent',
    style: 'regulation',
    noun: '节 (section)',
  },
  part: {
    name: 'part',
    kind: 'sec',
    eId: 'sec',
    opener: 'heading',
    pattern: new RegExp(`^(${CN})、`),
    arabic: false,
    format: cn('', '、'),
    parents: ['root'],
    scope: 'parent',
    style: 'notice',
    noun: 'part',
  },
  item: {
    name: 'item',
    kind: 'point',
    eId: 'point',
    opener: 'heading',
    pattern: new RegExp(`^（(${CN})）`),
    arabic: false,
    format: cn('（', '）'),
    parents: ['part'],
    scope: 'parent',
    style: 'notice',
    noun: 'item',
  },
  article: {
    name: 'article',
    kind: 'art',
    eId: 'art',
    opener: 'paragraph',
    pattern: new RegExp(`^第(${CN})条(?=[\\s　]|$)`),
    arabic: false,
    format: cn('第', '条'),
    parents: ['root', 'book', 'chapter', 'section'],
    scope: 'root',
    style: 'regulation',
    noun: '条 (article)',
  },
  paragraph: {
    name: 'paragraph',
    kind: 'para',
    eId: 'para',
    opener: 'implicit',
    pattern: /$^/,
    arabic: false,
    format: cn('第', '款'),
    parents: ['article'],
    scope: 'parent',
    style: 'regulation',
    noun: '款 (paragraph)',
  },
  point: {
    name: 'point',
    kind: 'point',
    eId: 'point',
    opener: 'paragraph',
    pattern: new RegExp(`^（(${CN})）`),
    arabic: false,
    format: cn('（', '）'),
    parents: ['paragraph'],
    scope: 'parent',
    style: 'regulation',
    noun: '项 (point)',
  },
  subpoint: {
    name: 'subpoint',
    kind: 'subpoint',
    eId: 'point',
    opener: 'paragraph',
    pattern: /^(\d+)[．.]/,
    arabic: true,
    format: (value) => `${value}．`,
    parents: ['point', 'item'],
    scope: 'parent',
    style: 'both',
    noun: '目 (sub-item)',
  },
};

/** Heading levels, tried in this order against a heading's text. */
export const HEADING_LEVELS: readonly Level[] = [LEVELS.book, LEVELS.chapter, LEVELS.section, LEVELS.part, LEVELS.item];
