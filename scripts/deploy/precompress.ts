/**
 * Writes a .br and a .gz beside every text file of the export, compressed once at the highest levels,
 * so servers send them without compressing per request (nginx: brotli_static and gzip_static;
 * scripts/serve.ts the same). A sibling is kept only when it is smaller than the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { HOST_FILES, TEXT_EXTENSIONS } from './headers.ts';

export const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

function compress(data: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(data, { level: 9 });
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

export function isCompressible(file: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase();
  return TEXT_EXTENSIONS.some((text) => text === extension);
}

/** Compresses every text file under `root`; returns what was written, for the build's summary. */
export function precompress(root: string): { files: number; bytes: number; br: number; gzip: number } {
  const hidden = new Set(HOST_FILES.map((file) => path.join(root, file)));
  const files = fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !hidden.has(file));
  const total = { files: files.length, bytes: 0, br: 0, gzip: 0 };
  for (const file of files) {
    const data = fs.readFileSync(file);
    const { mtime } = fs.statSync(file);
    total.bytes += data.length;
    for (const { name, extension } of ENCODINGS) {
      const packed = compress(data, name);
      if (packed.length >= data.length) continue;
      fs.writeFileSync(file + extension, packed);
      // The same modification time as the file, so Last-Modified does not depend on the encoding sent.
      fs.utimesSync(file + extension, mtime, mtime);
      total[name] += packed.length;
    }
  }
  return total;
}
