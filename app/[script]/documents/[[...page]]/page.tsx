import { documentsRoute } from '@/app/_components/browse/routes';

export const dynamicParams = false;
export const generateStaticParams = documentsRoute.generateStaticParams;
export const generateMetadata = documentsRoute.generateMetadata;
/** Every document, newest first: /zh-hans/documents/, then /zh-hans/documents/2/ … */
export default documentsRoute.Page;
