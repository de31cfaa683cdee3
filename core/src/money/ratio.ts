/**
 * Exact non-negative decimals (rates, percentages) as reduced fractions num/den of safe integers.
 * parseRate('7.1000') -> {num: 71, den: 10}; parseRate('30%') -> {num: 3, den: 10}.
 * A decimal with more significant digits than a safe integer holds is refused (null), never rounded.
 */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** num/den reduced; null unless both are safe integers, num >= 0, den > 0. */
export function makeRatio(num: number, den: number): Ratio | null {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) return null;
  const g = num === 0 ? den : gcd(num, den);
  return { num: num / g, den: den / g };
}

/** For constant data: a percentage written as a decimal string, e.g. pct('2.95') = 2.95%. Throws on bad data. */
export function pct(text: string): Ratio {
  const r = parseRate(`${text}%`);
  if (r === null) throw new Error(`bad percentage constant ${text}`);
  return r;
}

const CODE_0 = 48;

/**
 * A rate or ratio the user typed: '7.1000', '0.015', '30%', '１．５％', or a number (7.1 -> its shortest
 * decimal string '7.1'). Non-negative only; no exponents; null when it is not such a decimal.
 */
export function parseRate(raw: unknown): Ratio | null {
  let s: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    s = String(raw);
  } else if (typeof raw === 'string') {
    s = raw;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        s = s.normalize('NFKC');
        break;
      }
    }
  } else return null;
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  let percent = false;
  if (end > start && s.charCodeAt(end - 1) === 37 /* % */) {
    percent = true;
    end--;
    while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  }
  if (start < end && s.charCodeAt(start) === 43 /* + */) start++;
  // Trailing zeros after a decimal point add nothing ('7.1000' = 7.1): drop them before accumulating.
  if (s.lastIndexOf('.', end - 1) >= start) while (end > start && s.charCodeAt(end - 1) === CODE_0) end--;
  let num = 0;
  let den = 1;
  let digits = 0;
  let seenDot = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (seenDot) return null;
      seenDot = true;
      continue;
    }
    const d = c - CODE_0;
    if (d < 0 || d > 9) return null;
    digits++;
    num = num * 10 + d;
    if (seenDot) den *= 10;
    if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return null;
  }
  if (digits === 0) return null;
  if (percent) {
    den *= 100;
    if (!Number.isSafeInteger(den)) return null;
  }
  return makeRatio(num, den);
}

/** A percentage: '30%', '３０％', '12.5 %'. Plain numbers are not percentages here (the caller decides). */
export function parsePercent(raw: unknown): Ratio | null {
  if (typeof raw !== 'string') return null;
  const s = raw.normalize('NFKC').trim();
  if (!s.endsWith('%')) return null;
  return parseRate(s);
}

/** Exact comparison of two ratios: -1, 0 or 1. */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  const bl = BigInt(a.num) * BigInt(b.den);
  const br = BigInt(b.num) * BigInt(a.den);
  return bl < br ? -1 : bl > br ? 1 : 0;
}
