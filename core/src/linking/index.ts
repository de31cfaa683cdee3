/**
 * Fund linking (fund-linking.md): propose T/T receipt → order links, explain them, never link anything.
 * Pure: the caller reads the sheets (columns.ts names their headers) and hands typed orders and receipts in.
 */
export {
  ORDER_LINK_COLUMNS,
  ORDER_LINK_FIELDS,
  ORDER_LINK_HEADERS,
  type OrderLinkField,
  RECEIPT_COLUMNS,
  RECEIPT_FIELDS,
  RECEIPT_HEADERS,
  type ReceiptField,
} from './columns.ts';
export {
  DEFAULT_LINK_OPTIONS,
  MAX_CANDIDATES,
  NULL_SCORE,
  PROPOSE_MIN_CONFIDENCE,
  PROPOSE_MIN_MARGIN,
  proposeLinks,
  WEIGHTS,
} from './engine.ts';
export { PART_NAME } from './messages.ts';
export { type NormalizedName, nameSimilarity, normalizeName } from './names.ts';
export { memoTokens, ReferenceIndex, referenceKey } from './references.ts';
export type * from './types.ts';
