/**
 * @ta-toolkit/core — the single source of truth for Trade Assurance / Direct Pay rules and fees.
 * Pure functions and typed data; no I/O (file reading lives in ./node.ts).
 */

export { checkOrder } from './check/check-order.ts';
export { daysBetween, parseIsoDate, todayInPacific } from './check/dates.ts';
export * from './fees/index.ts';
export * from './money/index.ts';
export { parsePercent, parseRate, type Ratio } from './money/ratio.ts';
export { finding, type KnownRuleId, RULE_IDS, RULES } from './rules/catalog.ts';
export { allDestinations, destinationName, resolveDestination } from './rules/destinations.ts';
export { MAINLAND_MAIL_DOMAINS } from './rules/email.ts';
export {
  EXPORT_MODES,
  type ExportMode,
  type ExportModeId,
  getExportMode,
  resolveExportMode,
} from './rules/export-modes.ts';
export { INCOTERMS_2020, LEGACY_INCOTERMS, resolveIncoterm } from './rules/incoterms.ts';
export {
  CARD_FEES,
  getPaymentMethod,
  PAYMENT_METHODS,
  type PaymentMethod,
  type PaymentMethodId,
  resolveCardBrand,
  resolvePaymentMethod,
} from './rules/payment-methods.ts';
export {
  ORDER_TYPE_NAMES,
  resolveCardRegion,
  resolveDrafter,
  resolveLogistics,
  resolveOrderCurrency,
  resolveOrderType,
  resolveWithdrawAccount,
  resolveWithdrawTo,
} from './rules/vocabulary.ts';
export { WITHDRAWAL_TABLE } from './rules/withdrawal.ts';
export { OrderInputSchema, parseOrderInput, ReportSchema } from './schemas.ts';
export { parseSettings, SettingsSchema } from './settings.ts';
export {
  checkRows,
  type HeaderMatch,
  matchHeaders,
  type Report,
  type ReportFee,
  ReportRow,
  reportToJson,
  toReportFee,
} from './sheet/check-rows.ts';
export {
  COLUMN_BY_FIELD,
  COLUMNS,
  type ColumnSpec,
  fieldForHeader,
  normalizeHeader,
} from './sheet/columns.ts';
export * from './types.ts';
