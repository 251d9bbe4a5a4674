/**
 * The front matter, in the order the content files write it, checked against the schema the build
 * applies (lib/build/content/schema.ts) so that an import never writes a file the build rejects for it.
 */
import { stringify } from 'yaml';
import { frontMatterSchema } from '../../lib/build/content/schema.ts';
import { ImportError } from './types.ts';

export interface FrontMatterFields {
  title: string;
  docNumber?: string;
  issuer: string;
  type: string;
  dateSigned: string;
  datePublished: string;
  url: string;
  publisher: string;
  file: string;
  annexTitles: readonly string[];
}

/** The YAML between the --- lines (without them), ending with a newline. */
export function frontMatterYaml(fields: FrontMatterFields): string {
  const data = {
    title: fields.title,
    ...(fields.docNumber ? { docNumber: fields.docNumber } : {}),
    issuer: fields.issuer,
    type: fields.type,
    dateSigned: fields.dateSigned,
    datePublished: fields.datePublished,
    source: { url: fields.url, publisher: fields.publisher, file: fields.file },
    ...(fields.annexTitles.length > 0 ? { annexes: fields.annexTitles.map((title) => ({ title })) } : {}),
  };
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ImportError(
      `the front matter would not pass the build: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  return stringify(data, { lineWidth: 0 });
}
