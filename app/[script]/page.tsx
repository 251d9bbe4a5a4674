import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/app/_components/DocumentList';
import { corpusEntries } from '@/lib/build/corpus';
import { scriptHomeMetadata, SITE_NAME } from '@/lib/build/pages/metadata';
import { isScript, LANG, otherScript, SCRIPT_NAME } from '@/lib/shared/routes';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return scriptHomeMetadata(corpusEntries(), script);
}

/** The document list in one script. */
export default async function ScriptHome({ params }: Props) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  const other = otherScript(script);
  return (
    <main id="main" className="mx-auto max-w-3xl p-4 [&_a]:underline [&_a]:underline-offset-4">
      <div className="mb-4 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{SITE_NAME[script]}</h1>
        <a href={`/${other}/`} hrefLang={LANG[other]} lang={LANG[other]}>
          {SCRIPT_NAME[other]}
        </a>
      </div>
      <DocumentList script={script} />
    </main>
  );
}
