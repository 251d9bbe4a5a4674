/* eslint-disable @next/next/no-html-link-for-pages -- the 404 document sits outside every root layout, so its links are full page loads by design. (The rule fires or not depending on where the repo is checked out, so a fresh clone failed lint.) */
import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: '页面未找到 · 頁面未找到' };

/** The whole 404 document (valid HTML with its own lang), for any URL the export has no page for. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body>
        <main className="mx-auto max-w-3xl p-4">
          <h1 className="text-2xl font-bold">页面未找到</h1>
          <p>
            <a href="/">返回首页</a>
          </p>
          <div lang="zh-Hant">
            <p>頁面未找到</p>
            <p>
              <a href="/zh-hant/">返回首頁</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
