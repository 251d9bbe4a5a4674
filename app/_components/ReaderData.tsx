import { READER_DATA_ID, serializeReaderData, type ReaderData as Data } from '@/lib/shared/reader-data';

/**
 * The reader behaviour's input, as a JSON data block the browser module reads (app/_client/site.ts).
 * It replaces a client component's props: without React in the browser there is no RSC payload to
 * carry them, and this block is a few hundred bytes of structure, never the text.
 */
export function ReaderData({ data }: { data: Data }) {
  return (
    <script
      type="application/json"
      id={READER_DATA_ID}
      dangerouslySetInnerHTML={{ __html: serializeReaderData(data) }}
    />
  );
}
