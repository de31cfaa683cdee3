import { F } from '../read/fields.ts';
import { ORDER_FIELDS, type OrderField } from '../types.ts';
import amountAmbiguous from './amount/ambiguous.ts';
import amountInvalid from './amount/invalid.ts';
import lineMismatch from './amount/line-mismatch.ts';
import negative from './amount/negative.ts';
import percentAsNumber from './amount/percent-as-number.ts';
import precision from './amount/precision.ts';
import productTotal from './amount/product-total.ts';
import tooLarge from './amount/too-large.ts';
import totalMismatch from './amount/total-mismatch.ts';
import emailDomestic from './buyer/email-domestic.ts';
import emailInvalid from './buyer/email-invalid.ts';
import emailMissing from './buyer/email-missing.ts';
import currencyUnsupported from './currency/unsupported.ts';
import destinationMissing from './destination/missing.ts';
import paymentRisk from './destination/payment-risk.ts';
import restricted from './destination/restricted.ts';
import convenientDpo from './export/convenient-dpo.ts';
import convenientOverLimit from './export/convenient-over-limit.ts';
import modeMissing from './export/mode-missing.ts';
import onetouchReview from './export/onetouch-review.ts';
import feeNotStated from './fee/not-stated.ts';
import rateMissing from './fx/rate-missing.ts';
import inputInvalid from './input/invalid.ts';
import invisibleCharacter from './input/invisible-character.ts';
import linkIrreversible from './linking/irreversible.ts';
import linkOverOutstanding from './linking/over-outstanding.ts';
import linkPayerMismatch from './linking/payer-mismatch.ts';
import drafter from './order/drafter.ts';
import orderType from './order/type.ts';
import pageUnreadable from './page/unreadable.ts';
import advanceMin from './payment/advance-min.ts';
import advanceOverTotal from './payment/advance-over-total.ts';
import balanceMismatch from './payment/balance-mismatch.ts';
import currencyNotAccepted from './payment/currency-not-accepted.ts';
import lcSellerOnly from './payment/lc-seller-only.ts';
import methodMissing from './payment/method-missing.ts';
import methodNotAllowed from './payment/method-not-allowed.ts';
import monthlyLimit from './payment/monthly-limit.ts';
import overMethodLimit from './payment/over-method-limit.ts';
import paymentOverdue from './payment/overdue.ts';
import quotaExceeded from './quota/exceeded.ts';
import remarkTooLong from './remark/too-long.ts';
import type { Rule } from './rule.ts';
import infringement from './seller/infringement-complaints.ts';
import notAdmitted from './seller/not-admitted.ts';
import unverified from './seller/unverified-free-member.ts';
import violationPoints from './seller/violation-points.ts';
import numberPrecision from './sheet/number-precision.ts';
import quoteDamage from './sheet/quote-damage.ts';
import rowSkipped from './sheet/row-skipped.ts';
import addressMissing from './shipping/address-missing.ts';
import alreadyShipped from './shipping/already-shipped.ts';
import dateMissing from './shipping/date-missing.ts';
import datePast from './shipping/date-past.ts';
import dateTooSoon from './shipping/date-too-soon.ts';
import daysTooShort from './shipping/days-too-short.ts';
import methodMissingShipping from './shipping/method-missing.ts';
import shippingOverdue from './shipping/overdue.ts';
import tradeTermLegacy from './shipping/trade-term-legacy.ts';
import tradeTermMissing from './shipping/trade-term-missing.ts';
import tradeTermUnknown from './shipping/trade-term-unknown.ts';
import withdrawalBelowFee from './withdrawal/below-fee.ts';
import currencyWithdrawal from './withdrawal/currency.ts';
import withdrawalNotStated from './withdrawal/not-stated.ts';
import withdrawalOverLimit from './withdrawal/over-limit.ts';
import personalOnetouch from './withdrawal/personal-onetouch.ts';
import wrongAccount from './withdrawal/wrong-account.ts';

// biome-ignore lint/suspicious/noExplicitAny: the catalogue holds rules of every parameter type
type AnyRule = Rule<any>;

/** A field read by core's reader: its findings are placed here in the report. */
interface ReadStep {
  read: OrderField;
}
/** Rules run once per payment method of the order, in this order for each method. */
interface MethodStep {
  eachMethod: readonly AnyRule[];
}
/** Where the fees are priced: the buyer's fee, the service fee, the withdrawal fee. */
interface FeeStep {
  fees: 'buyer' | 'service' | 'withdrawal';
}
export type Step = AnyRule | ReadStep | MethodStep | FeeStep;

