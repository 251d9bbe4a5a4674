/**
 * Where a Chinese title may break: between words, never inside one. Browsers break CJK text between
 * any two characters, so a centred title can end a line in the middle of 产业 (产 / 业集群, seen in
 * screenshots at 320–390 px). ICU's word segmenter (Intl.Segmenter, dictionary-based for Chinese)
 * finds the words at build time; titles are then set with `word-break: keep-all` and a <wbr> at each
 * boundary. Client-safe, but only the build calls it: the browser receives the <wbr>s in the HTML.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Opening brackets and quotes: a line must not end on one, so no break after them. */
const OPENING = /[\p{Ps}\p{Pi}]$/u;
/** A line must not start with punctuation, so no break before it (wbr would override line-break: strict). */
const STARTS_WITH_PUNCTUATION = /^\p{P}/u;
/**
 * No break before a single Han character. The segmenter splits some words a reader sees as one
 * (优|化, 印|发, 服务|业, 生產|性, seen in screenshots) and leaves particles alone (发展|的); joining a
 * lone character to the word before it mends the first and puts 的 where Chinese breaks, after it.
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
