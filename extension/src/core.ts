/**
 * The parts of @ta-toolkit/core the content script uses, imported by module path rather than through
 * core's index: the index also re-exports settings.ts (zod/mini, with a top-level z.config call) and the
 * sheet reader, which the bundler cannot drop, and the content script must stay small (bench target
 * ≤ 25 KB gzipped). Popup and options pages import '@ta-toolkit/core' directly.
 */
export { checkOrder } from '@ta-toolkit/core/check/check-order';
export { todayInPacific } from '@ta-toolkit/core/check/dates';
export {
  advanceSuggestions,
  balanceOf,
  shipDaysFill,
  trimRemark,
} from '@ta-toolkit/core/fills';
export { formatFee, formatMinor, parseAmount } from '@ta-toolkit/core/money/index';
export { type Quote, quoteOrder } from '@ta-toolkit/core/quote';
export { FEE_LABELS, SETTING_LABELS } from '@ta-toolkit/core/tables/labels';
export { PAYMENT_METHODS } from '@ta-toolkit/core/tables/payment-methods';
