/**
 * The replica page's own display arithmetic (like the real page's computed "订单总价" / "尾款金额").
 * Integer cents only. This is NOT the product's rule logic (that lives in core): the fake page just
 * needs to show a total the way Alibaba's page does.
 */

/** '1,234.5' -> 123450; '' -> 0 when emptyIsZero; anything else unparseable -> null. */
export function toCents(text: string, emptyIsZero = true): number | null {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return emptyIsZero ? 0 : null;
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + frac;
  return Number.isSafeInteger(cents) ? cents : null;
}

/** 250000 -> '2500.00' (state echo: no grouping). */
export function centsToPlain(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 250000 -> '2,500.00' (as the page displays amounts). */
export function centsToDisplay(cents: number): string {
  const plain = centsToPlain(cents);
  const [int = '0', frac = '00'] = plain.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}${grouped}.${frac}`;
}
