import { facetValueRoute } from '@/app/_components/browse/routes';

const route = facetValueRoute('types');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
/** /zh-hans/types/<slug>/, then /zh-hans/types/<slug>/2/ …: the documents with that value, newest first. */
export default route.Page;