const read = (field: OrderField): ReadStep => ({ read: field });

/**
 * The order in which an order is checked and its findings are listed: the draft form from top to bottom
 * (order type, amounts, buyer, shipping, payment, export mode), then the fees. Every rule file is listed
 * once, here or in OTHER_RULES.
 */
export const CHECK_ORDER: readonly Step[] = [
  read('order_ref'),
  read('order_type'),
  orderType,
  read('drafted_by'),
  drafter,
  notAdmitted,
  violationPoints,
  infringement,
  unverified,
  read('currency'),
  currencyUnsupported,
  read('unit_price'),
  read('quantity'),
  read('product_total'),
  lineMismatch,
  productTotal,
  read('freight'),
  read('insurance'),
  read('order_total'),
  totalMismatch,
  read('advance'),
  advanceMin,
  advanceOverTotal,
  read('balance'),
  balanceMismatch,
  read('buyer_email'),
  emailMissing,
  emailInvalid,
  emailDomestic,
  destinationMissing,
  read('destination'),
  restricted,
  paymentRisk,
  read('shipping_address'),
  addressMissing,
  read('shipping_method'),
  methodMissingShipping,
  read('trade_term'),
  tradeTermMissing,
  tradeTermUnknown,
  tradeTermLegacy,
  dateMissing,
  read('ship_within_days'),
  daysTooShort,
  read('ship_by_date'),
  datePast,
  dateTooSoon,
  read('shipped_on'),
  alreadyShipped,
  methodMissing,
  read('payment_method'),
  read('payer_currency'),
  read('card_brand'),
  read('card_region'),
  { eachMethod: [methodNotAllowed, lcSellerOnly, currencyNotAccepted, overMethodLimit, monthlyLimit] },
  modeMissing,
  read('export_mode'),
  onetouchReview,
  convenientDpo,
  convenientOverLimit,
  quotaExceeded,
  read('remark'),
  remarkTooLong,
  read('order_date'),
  { fees: 'buyer' },
  read('logistics'),
  { fees: 'service' },
  read('withdraw_amount'),
  read('withdraw_from'),
  wrongAccount,
  read('withdraw_currency'),
  read('withdraw_to'),
  { fees: 'withdrawal' },
  // Past the draft: the order lifecycle (fund-linking.md).
  read('buyer_name'),
  read('registered_payer'),
  read('status'),
  read('confirmed_on'),
  read('advance_paid'),
  paymentOverdue,
  read('balance_paid'),
  read('advance_received_on'),
  shippingOverdue,
];

/** Rules reported while reading, pricing, or outside one order (the sheet, the page). */
const OTHER_RULES: readonly AnyRule[] = [
  amountInvalid,
  negative,
  precision,
  tooLarge,
  percentAsNumber,
  inputInvalid,
  invisibleCharacter,
  numberPrecision,
  quoteDamage,
  rowSkipped,
  amountAmbiguous,
  feeNotStated,
  rateMissing,
  currencyWithdrawal,
  personalOnetouch,
  withdrawalOverLimit,
  withdrawalBelowFee,
  withdrawalNotStated,
  pageUnreadable,
  linkOverOutstanding,
  linkPayerMismatch,
  linkIrreversible,
];

const listed: AnyRule[] = [];
for (const step of CHECK_ORDER) {
  if ('id' in step) listed.push(step);
  else if ('eachMethod' in step) listed.push(...step.eachMethod);
}

/** Every rule, by ID: the public contract of rule IDs (docs/rules.md documents each). */
export const RULES: Readonly<Record<string, AnyRule>> = Object.freeze(
  Object.fromEntries([...listed, ...OTHER_RULES].map((r) => [r.id, r])),
);
export const RULE_IDS: readonly string[] = Object.keys(RULES);
export type KnownRuleId = string;

/** Each field's read rank (its position in CHECK_ORDER), by the field's position in ORDER_FIELDS. */
export const READ_RANK = new Int32Array(ORDER_FIELDS.length);
CHECK_ORDER.forEach((step, rank) => {
  if ('read' in step) READ_RANK[F[step.read]] = rank;
});
