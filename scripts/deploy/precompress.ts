/**
 * Writes a .br and a .gz beside every text file of the export, compressed once at the highest levels,
 * so servers send them without compressing per request (nginx: brotli_static and gzip_static;
 * scripts/serve.ts the same). A sibling is kept only when it is smaller than the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { HOST_FILES, IMMUTABLE_PREFIXES, TEXT_EXTENSIONS } from './headers.ts';

export const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

/**
 * Brotli's best level for the fingerprinted assets, which every visitor fetches and which are few; a
 * fast level for pages and data, which are many: at 1,000 documents the export holds about a gigabyte
 * of text, which level 11 compresses at 0.1–0.3 MB/s on this machine against 5–6 MB/s at level 5, for
 * files about 9% larger (README, Performance).
 */
const BROTLI_QUALITY = { best: zlib.constants.BROTLI_MAX_QUALITY, fast: 5 } as const;

/**
 * The body a page may have and still arrive in TCP's first window (10 segments of 1,460 bytes) with
 * its status line and headers, about 1 KB with the CSP. A page whose fast brotli lands just above it
 * is compressed again at the best level, about 8% smaller, which brings it inside: one round trip to
 * the text instead of two. Only such pages pay the best level's time (README, Performance).
 */
export const FIRST_WINDOW_BODY = 10 * 1460 - 1000;
const WORTH_RETRYING = 1.12;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function compress(data: Buffer, encoding: Encoding, quality: number): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(data, { level: 9 });
  return brotli(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** `compress`, again at brotli's best level for a page just too big for the first window (FIRST_WINDOW_BODY). */
async function compressPage(file: string, data: Buffer, encoding: Encoding, quality: number): Promise<Buffer> {
  const packed = await compress(data, encoding, quality);
  const nearWindow = packed.length > FIRST_WINDOW_BODY && packed.length <= FIRST_WINDOW_BODY * WORTH_RETRYING;
  if (encoding !== 'br' || quality === BROTLI_QUALITY.best || !file.endsWith('.html') || !nearWindow) return packed;
  return compress(data, encoding, BROTLI_QUALITY.best);
}

export function isCompressible(file: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase();
  return TEXT_EXTENSIONS.some((text) => text === extension);
}

interface Totals {
  files: number;
  bytes: number;
  br: number;
  gzip: number;
}

/** Writes one file's siblings (each only when smaller than the file), adding their sizes to `total`. */
async function compressFile(root: string, file: string, total: Totals): Promise<void> {
  const data = await fs.promises.readFile(file);
  const { mtime } = await fs.promises.stat(file);
  const urlPath = `/${path.relative(root, file).split(path.sep).join('/')}`;
  const quality = IMMUTABLE_PREFIXES.some((prefix) => urlPath.startsWith(prefix))
    ? BROTLI_QUALITY.best
    : BROTLI_QUALITY.fast;
  total.bytes += data.length;
  await Promise.all(
    ENCODINGS.map(async ({ name, extension }) => {
      const packed = await compressPage(file, data, name, quality);
      if (packed.length >= data.length) return;
      await fs.promises.writeFile(file + extension, packed);
      // The same modification time as the file, so Last-Modified does not depend on the encoding sent.
      await fs.promises.utimes(file + extension, mtime, mtime);
      total[name] += packed.length;
    }),
  );
}

/**
 * Compresses every text file under `root`, on every core (zlib's async calls run on libuv's thread
 * pool, and a file's two encodings are made at once); returns what was written, for the build's summary.
 */
export async function precompress(root: string): Promise<Totals> {
  const hidden = new Set(HOST_FILES.map((file) => path.join(root, file)));
  const files = fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !hidden.has(file));
  const total: Totals = { files: files.length, bytes: 0, br: 0, gzip: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (file) await compressFile(root, file, total);
    }
  };
  // Files in flight, not threads: each waits on the disk between its compressions, so eight keep
  // libuv's four threads busy, where two in flight took twice as long.
  await Promise.all(Array.from({ length: 8 }, worker));
  return total;
}
