import { facetIndexRoute } from '@/app/_components/browse/routes';

const route = facetIndexRoute('types');
export const generateMetadata = route.generateMetadata;
/** /zh-hans/types/: each value with its count. */
export default route.Page;
