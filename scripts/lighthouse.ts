/**
 * `npm run lighthouse`: Lighthouse (12.2.3, mobile, simulated throttling) against the served export.
 * Runs each page RUNS times, prints the median of every figure, and writes the JSON reports to
 * reports/lighthouse/. Pages: the first document in both scripts, the first clause page (if any), and
 * the plain-HTML floor: a one-file page of the same document's text with no CSS or script, generated
 * here and served by the same server, so the document page is measured against the fastest page its
 * text could be. Needs a build in out/ (`npm run build`). Honours CHROME_PATH (default /usr/bin/chromium),
 * LIGHTHOUSE_RUNS (default 3), LIGHTHOUSE_SERVER (nginx, the default, or express for `npm start`'s) and
 * LIGHTHOUSE_OUT (serve another export folder, for A/B experiments) and LIGHTHOUSE_PAGES (comma-separated
 * label prefixes, e.g. "document zh-hans,plain-HTML", to measure only those pages).
 *
 * Simulated throttling scales the CPU time it observes, so a busy machine inflates TBT and LCP:
 * the load average is printed with the results so figures from different runs can be compared.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { sitePages } from '../tests/e2e/site-pages.ts';
import { precompress } from './deploy/precompress.ts';
import { floorPage } from './lighthouse-floor.ts';
import { listen } from './serve.ts';
import { startNginx } from './serve-nginx.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SERVER = process.env.LIGHTHOUSE_SERVER === 'express' ? 'express' : 'nginx';
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

type Figures = Record<
  'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcp' | 'tbt' | 'cls' | 'fcp',
  number
>;

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

/** One Lighthouse run; a run that fails (Chrome sometimes loses the trace on a busy machine) is tried once more. */
async function runLighthouse(url: string, outputPath: string, retry = true): Promise<Report> {
  try {
    return await runLighthouseOnce(url, outputPath);
  } catch (error) {
    if (!retry) throw error;
    console.log(`  retrying ${url}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return runLighthouse(url, outputPath, false);
  }
}

async function runLighthouseOnce(url: string, outputPath: string): Promise<Report> {
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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves `root` with the chosen server on a free port. */
async function serve(root: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  if (SERVER === 'nginx') {
    const { stop } = await startNginx(root, port);
    return { origin: `http://localhost:${port}`, stop };
  }
  const server = await listen(port, root);
  return { origin: `http://localhost:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Target {
  label: string;
  urlPath: string;
  /** The export folder it is served from. */
  root: string;
}

/** The pages to measure: documents, a clause page, and the floor written into REPORT_DIR/floor/. */
function targets(): Target[] {
  const pages = sitePages(OUT);
  const list: Target[] = [];
  for (const script of ['zh-hans', 'zh-hant'] as const) {
    const doc = pages.find((page) => page.kind === 'document' && page.script === script);
    if (doc) list.push({ label: `document ${script}`, urlPath: doc.urlPath, root: OUT });
  }
  const clause = pages.find((page) => page.kind === 'clause');
  if (clause) list.push({ label: `clause ${clause.script ?? ''}`, urlPath: clause.urlPath, root: OUT });
  const doc = pages.find((page) => page.kind === 'document');
  if (doc) {
    const floor = path.join(REPORT_DIR, 'floor');
    fs.rmSync(floor, { recursive: true, force: true });
    fs.mkdirSync(floor, { recursive: true });
    fs.writeFileSync(path.join(floor, 'index.html'), floorPage(fs.readFileSync(doc.file, 'utf8')));
    fs.copyFileSync(path.join(OUT, 'icon.svg'), path.join(floor, 'icon.svg'));
    precompress(floor);
    list.push({ label: `plain-HTML floor of ${doc.urlPath}`, urlPath: '/', root: floor });
  }
  return list;
}

/** Prints the audits that cost a non-performance category points, so a score under 100 says why. */
function printFailingAudits(report: Report): void {
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score !== undefined && audit.score < 1)
        console.log(`    ${category} audit failing: ${ref.id} (${audit.title})`);
    }
  }
}

interface Row extends Target {
  median: Figures;
  version: string;
}

function medianFigures(runs: Figures[]): Figures {
  const of = (key: keyof Figures) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
    fcp: of('fcp'),
  };
}

/**
 * Runs every target RUNS times, taking the targets in turn within each round rather than one after
 * another, so a change in the machine's load falls on the pages and the floor alike.
 */
async function measureAll(list: Target[], origins: Map<string, string>): Promise<Row[]> {
  const runs = new Map<Target, { figures: Figures[]; version: string }>(
    list.map((t) => [t, { figures: [], version: '' }]),
  );
  for (let i = 1; i <= RUNS; i++) {
    for (const target of list) {
      const slug = target.label.replace(/[^a-z0-9-]+/gi, '_');
      const url = `${origins.get(target.root) ?? ''}${target.urlPath}`;
      const report = await runLighthouse(url, path.join(REPORT_DIR, `${slug}-${i}.json`));
      const entry = runs.get(target);
      entry?.figures.push(figures(report));
      if (entry) entry.version = report.lighthouseVersion;
      console.log(`  ${target.label} run ${i}/${RUNS}: performance ${figures(report).performance}`);
      if (i === 1) printFailingAudits(report);
    }
  }
  return list.map((target) => ({
    ...target,
    version: runs.get(target)?.version ?? '',
    median: medianFigures(runs.get(target)?.figures ?? []),
  }));
}

function printTable(rows: Row[], loadBefore: number): void {
  const mark = (key: keyof Figures, value: number) => (TARGETS[key] && !TARGETS[key](value) ? ' ✗' : '');
  console.log(
    `\nLighthouse ${rows[0]?.version ?? '?'}, mobile (simulated throttling), median of ${RUNS} runs, served by ${SERVER}; ✗ = misses the target`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, 1-min load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after`,
  );
  console.log('page                                          perf  a11y  best-pr  SEO   LCP      TBT     CLS     FCP');
  for (const { label, median: m } of rows) {
    console.log(
      [
        label.padEnd(44),
        `${m.performance}${mark('performance', m.performance)}`.padStart(5),
        `${m.accessibility}${mark('accessibility', m.accessibility)}`.padStart(5),
        `${m.bestPractices}${mark('bestPractices', m.bestPractices)}`.padStart(8),
        `${m.seo}${mark('seo', m.seo)}`.padStart(5),
        `${Math.round(m.lcp)} ms${mark('lcp', m.lcp)}`.padStart(8),
        `${Math.round(m.tbt)} ms${mark('tbt', m.tbt)}`.padStart(8),
        `${m.cls.toFixed(3)}${mark('cls', m.cls)}`.padStart(7),
        `${Math.round(m.fcp)} ms`.padStart(8),
      ].join(' '),
    );
  }
  const floor = rows.find((row) => row.label.startsWith('plain-HTML floor'));
  for (const row of rows.filter((r) => r.label.startsWith('document') && floor)) {
    const over = (row.median.lcp / (floor?.median.lcp ?? Number.NaN) - 1) * 100;
    console.log(`${row.label}: LCP ${over >= 0 ? '+' : ''}${over.toFixed(1)}% against the floor (target: within 10%)`);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error(`no export in ${OUT}: run \`npm run build\` first`);
    process.exit(1);
  }
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const only = process.env.LIGHTHOUSE_PAGES?.split(',').map((prefix) => prefix.trim());
  const list = targets().filter((target) => !only || only.some((prefix) => target.label.startsWith(prefix)));
  const loadBefore = os.loadavg()[0] ?? 0;
  // One server per folder, all up at once, so the floor and the pages are served alike and side by side.
  const servers = new Map<string, { origin: string; stop: () => Promise<void> }>();
  let rows: Row[] = [];
  try {
    for (const root of new Set(list.map((target) => target.root))) servers.set(root, await serve(root));
    const origins = new Map([...servers].map(([root, server]) => [root, server.origin]));
    rows = await measureAll(list, origins);
  } finally {
    for (const server of servers.values()) await server.stop();
  }
  printTable(rows, loadBefore);
  console.log(
    `targets: performance ≥ 99; accessibility, best practices, SEO 100; LCP ≤ 1.2 s; TBT ≤ 50 ms; CLS 0. Reports: ${path.relative(process.cwd(), REPORT_DIR)}/`,
  );
}

await main();
