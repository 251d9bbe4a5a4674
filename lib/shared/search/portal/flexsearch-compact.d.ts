/**
 * FlexSearch's compact build (Index with export/import, Encoder) is what the browser loads: the full
 * bundle is 17 KB gzip, the light one cannot import an exported index. Same API as the package's types.
 */
declare module 'flexsearch/compact' {
  export { Encoder, Index } from 'flexsearch';
}
