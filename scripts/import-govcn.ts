/**
 * Imports a gov.cn page into content/<id>/index.md and keeps the page as the provenance copy.
 * Usage: npm run import -- <page.txt> --id <doc-id> --url <page address>
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../lib/build/corpus/index.ts';
import { ImportError, importGovCn } from './import/govcn.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, url: { type: 'string' } },
});
const [input] = positionals;
if (!input || !values.id || !values.url) {
  console.error('usage: npm run import -- <page.txt> --id <doc-id> --url <page address>');
  process.exit(2);
}

const dir = path.join(CONTENT_DIR, values.id);
const sourceFile = path.basename(input);
fs.mkdirSync(dir, { recursive: true });
if (path.resolve(input) !== path.resolve(dir, sourceFile)) fs.copyFileSync(input, path.join(dir, sourceFile));
try {
  const markdown = importGovCn(fs.readFileSync(input, 'utf8'), { url: values.url, sourceFile });
  fs.writeFileSync(path.join(dir, 'index.md'), markdown);
  console.log(
    `wrote ${path.relative(process.cwd(), path.join(dir, 'index.md'))}; proofread it, then run npm run build`,
  );
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`${input}: ${error.message}`);
  process.exit(1);
}
