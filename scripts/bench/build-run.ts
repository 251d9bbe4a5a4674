/** Runs the site's build on a corpus and measures it: wall time, and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** The resident memory of a process and all its descendants, in bytes, read from /proc. */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = fs.readFileSync(`/proc/${name}/status`, 'utf8');
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while it was being read.
    }
  }
  const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + sum(c), 0);
  return sum(root);
}

export interface BuildRun {
  seconds: number;
  peakBytes: number;
  /** When the peak was sampled, in seconds from the start: set beside the milestones, it names the step. */
  peakAt: number;
  log: string;
  /** When each step of the build said it was done: seconds from the start, and its line. */
  milestones: Array<{ at: number; line: string }>;
}

/** The lines that close a step of the build, from prebuild to the last postbuild step. */
const MILESTONES = [
  /^content ok/,
  /Compiled successfully/,
  /Generating static pages .*\(\d+\/\d+\)$/,
  /^strip-runtime:/,
  /^inline-css:/,
  /^search data:/,
  /^open-data:/,
  /^redirects:/,
  /^sitemaps?:/,
  /^deploy:/,
];

/** `npm run build` with CONTENT_DIR set; rejects with the build's log if it fails. */
export function runBuild(contentDirs: readonly string[]): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], {
      env: { ...process.env, CONTENT_DIR: contentDirs.join(':'), NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const milestones: BuildRun['milestones'] = [];
    const read = (chunk: Buffer): void => {
      const text = chunk.toString();
      log += text;
      const at = (performance.now() - started) / 1000;
      for (const line of text.split('\n').map((l) => l.trim()))
        if (MILESTONES.some((pattern) => pattern.test(line))) milestones.push({ at, line });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    let peakBytes = 0;
    let peakAt = 0;
    const sampler = setInterval(() => {
      const bytes = child.pid ? treeMemory(child.pid) : 0;
      if (bytes > peakBytes) [peakBytes, peakAt] = [bytes, (performance.now() - started) / 1000];
    }, 250);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes, peakAt, log, milestones });
      else reject(new Error(`build failed (${code}):\n${log.slice(-3000)}`));
    });
  });
}

/** Bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return { bytes, files };
}
