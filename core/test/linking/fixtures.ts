import type { LinkOrder, LinkReceipt } from '../../src/linking/types.ts';
import type { CurrencyCode, Money } from '../../src/types.ts';

/** Hand-written orders and receipts for the engine's tests: amounts in minor units, USD unless given. */

export const usd = (minor: number): Money => ({ minor, currency: 'USD' });
export const money = (minor: number, currency: CurrencyCode): Money => ({ minor, currency });

type OrderFields = Partial<Omit<LinkOrder, 'advance' | 'balance'>> & { advance?: number; balance?: number };

/** An order with nothing paid yet; `advance`/`balance` in minor units. */
export function order(row: number, o: OrderFields = {}): LinkOrder {
  const currency = o.currency ?? 'USD';
  const { advance, balance, ...rest } = o;
  return {
    row,
    ref: `31189390501026${String(row).padStart(3, '0')}`,
    currency,
    buyerName: 'Acme Trading Co., Ltd.',
    registeredPayer: null,
    confirmedOn: '2026-10-01',
    closed: false,
    ...rest,
    advance: advance === undefined ? null : { amount: money(advance, currency), paid: money(0, currency) },
    balance: balance === undefined ? null : { amount: money(balance, currency), paid: money(0, currency) },
  };
}

export function receipt(row: number, amount: number, r: Partial<LinkReceipt> = {}): LinkReceipt {
  const currency = r.amount?.currency ?? 'USD';
  return {
    row,
    ref: `R-${row}`,
    receivedAt: Date.UTC(2026, 9, 10) + row * 60_000,
    receivedOn: '2026-10-10',
    payer: 'ACME TRADING CO LTD',
    amount: money(amount, currency),
    linked: money(0, currency),
    memo: '',
    intended: null,
    ...r,
  };
}
