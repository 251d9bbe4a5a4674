/**
 * 下载 / 下載: the document's open data, linked from its page. Each link names the saved file (the
 * download attribute) and its media type; the files themselves are written after the build
 * (scripts/open-data.ts). Words per script by hand, as in lib/shared/ui/strings.ts.
 */
import {
  DATA_PATHS,
  DOWNLOAD_FORMATS,
  DOWNLOADS,
  downloadFileName,
  downloadPath,
  FEED_TYPE,
  feedPath,
  type DownloadFormat,
} from '@/lib/shared/open-data';
import type { Script } from '@/lib/shared/types';

const TEXT: Record<
  Script,
  { heading: string; formats: Record<DownloadFormat, { name: string; what: string }>; feed: string; index: string }
> = {
  'zh-hans': {
    heading: '下载',
    formats: {
      akn: { name: 'Akoma Ntoso XML', what: '国际通用的法律文本格式（OASIS LegalDocML），条款编号与网页一致' },
      json: { name: 'JSON', what: '文件信息和全部条款，附每一条款的引用' },
      text: { name: '纯文本', what: '简体全文' },
      markdown: { name: 'Markdown 源文件', what: '本站收录的原始文本（简体原文）' },
    },
    feed: 'Atom 订阅（新发布的文件）',
    index: '全部文件目录（JSON）',
  },
  'zh-hant': {
    heading: '下載',
    formats: {
      akn: { name: 'Akoma Ntoso XML', what: '國際通用的法律文本格式（OASIS LegalDocML），條款編號與網頁一致' },
      json: { name: 'JSON', what: '文件資訊和全部條款，附每一條款的引用' },
      text: { name: '純文字', what: '繁體全文' },
      markdown: { name: 'Markdown 源文件', what: '本站收錄的原始文本（簡體原文）' },
    },
    feed: 'Atom 訂閱（新發布的文件）',
    index: '全部文件目錄（JSON）',
  },
};

export function Downloads({ script, docId }: { script: Script; docId: string }) {
  const text = TEXT[script];
  return (
    <section id="downloads" className="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{text.heading}</h2>
      <ul>
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={downloadPath(script, docId, format)}
              download={downloadFileName(script, docId, format)}
              type={DOWNLOADS[format].type}
            >
              {text.formats[format].name}
            </a>
            <span className="downloads-what">{text.formats[format].what}</span>
          </li>
        ))}
      </ul>
      <p className="downloads-more">
        <a href={feedPath(script)} type={FEED_TYPE}>
          {text.feed}
        </a>
        <a href={DATA_PATHS.index} type="application/json">
          {text.index}
        </a>
      </p>
    </section>
  );
}
