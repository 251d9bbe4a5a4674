/**
 * Page furniture: what a portal prints around a document (site header, navigation, breadcrumbs, the
 * date line, share and print widgets, related links, footer). It is recognised by pattern, never by
 * position alone, so a line of the document is not taken for it.
 */

/**
 * Lines that open the footer. Only searched for after the 落款, and only as short lines of their own,
 * since a document's sentences may contain these words.
 */
const FOOTER_START =
  /^(?:·\s*)?(?:相关链[接结]|相关文件|相关新闻|相关稿件|相关阅读|相关解读|政策解读|图片图表|栏目推荐|扫一扫在手机(?:上)?打开当前页|【?打印本页】?|【?关闭窗口】?|【打印】|【关闭】|返回顶部|网站地图|版权所有|主办单位|主办[：:])/;

/** Widgets a portal prints between a document's title and its text. */
const WIDGETS: readonly RegExp[] = [
  /^(?:发布时间|发布日期|发布机构|信息来源|来源|浏览次数|访问量|作者|编辑)[：:]/,
  /【?字[体号][：:]?\s*【?[大中小]/,
  /^(?:【[^】]{1,8}】[\s　]*)+$/,
  /^(?:打印|关闭|收藏|分享到?|纠错)(?:[\s　：:]|$)/,
  /^扫一扫/,
  /^(?:当前位置|您(?:现在)?的位置)/,
  // The date line: 中央政府门户网站 www.gov.cn 2007年12月05日 来源：发展改革委网站, 2024-03-05 10:30 来源：…
  /\d{4}[-年]\d{1,2}[-月]\d{1,2}日?.{0,40}来源[：:]/,
];

export const isFooterStart = (text: string): boolean => text.length <= 60 && FOOTER_START.test(text);

export const isWidget = (text: string): boolean => text.length <= 120 && WIDGETS.some((widget) => widget.test(text));

/** The index of the first footer line at or after `from`, or the end of the page. */
export function footerStart(texts: readonly string[], from: number): number {
  const at = texts.findIndex((text, i) => i >= from && isFooterStart(text));
  return at === -1 ? texts.length : at;
}
