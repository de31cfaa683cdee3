import type { PaymentMethod } from '../../tables/payment-methods.ts';
import type { Message } from '../../types.ts';

/** How a payment is named in messages (an order without an advance column is paid in one payment). */
export const PAYMENT_NAMES: Record<'advance' | 'balance' | 'payment', Message> = {
  advance: { en: 'advance', zh: '预付款' },
  balance: { en: 'balance', zh: '尾款' },
  payment: { en: 'payment', zh: '付款' },
};

const CHECKS = new Map<string, Message>();

/** "The Western Union limit check": the name of a method's limit check, for fx/rate-missing. */
export function limitCheck(method: PaymentMethod): Message {
  let name = CHECKS.get(method.id);
  if (!name) {
    name = { en: `The ${method.name.en} limit check`, zh: `${method.name.zh}限额检查` };
    CHECKS.set(method.id, name);
  }
  return name;
}
