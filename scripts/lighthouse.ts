/**
 * `npm run lighthouse`: Lighthouse (12.2.3, mobile, simulated throttling) against the served export.
 * Runs each page RUNS times, prints the median of every figure, and writes the JSON reports to
 * reports/lighthouse/. Pages: the first document in both scripts and the first clause page (if any).
 * Needs a build in out/ (`npm run build`). Honours CHROME_PATH (default /usr/bin/chromium),
 * LIGHTHOUSE_RUNS (default 3) and LIGHTHOUSE_OUT (serve another export folder, for A/B experiments).
 *
 * Simulated throttling scales the CPU time it observes, so a busy machine inflates TBT and LCP:
 * the load average is printed with the results so figures from different runs can be compared.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { sitePages } from '../tests/e2e/site-pages.ts';
import { listen } from './serve.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const OUT = path.resolve(process.env.LIGHTHOUSE_OUT ?? 'out');
const REPORT_DIR = path.join(
  process.cwd(),
  'reports',
  process.env.LIGHTHOUSE_OUT ? `lighthouse-${path.basename(OUT)}` : 'lighthouse',
);
const LIGHTHOUSE_BIN = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

/** The parts of a Lighthouse JSON report this script reads. */
const Report = z.object({
  lighthouseVersion: z.string(),
  categories: z.record(
    z.string(),
    z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })) }),
  ),
  audits: z.record(
    z.string(),
    z.object({ numericValue: z.number().optional(), score: z.number().nullable().optional(), title: z.string() }),
  ),
});
type Report = z.infer<typeof Report>;

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
};

/** Targets from the quality issue: the row is marked when the median misses one. */
const TARGETS: { [K in keyof Figures]?: (value: number) => boolean } = {
  performance: (v) => v >= 99,
  accessibility: (v) => v === 100,
  bestPractices: (v) => v === 100,
  seo: (v) => v === 100,
  lcp: (v) => v <= 1200,
  tbt: (v) => v <= 50,
  cls: (v) => v === 0,
};

function figures(report: Report): Figures {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcp: metric('first-contentful-paint'),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function runLighthouse(url: string, outputPath: string): Promise<Report> {
  await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE_BIN, url, '--output=json', `--output-path=${outputPath}`, `--chrome-flags=${CHROME_FLAGS}`, '--quiet'],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return Report.parse(JSON.parse(fs.readFileSync(outputPath, 'utf8')));
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error(`no export in ${OUT}: run \`npm run build\` first`);
    process.exit(1);
  }
  const pages = sitePages(OUT);
  const targets: { label: string; urlPath: string }[] = [];
  for (const script of ['zh-hans', 'zh-hant'] as const) {
    const doc = pages.find((page) => page.kind === 'document' && page.script === script);
    if (doc) targets.push({ label: `document ${script}`, urlPath: doc.urlPath });
  }
  const clause = pages.find((page) => page.kind === 'clause');
  if (clause) targets.push({ label: `clause ${clause.script ?? ''}`, urlPath: clause.urlPath });
  else console.log('note: no clause page in out/ yet; skipping the clause-page run');

  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const loadBefore = os.loadavg()[0] ?? 0;
  const server = await listen(Number(process.env.PORT ?? 0), OUT);
  const { port } = z.object({ port: z.number() }).parse(server.address());
  const origin = `http://localhost:${port}`;

  const rows: { label: string; urlPath: string; median: Figures; runs: Figures[]; version: string }[] = [];
  try {
    for (const target of targets) {
      const runs: Figures[] = [];
      let version = '';
      for (let i = 1; i <= RUNS; i++) {
        const slug = target.urlPath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
        const report = await runLighthouse(`${origin}${target.urlPath}`, path.join(REPORT_DIR, `${slug}-${i}.json`));
        version = report.lighthouseVersion;
        runs.push(figures(report));
        process.stdout.write(`  ${target.urlPath} run ${i}/${RUNS}: performance ${runs.at(-1)?.performance}\n`);
        // Non-performance findings from the first run, so a score under 100 says why.
        if (i === 1) {
          for (const category of ['accessibility', 'best-practices', 'seo']) {
            for (const ref of report.categories[category]?.auditRefs ?? []) {
              const audit = report.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score !== undefined && audit.score < 1)
                console.log(`    ${category} audit failing: ${ref.id} (${audit.title})`);
            }
          }
        }
      }
      const of = (key: keyof Figures) => median(runs.map((run) => run[key]));
      const med: Figures = {
        performance: of('performance'),
        accessibility: of('accessibility'),
        bestPractices: of('bestPractices'),
        seo: of('seo'),
        lcp: of('lcp'),
        tbt: of('tbt'),
        cls: of('cls'),
        fcp: of('fcp'),
      };
      rows.push({ ...target, runs, version, median: med });
    }
  } finally {
    server.close();
  }

  const mark = (key: keyof Figures, value: number) => (TARGETS[key] && !TARGETS[key](value) ? ' ✗' : '');
  console.log(
    `\nLighthouse ${rows[0]?.version ?? '?'}, mobile (simulated throttling), median of ${RUNS} runs, ${path.relative(process.cwd(), OUT) || OUT}; ✗ = misses the target`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, 1-min load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after`,
  );
  console.log('page                              perf  a11y  best-pr  SEO   LCP      TBT     CLS     FCP');
  for (const { urlPath, median: m } of rows) {
    console.log(
      [
        urlPath.padEnd(32),
        `${m.performance}${mark('performance', m.performance)}`.padStart(5),
        `${m.accessibility}${mark('accessibility', m.accessibility)}`.padStart(5),
        `${m.bestPractices}${mark('bestPractices', m.bestPractices)}`.padStart(8),
        `${m.seo}${mark('seo', m.seo)}`.padStart(5),
        `${(m.lcp / 1000).toFixed(2)} s${mark('lcp', m.lcp)}`.padStart(8),
        `${Math.round(m.tbt)} ms${mark('tbt', m.tbt)}`.padStart(8),
        `${m.cls.toFixed(3)}${mark('cls', m.cls)}`.padStart(7),
        `${(m.fcp / 1000).toFixed(2)} s`.padStart(8),
      ].join(' '),
    );
  }
  console.log(
    `targets: performance ≥ 99; accessibility, best practices, SEO 100; LCP ≤ 1.2 s; TBT ≤ 50 ms; CLS 0. Reports: ${path.relative(process.cwd(), REPORT_DIR)}/`,
  );
}

await main();
