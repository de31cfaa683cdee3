/**
 * @ta-toolkit/core — the single source of truth for Trade Assurance / Direct Pay rules and fees.
 * Pure functions and typed data; no I/O (file reading lives in ./node.ts).
 */

export * from './cells.ts';
export { checkCells, checkOrder } from './check/check-order.ts';
export { daysBetween, parseIsoDate, todayInPacific } from './check/dates.ts';
export * from './fees/index.ts';
export * from './money/index.ts';
export { parsePercent, parseRate, type Ratio } from './money/ratio.ts';
export {
  type MethodQuote,
  methodsSpan,
  type PaymentQuote,
  type Quote,
  type QuoteOptions,
  quoteOrder,
} from './quote.ts';
export { CHECK_ORDER, type KnownRuleId, RULE_IDS, RULES } from './rules/catalog.ts';
export { defineRule, finding, type Rule, type RuleContext } from './rules/rule.ts';
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
export { allDestinations, destinationName, resolveDestination } from './tables/destinations.ts';
export { MAINLAND_MAIL_DOMAINS } from './tables/email.ts';
export {
  EXPORT_MODES,
  type ExportMode,
  type ExportModeId,
  getExportMode,
  resolveExportMode,
} from './tables/export-modes.ts';
export { INCOTERMS_2020, LEGACY_INCOTERMS, resolveIncoterm } from './tables/incoterms.ts';
export { FEE_LABELS, SETTING_LABELS, SETTING_VALUE_LABELS } from './tables/labels.ts';
export {
  CARD_FEES,
  getPaymentMethod,
  PAYMENT_METHODS,
  type PaymentMethod,
  type PaymentMethodId,
  resolveCardBrand,
  resolvePaymentMethod,
} from './tables/payment-methods.ts';
export {
  ORDER_TYPE_NAMES,
  resolveCardRegion,
  resolveDrafter,
  resolveLogistics,
  resolveOrderCurrency,
  resolveOrderType,
  resolveWithdrawAccount,
  resolveWithdrawTo,
} from './tables/vocabulary.ts';
export { WITHDRAWAL_TABLE } from './tables/withdrawal.ts';
export { hasUnsafe, identifying, visible } from './text/identify.ts';
export * from './types.ts';
