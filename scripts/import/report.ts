/** The import's report as the command prints it: script, furniture dropped, and every unplaced line with its line number. */
import type { ImportResult } from './page.ts';

/** 1, 3, 4, 5, 9 → 1, 3–5, 9. */
export function lineRanges(numbers: readonly number[]): string {
  const ranges: Array<[number, number]> = [];
  for (const n of numbers) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}

/** Lines for stderr: one per unplaced line as file:line (so editors jump to it), then the notes. */
export function reportLines(file: string, result: ImportResult): string[] {
  const { script, traditional, simplified } = result.script;
  const scriptName = script === 'zh-hant' ? 'traditional, converted to simplified' : 'simplified';
  return [
    `${file}: ${scriptName} (${traditional} traditional-only and ${simplified} simplified-only characters)`,
    `${file}: dropped as the site's furniture: lines ${lineRanges(result.furniture.map((line) => line.line)) || 'none'}`,
    ...result.unplaced.map((u) => `${file}:${u.line}: not placed (${u.why}); kept as a paragraph: ${u.text}`),
    ...result.notes.map((note) => `${file}: note: ${note}`),
    `${file}: ${result.unplaced.length === 0 ? 'every line placed' : `${result.unplaced.length} line(s) not placed`}`,
  ];
}
