/**
 * Test helper: a notice whose own body has parts (## 一、) and items (### （一）), the shape the
 * structure tests (tests/lib/remark-structure.test.ts) and the citation tests both render. With
 * `annex`, the body ends with a 附件： line and the notice carries one :::attachment.
 */
export function noticeWithBodyParts({
  title,
  docNumber,
  annex,
}: {
  title: string;
  docNumber: string;
  annex: boolean;
}): string {
  const reference = annex ? '\n附件：[示例意见](#att_1)\n' : '';
  const attachment = annex ? '\n:::attachment\n附件：\n\n# 示例意见\n\n## 一、总则\n\n正文。\n:::\n' : '';
  return `:::preface
${docNumber}

# ${title}
:::

:::preamble
各单位：
:::

为做好示例工作，现通知如下：

## 一、总体要求

第一段。

第二段。

## 二、主要任务

引言。

### （一）第一项。

内容一。

### （二）第二项。

内容二。
${reference}
:::conclusions
示例机关
:::
${attachment}`;
}
