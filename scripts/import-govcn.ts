/**
 * Imports a saved page (www.gov.cn, its traditional gateway, a ministry's or a city's portal) into
 * content/<id>/index.md and keeps the page beside it as the provenance copy. The report (script,
 * furniture dropped, lines it could not place, with their line numbers) goes to stderr.
 * Usage: npm run import -- <page.txt> --id <doc-id> --url <page address>
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../lib/build/corpus/index.ts';
import { ImportError, importPage } from './import/govcn.ts';
import { reportLines } from './import/report.ts';

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
try {
  const result = importPage(fs.readFileSync(input, 'utf8'), { url: values.url, sourceFile });
  fs.mkdirSync(dir, { recursive: true });
  if (path.resolve(input) !== path.resolve(dir, sourceFile)) fs.copyFileSync(input, path.join(dir, sourceFile));
  fs.writeFileSync(path.join(dir, 'index.md'), result.markdown);
  for (const line of reportLines(input, result)) console.error(line);
  console.log(
    `wrote ${path.relative(process.cwd(), path.join(dir, 'index.md'))}; proofread it, then run npm run build`,
  );
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`${input}: ${error.message}`);
  process.exit(1);
}
