/**
 * Where a Chinese title may break: between words, never inside one (browsers break CJK anywhere, so
 * a title could end a line inside 产业). ICU's word segmenter finds the words at build time; titles
 * get a <wbr> at each boundary and `word-break: keep-all`.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Opening brackets and quotes: a line must not end on one, so no break after them. */
const OPENING = /[\p{Ps}\p{Pi}]$/u;
/** A line must not start with punctuation, so no break before it (wbr would override line-break: strict). */
const STARTS_WITH_PUNCTUATION = /^\p{P}/u;
/**
 * No break before a single Han character: the segmenter splits some words (优|化, 服务|业), and a lone
 * character joined to the word before it mends them and puts 的 where Chinese breaks, after it.
 * After punctuation a line may still break before one (规划，| 优化).
 */
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** Whether a line may break between the run so far and the next segment. */
function mayBreak(before: string, segment: string): boolean {
  if (before === '' || /\s$/u.test(before) || /^\s/u.test(segment)) return false;
  if (OPENING.test(before) || STARTS_WITH_PUNCTUATION.test(segment)) return false;
  return !SINGLE_HAN.test(segment) || /\p{P}$/u.test(before);
}

/**
 * Splits text into runs between which a line may break: between two words (a single Han character
 * joins the run before it), and after closing or separating punctuation (，、）) when a word follows.
 * Joined, the runs are the text unchanged.
 */
export function phrases(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(text)) {
    if (mayBreak(current, segment)) {
      runs.push(current);
      current = segment;
    } else {
      current += segment;
    }
  }
  if (current !== '') runs.push(current);
  return runs;
}
