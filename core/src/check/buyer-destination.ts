import {
  destinationName,
  PAYMENT_RISK_DESTINATIONS,
  RESTRICTED_DESTINATIONS,
  resolveDestination,
} from '../rules/destinations.ts';
import { classifyEmail } from '../rules/email.ts';
import { cellText, F, type OrderContext, report } from './context.ts';

/** §3: the buyer's email (overseas, well formed) and the destination (supported, not restricted). */
export function checkBuyerAndDestination(ctx: OrderContext): void {
  const email = cellText(ctx, F.buyer_email);
  if (email === '') report(ctx, 'buyer/email-missing', 'buyer_email');
  else if (email !== undefined) {
    const verdict = classifyEmail(email);
    if (verdict === 'invalid') report(ctx, 'buyer/email-invalid', 'buyer_email', { value: email });
    if (verdict === 'domestic') report(ctx, 'buyer/email-domestic', 'buyer_email', { value: email });
  }

  const destination = cellText(ctx, F.destination);
  if (destination === '') report(ctx, 'destination/missing', 'destination');
  else if (destination !== undefined) {
    const code = resolveDestination(destination);
    if (code === null) {
      const what = {
        en: 'a country or region (ISO code, English or Chinese name)',
        zh: '国家或地区（ISO 代码、中文或英文名称）',
      };
      report(ctx, 'input/invalid', 'destination', { value: destination, what });
    } else if (RESTRICTED_DESTINATIONS.includes(code)) {
      report(ctx, 'destination/restricted', 'destination', {
        value: destination,
        what: destinationName(code),
      });
    } else if (PAYMENT_RISK_DESTINATIONS.includes(code)) {
      report(ctx, 'destination/payment-risk', 'destination', {
        value: destination,
        what: destinationName(code),
      });
    }
  }
}
