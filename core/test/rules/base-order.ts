import type { OrderInput, Settings } from '../../src/types.ts';

/** A complete, valid TA order: every rule case starts from it and changes what the case is about. */
export const VALID_ORDER: OrderInput = {
  order_ref: 'T-1',
  order_type: 'TA',
  drafted_by: 'seller',
  buyer_email: 'buyer@example.com',
  destination: 'US',
  currency: 'USD',
  unit_price: '25.00',
  quantity: '100',
  freight: '0',
  insurance: '0',
  order_total: '2500.00',
  advance: '750.00',
  balance: '1750.00',
  payment_method: 'card',
  card_brand: 'visa',
  export_mode: 'self',
  logistics: 'platform',
  shipping_method: 'express',
  trade_term: 'FOB',
  shipping_address: '1 Market St, San Francisco',
  ship_within_days: '10',
  remark: '',
};

/** A valid Direct Pay order. */
export const VALID_DPO: OrderInput = {
  ...VALID_ORDER,
  order_type: 'DPO',
  payment_method: 'tt-intl',
  card_brand: undefined,
};

export const SETTINGS: Settings = {
  membership: 'paid',
  region: 'mainland',
  verified: true,
  violationPoints: 0,
  infringementComplaints: 0,
  usdCny: '7.1000',
  settlementRate: '7.0500',
};

export const TODAY = '2026-11-20';

/** Drops keys set to undefined, so a case can say "this field is not given". */
export function order(base: OrderInput, changes: OrderInput): OrderInput {
  const merged: OrderInput = { ...base, ...changes };
  for (const key of Object.keys(merged) as (keyof OrderInput)[])
    if (merged[key] === undefined) delete merged[key];
  return merged;
}
