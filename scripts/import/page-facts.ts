/**
 * What the page says about the document without being part of it: when the site published it, and
 * which site it is. Both are read from the furniture (header, date line, footer).
 */
import { publishedDate } from './dates.ts';
import type { Line } from './types.ts';

/** Site names as portals print them in their header: 中央政府门户网站, 示例市人民政府门户网站, 中国政府网. */
const SITE_NAME = /(\S*?(?:门户网站|政府网))(?=[\s　|｜]|$)/;
/** Where a page names no site: the portals the importer knows, by host. */
const KNOWN_SITES: Readonly<Record<string, string>> = {
  'www.gov.cn': '中国政府网',
  'www.ndrc.gov.cn': '国家发展和改革委员会',
};

/** The first publication date stated in the furniture (发布时间：…, a gov.cn date line). */
export function publicationDate(furniture: readonly Line[]): string | undefined {
  for (const line of furniture) {
    const date = publishedDate(line.text);
    if (date) return date;
  }
  return undefined;
}

/**
 * The site that published the page: the name it prints in its header (a 来源：… is where the text came
 * from, not the site), else the known portal of its address, else undefined.
 */
export function publisher(furniture: readonly Line[], url: string): string | undefined {
  for (const line of furniture) {
    const name = SITE_NAME.exec(line.text.replace(/来源[：:]\S*/g, ''));
    if (name?.[1]) return name[1];
  }
  const host = URL.canParse(url) ? new URL(url).hostname.replace(/^big5\./, '') : '';
  return KNOWN_SITES[host];
}
