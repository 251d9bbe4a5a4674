/**
 * Tables: a browser copies an HTML table as one line per row with its cells separated by tabs; the
 * content file writes it as a GFM table, with the caption line (表1　…) printed above it, if any.
 */
import { escapeText } from './markdown.ts';

/** 表1　…, 附表2：…, 表：… as the pipeline reads a caption (lib/build/pipeline/remark-structure/tables.ts). */
const CAPTION = /^((?:附表|表)[0-9一二三四五六七八九十]*)(?:[\s　]+|(?=[：:]))/;

export const isRow = (text: string): boolean => text.includes('\t');

export const isCaption = (text: string): boolean => CAPTION.test(text);

/** A caption with the issued spacing: 表1 园区名单 → 表1　园区名单. */
export function captionText(text: string): string {
  const match = CAPTION.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return /^[：:]/.test(rest) ? `${match[1] ?? ''}${rest}` : `${match[1] ?? ''}\u3000${rest}`;
}

const cell = (text: string): string => escapeText(text).replace(/\|/g, '\\|');

/**
 * The GFM table of tab-separated rows, the first being its header. Every row gets as many cells as
 * the widest, since GFM drops the cells of a row beyond its header's.
 */
export function gfmTable(rows: readonly string[]): string {
  const cells = rows.map((row) => row.split('\t').map(cell));
  const width = Math.max(...cells.map((row) => row.length));
  const line = (row: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const [header = [], ...body] = cells;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}
