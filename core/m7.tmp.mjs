// core/src/sheet/read-file.ts
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

function parseCsv(text) {
  const result = Papa.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text, {
    skipEmptyLines: false,
  });
  const rows = result.data;
  while (rows.length && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  return rows;
}

// core/src/money/currencies.ts
var CURRENCIES = {
  USD: { code: 'USD', minorDigits: 2, unit: 100, symbol: '$', name: { en: 'US dollar', zh: '\u7F8E\u5143' } },
  CNY: {
    code: 'CNY',
    minorDigits: 2,
    unit: 100,
    symbol: '\xA5',
    name: { en: 'Chinese yuan (RMB)', zh: '\u4EBA\u6C11\u5E01' },
  },
  EUR: { code: 'EUR', minorDigits: 2, unit: 100, symbol: '\u20AC', name: { en: 'euro', zh: '\u6B27\u5143' } },
};
function isCurrencyCode(value) {
  return value === 'USD' || value === 'CNY' || value === 'EUR';
}
var CURRENCY_MARKERS = [
  ['\u4EBA\u6C11\u5E01', 'CNY'],
  ['\u7F8E\u5143', 'USD'],
  ['\u7F8E\u91D1', 'USD'],
  ['\u6B27\u5143', 'EUR'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['EUR', 'EUR'],
  ['US', 'USD'],
  ['$', 'USD'],
  ['\xA5', 'CNY'],
  ['\uFFE5', 'CNY'],
  ['\u20AC', 'EUR'],
  ['\u5143', 'CNY'],
];
function resolveCurrency(text) {
  const t = text.normalize('NFKC').trim().toUpperCase();
  if (isCurrencyCode(t)) return t;
  for (const [marker, code] of CURRENCY_MARKERS) if (t === marker) return code;
  return null;
}

// core/src/money/format.ts
function split(minor, currency) {
  const { minorDigits, unit } = CURRENCIES[currency];
  const m = Number.isFinite(minor) ? Math.trunc(minor) : 0;
  const abs = Math.abs(m);
  const int = Math.floor(abs / unit);
  const frac = abs - int * unit;
  return {
    sign: m < 0 ? '-' : '',
    int: String(int),
    frac: minorDigits === 0 ? '' : String(frac).padStart(minorDigits, '0'),
  };
}
function group(int) {
  if (int.length <= 3) return int;
  let out = '';
  const head = int.length % 3 || 3;
  out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}
function formatMinor(minor, currency) {
  const { sign, int, frac } = split(minor, currency);
  return frac === '' ? sign + int : `${sign}${int}.${frac}`;
}
function formatGrouped(minor, currency) {
  const { sign, int, frac } = split(minor, currency);
  return frac === '' ? sign + group(int) : `${sign}${group(int)}.${frac}`;
}
function formatMoney(money, _lang = 'en') {
  return `${money.currency} ${formatGrouped(money.minor, money.currency)}`;
}

// core/src/memo.ts
function memoize(fn, limit = 4096) {
  let cache = /* @__PURE__ */ new Map();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== void 0 || cache.has(text)) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache = /* @__PURE__ */ new Map();
    cache.set(text, value);
    return value;
  };
}

// core/src/rules/vocabulary.ts
function foldText(text) {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKC')).trim().toLowerCase().replace(/\s+/g, ' ');
}
function vocabulary(table) {
  const index = /* @__PURE__ */ new Map();
  for (const [value, spellings] of Object.entries(table)) {
    index.set(foldText(value), value);
    for (const s of spellings) index.set(foldText(s), value);
  }
  return memoize((raw) => index.get(raw) ?? index.get(foldText(raw)) ?? null);
}
var resolveOrderType = vocabulary({
  TA: [
    'Trade Assurance',
    'trade assurance order',
    '\u4FE1\u7528\u4FDD\u969C',
    '\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355',
    '\u4FE1\u4FDD',
    '\u4FE1\u4FDD\u8BA2\u5355',
  ],
  DPO: ['Direct Pay', 'Direct Pay Order', 'e\u6536\u6C47', 'e\u6536\u6C47\u8BA2\u5355', 'E-\u6536\u6C47'],
});
var resolveDrafter = vocabulary({
  seller: ['\u5356\u5BB6', 'supplier', '\u4F9B\u5E94\u5546'],
  buyer: ['\u4E70\u5BB6'],
});
var resolveOrderCurrency = memoize((raw) => {
  const code = resolveCurrency(raw);
  return code === 'USD' || code === 'CNY' ? code : null;
});
var resolvePayerCurrency = memoize((raw) => {
  const known = resolveCurrency(raw);
  if (known) return known;
  const code = raw.normalize('NFKC').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
});
var resolveLogistics = vocabulary({
  platform: ['\u5E73\u53F0\u7269\u6D41', 'alibaba.com logistics', 'alibaba logistics', 'platform logistics'],
  'third-party': [
    '\u7B2C\u4E09\u65B9',
    '\u7B2C\u4E09\u65B9\u7269\u6D41',
    'third party',
    'thirdparty',
    '3rd party',
  ],
});
var resolveWithdrawTo = vocabulary({
  corporate: [
    '\u5BF9\u516C',
    '\u5BF9\u516C\u8D26\u6237',
    '\u4F01\u4E1A\u8D26\u6237',
    'domestic corporate account',
    'company',
  ],
  personal: [
    '\u6CD5\u4EBA\u4E2A\u4EBA',
    '\u6CD5\u4EBA\u4E2A\u4EBA\u8D26\u6237',
    '\u4E2A\u4EBA',
    'legal representative',
    'personal account',
  ],
});
var resolveWithdrawAccount = vocabulary({
  onetouch: [
    '\u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237',
    '\u4E00\u8FBE\u901A',
    'onetouch export account',
    'one touch',
  ],
  self: [
    '\u81EA\u4E3B\u51FA\u53E3\u8D26\u6237',
    '\u81EA\u4E3B\u51FA\u53E3',
    'self-export account',
    'self export',
  ],
});
var WITHDRAW_ACCOUNT_NAMES = {
  onetouch: { en: 'OneTouch export account', zh: '\u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237' },
  self: { en: 'self-export account', zh: '\u81EA\u4E3B\u51FA\u53E3\u8D26\u6237' },
};
var resolveCardRegion = vocabulary({
  apac: ['asia-pacific', 'asia pacific', 'ap', '\u4E9A\u592A', '\u4E9A\u592A\u5730\u533A'],
  other: ['others', '\u5176\u4ED6', 'non-apac'],
});

// core/src/money/ratio.ts
function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
function makeRatio(num, den) {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) return null;
  const g = num === 0 ? den : gcd(num, den);
  return { num: num / g, den: den / g };
}
function pct(text) {
  const r = parseRate(`${text}%`);
  if (r === null) throw new Error(`bad percentage constant ${text}`);
  return r;
}
var CODE_0 = 48;
function parseRate(raw) {
  let s;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    s = String(raw);
  } else if (typeof raw === 'string') {
    s = raw;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 127) {
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
  if (end > start && s.charCodeAt(end - 1) === 37) {
    percent = true;
    end--;
    while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  }
  if (start < end && s.charCodeAt(start) === 43) start++;
  if (s.lastIndexOf('.', end - 1) >= start) while (end > start && s.charCodeAt(end - 1) === CODE_0) end--;
  let num = 0;
  let den = 1;
  let digits = 0;
  let seenDot = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
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
function parsePercent(raw) {
  if (typeof raw !== 'string') return null;
  const s = raw.normalize('NFKC').trim();
  if (!s.endsWith('%')) return null;
  return parseRate(s);
}

// core/src/fees/fee.ts
function exactFee(currency, minor, source) {
  return { currency, low: minor, high: minor, approximate: false, source };
}
function rangeFee(currency, a, b, approximate, source) {
  return a <= b
    ? { currency, low: a, high: b, approximate, source }
    : { currency, low: b, high: a, approximate, source };
}
function memoText(fn, limit = 256) {
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== void 0 || cache.has(text)) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
var parseRateMemo = memoText(parseRate);
function settingsRate(text) {
  if (text === void 0) return null;
  const r = parseRateMemo(text);
  return r !== null && r.num > 0 ? r : null;
}

// core/src/money/round.ts
function roundDiv(num, den) {
  if (num < 0) return -roundDiv(-num, den) || 0;
  const r = num % den;
  const q2 = (num - r) / den;
  return 2 * r >= den ? q2 + 1 : q2;
}
function roundDivBig(num, den) {
  if (num < 0n) return -roundDivBig(-num, den) || 0;
  const q2 = num / den;
  const r = num - q2 * den;
  return Number(2n * r >= den ? q2 + 1n : q2);
}
function mulDiv(x, n, d) {
  const p = x * n;
  if (Number.isSafeInteger(p)) return roundDiv(p, d);
  return roundDivBig(BigInt(x) * BigInt(n), BigInt(d));
}
function mulDiv2(x, n1, d1, n2, d2) {
  const p = x * n1 * n2;
  const q2 = d1 * d2;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(q2)) return roundDiv(p, q2);
  return roundDivBig(BigInt(x) * BigInt(n1) * BigInt(n2), BigInt(d1) * BigInt(d2));
}
function compareProducts(a, b, c, x, y, z) {
  const l = a * b * c;
  const r = x * y * z;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  const bl = BigInt(a) * BigInt(b) * BigInt(c);
  const br = BigInt(x) * BigInt(y) * BigInt(z);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

// core/src/rules/catalog.ts
var q = (v) => (v === void 0 ? '' : ` "${v}"`);
var qz = (v) => (v === void 0 ? '' : `\u201C${v}\u201D`);
var whatEn = (p) => p.what?.en ?? 'this fee';
var whatZh = (p) => p.what?.zh ?? '\u8BE5\u8D39\u7528';
var RULES = {
  // §2 order types and who may draft
  'order/type': {
    severity: 'error',
    section: '\xA72',
    source: '000 \u5728\u7EBF\u4EA4\u6613\u8BA2\u5355\u64CD\u4F5C\u6D41\u7A0B',
    en: (p) => `Order type${q(p.value)} must be TA (Trade Assurance) or DPO (Direct Pay / e\u6536\u6C47).`,
    zh: (p) =>
      `\u8BA2\u5355\u7C7B\u578B${qz(p.value)}\u65E0\u6548\uFF0C\u53EA\u80FD\u662F\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\uFF08TA\uFF09\u6216 e\u6536\u6C47\u8BA2\u5355\uFF08DPO\uFF09\u3002`,
  },
  'seller/not-admitted': {
    severity: 'error',
    section: '\xA72',
    source: '000 \u4FE1\u4FDD\u51C6\u5165',
    en: (p) =>
      `A ${p.value ?? 'seller'} may not draft this order type: e\u6536\u6C47 (DPO) is for mainland paid members only; TA is for mainland, HK and TW paid members and mainland free members.`,
    zh: (p) =>
      `${p.value ?? '\u8BE5\u5356\u5BB6'}\u4E0D\u80FD\u8D77\u8349\u6B64\u7C7B\u8BA2\u5355\uFF1Ae\u6536\u6C47\u4EC5\u9650\u5927\u9646\u4ED8\u8D39\u4F1A\u5458\uFF1B\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u9650\u5927\u9646\u3001\u6E2F\u6FB3\u53F0\u4ED8\u8D39\u4F1A\u5458\u53CA\u5927\u9646\u514D\u8D39\u4F1A\u5458\u3002`,
  },
  'seller/violation-points': {
    severity: 'error',
    section: '\xA72',
    source:
      '000 \u5356\u5BB6\u51C6\u5165\u4FE1\u7528\u4FDD\u969C\u670D\u52A1\u9700\u8981\u7B26\u5408\u4EC0\u4E48\u6761\u4EF6',
    en: (p) => `Violation points are ${p.value}; Trade Assurance requires fewer than 48.`,
    zh: (p) =>
      `\u8FDD\u89C4\u6263\u5206\u4E3A ${p.value}\uFF0C\u5F00\u901A\u4FE1\u7528\u4FDD\u969C\u9700\u4F4E\u4E8E 48 \u5206\u3002`,
  },
  'seller/infringement-complaints': {
    severity: 'error',
    section: '\xA72',
    source:
      '000 \u5356\u5BB6\u51C6\u5165\u4FE1\u7528\u4FDD\u969C\u670D\u52A1\u9700\u8981\u7B26\u5408\u4EC0\u4E48\u6761\u4EF6',
    en: (p) =>
      `Serious-infringement complaints are ${p.value} (all main accounts of the company); Trade Assurance requires fewer than 3.`,
    zh: (p) =>
      `\u4E25\u91CD\u4FB5\u6743\u6295\u8BC9\u4E3A ${p.value} \u6B21\uFF08\u540C\u4E00\u516C\u53F8\u6240\u6709\u4E3B\u8D26\u53F7\u5408\u8BA1\uFF09\uFF0C\u9700\u5C11\u4E8E 3 \u6B21\u3002`,
  },
  'seller/unverified-free-member': {
    severity: 'error',
    section: '\xA72',
    source:
      '000 \u5356\u5BB6\u51C6\u5165\u4FE1\u7528\u4FDD\u969C\u670D\u52A1\u9700\u8981\u7B26\u5408\u4EC0\u4E48\u6761\u4EF6',
    en: () =>
      'A free member must pass Alipay real-name verification (company or legal representative) first.',
    zh: () =>
      '\u514D\u8D39\u4F1A\u5458\u987B\u5148\u901A\u8FC7\u652F\u4ED8\u5B9D\u5B9E\u540D\u8BA4\u8BC1\uFF08\u4F01\u4E1A\u6216\u6CD5\u5B9A\u4EE3\u8868\u4EBA\uFF09\u3002',
  },
  'order/drafter': {
    severity: 'error',
    section: '\xA72',
    source:
      '000 \u4FE1\u4FDD\u8BA2\u5355\u8D77\u8349 \u7B2C\u4E00\u6B65: e\u6536\u6C47\u8BA2\u5355-\u53EA\u80FD\u5356\u5BB6\u8D77\u8349',
    en: () => 'A Direct Pay (e\u6536\u6C47) order can only be drafted by the seller.',
    zh: () => 'e\u6536\u6C47\u8BA2\u5355\u53EA\u80FD\u7531\u5356\u5BB6\u8D77\u8349\u3002',
  },
  // §3 the draft form
  'currency/unsupported': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E00\u6B65: \u4EA4\u6613\u5E01\u79CD\uFF08\u7F8E\u91D1/\u4EBA\u6C11\u5E01\uFF09',
    en: (p) => `Currency${q(p.value)} is not supported: use USD or CNY.`,
    zh: (p) =>
      `\u4EA4\u6613\u5E01\u79CD${qz(p.value)}\u4E0D\u652F\u6301\uFF0C\u53EA\u80FD\u9009\u62E9\u7F8E\u5143\uFF08USD\uFF09\u6216\u4EBA\u6C11\u5E01\uFF08CNY\uFF09\u3002`,
  },
  'buyer/email-missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E00\u6B65: \u4E70\u5BB6\u90AE\u7BB1',
    en: () => "The buyer's email is required.",
    zh: () => '\u8BF7\u586B\u5199\u4E70\u5BB6\u90AE\u7BB1\u3002',
  },
  'buyer/email-invalid': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E00\u6B65: \u8BF7\u52A1\u5FC5\u586B\u5199\u4F7F\u7528\u4E2D\u7684\u90AE\u7BB1',
    en: (p) => `${q(p.value).trim() || 'This'} is not a valid email address.`,
    zh: (p) =>
      `${qz(p.value) || '\u8BE5\u90AE\u7BB1'}\u4E0D\u662F\u6709\u6548\u7684\u90AE\u7BB1\u5730\u5740\u3002`,
  },
  'buyer/email-domestic': {
    severity: 'error',
    section: '\xA73',
    source:
      '000 \u7B2C\u4E00\u6B65: \u4E70\u5BB6\u90AE\u7BB1\u5FC5\u987B\u662F\u6D77\u5916\u90AE\u7BB1; \u8BA2\u5355\u8D77\u8349\u540E\uFF0C\u4E70\u5BB6\u90AE\u7BB1\u5C06\u65E0\u6CD5\u4FEE\u6539',
    en: (p) =>
      `${q(p.value).trim()} is a mainland-China mailbox: the buyer email must be an overseas address, and it cannot be changed after drafting.`,
    zh: (p) =>
      `${qz(p.value)}\u662F\u4E2D\u56FD\u5927\u9646\u90AE\u7BB1\uFF1A\u4E70\u5BB6\u90AE\u7BB1\u5FC5\u987B\u662F\u6D77\u5916\u90AE\u7BB1\uFF0C\u4E14\u8BA2\u5355\u8D77\u8349\u540E\u65E0\u6CD5\u4FEE\u6539\u3002`,
  },
  'destination/missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u6536\u8D27\u5730\u5740 *',
    en: () => 'The destination country/region is required.',
    zh: () => '\u8BF7\u586B\u5199\u76EE\u7684\u56FD\u5BB6/\u5730\u533A\u3002',
  },
  'destination/restricted': {
    severity: 'error',
    section: '\xA73',
    source: '000 FAQ Q4 (restricted countries and regions)',
    en: (p) => `Trade Assurance does not support orders to ${p.what?.en ?? p.value}.`,
    zh: (p) =>
      `\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u6682\u4E0D\u652F\u6301\u51FA\u53E3\u5230${p.what?.zh ?? p.value}\u3002`,
  },
  'destination/payment-risk': {
    severity: 'warning',
    section: '\xA73',
    source: '000 FAQ Q4 (Myanmar: the bank may not guarantee receipt)',
    en: (p) =>
      `Orders to ${p.what?.en ?? p.value} are allowed, but the bank may not guarantee that the payment arrives.`,
    zh: (p) =>
      `\u53EF\u4EE5\u51FA\u53E3\u5230${p.what?.zh ?? p.value}\uFF0C\u4F46\u94F6\u884C\u4E0D\u4FDD\u8BC1\u4E00\u5B9A\u80FD\u6536\u5230\u8D27\u6B3E\u3002`,
  },
  'shipping/address-missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u6536\u8D27\u5730\u5740 *',
    en: () => 'The shipping address is required (a city not in the list: choose "other" and type it).',
    zh: () =>
      '\u8BF7\u586B\u5199\u6536\u8D27\u5730\u5740\uFF08\u627E\u4E0D\u5230\u57CE\u5E02\u65F6\u9009\u62E9\u201C\u5176\u4ED6\u201D\u540E\u624B\u52A8\u586B\u5199\uFF09\u3002',
  },
  'shipping/method-missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u8FD0\u8F93\u65B9\u5F0F *',
    en: () => 'The shipping method is required (express, sea, air, land, \u2026).',
    zh: () =>
      '\u8BF7\u9009\u62E9\u8FD0\u8F93\u65B9\u5F0F\uFF08\u5FEB\u9012\u3001\u6D77\u8FD0\u3001\u7A7A\u8FD0\u3001\u9646\u8FD0\u7B49\uFF09\u3002',
  },
  'shipping/trade-term-missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u8D38\u6613\u672F\u8BED *',
    en: () => 'The trade term (Incoterm) is required.',
    zh: () => '\u8BF7\u9009\u62E9\u8D38\u6613\u672F\u8BED\u3002',
  },
  'shipping/trade-term-unknown': {
    severity: 'error',
    section: '\xA73',
    source: 'Incoterms 2020 (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF)',
    en: (p) => `${q(p.value).trim()} is not an Incoterm (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF).`,
    zh: (p) =>
      `${qz(p.value)}\u4E0D\u662F\u56FD\u9645\u8D38\u6613\u672F\u8BED\uFF08EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF\uFF09\u3002`,
  },
  'shipping/trade-term-legacy': {
    severity: 'warning',
    section: '\xA73',
    source: 'Incoterms 2020 replaced DAT with DPU and dropped DDU',
    en: (p) => `${p.value} is a legacy Incoterm (not in Incoterms 2020): prefer ${p.expected}.`,
    zh: (p) =>
      `${p.value}\u662F\u65E7\u7248\u8D38\u6613\u672F\u8BED\uFF08Incoterms 2020 \u5DF2\u4E0D\u518D\u4F7F\u7528\uFF09\uFF0C\u5EFA\u8BAE\u6539\u7528 ${p.expected}\u3002`,
  },
  'shipping/date-missing': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u53D1\u8D27\u65E5\u671F *',
    en: () =>
      'The ship date is required: either N natural days after payment arrives, or a fixed date (US PDT).',
    zh: () =>
      '\u8BF7\u586B\u5199\u53D1\u8D27\u65E5\u671F\uFF1A\u4F9B\u5E94\u5546\u5230\u8D26\u540E N \u4E2A\u81EA\u7136\u65E5\u5185\u53D1\u8D27\uFF0C\u6216\u6307\u5B9A\u53D1\u8D27\u65E5\u671F\uFF08\u7F8E\u56FD\u592A\u5E73\u6D0B\u65F6\u95F4\uFF09\u3002',
  },
  'shipping/days-too-short': {
    severity: 'warning',
    section: '\xA73',
    source:
      '000 \u7B2C\u4E8C\u6B65: \u586B\u51990-2\u5929\u5F88\u5BB9\u6613\u903E\u671F\uFF0C\u5EFA\u8BAE\u9884\u7559\u76F8\u5BF9\u5145\u8DB3\u7684\u53D1\u8D27\u65F6\u95F4',
    en: (p) => `Shipping within ${p.days} day(s) is easily overdue: leave more time.`,
    zh: (p) =>
      `${p.days} \u5929\u5185\u53D1\u8D27\u5F88\u5BB9\u6613\u903E\u671F\uFF0C\u5EFA\u8BAE\u9884\u7559\u76F8\u5BF9\u5145\u8DB3\u7684\u53D1\u8D27\u65F6\u95F4\u3002`,
  },
  'shipping/date-past': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u6307\u5B9A\u53D1\u8D27\u65E5\u671F(US PDT)',
    en: (p) => `The ship date ${p.value} is before today (${p.date}, US Pacific time).`,
    zh: (p) =>
      `\u6307\u5B9A\u53D1\u8D27\u65E5\u671F ${p.value} \u65E9\u4E8E\u4ECA\u5929\uFF08\u7F8E\u56FD\u592A\u5E73\u6D0B\u65F6\u95F4 ${p.date}\uFF09\u3002`,
  },
  'shipping/date-too-soon': {
    severity: 'warning',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u586B\u51990-2\u5929\u5F88\u5BB9\u6613\u903E\u671F',
    en: (p) => `The ship date ${p.value} is only ${p.days} day(s) away (US Pacific time): easily overdue.`,
    zh: (p) =>
      `\u6307\u5B9A\u53D1\u8D27\u65E5\u671F ${p.value} \u8DDD\u4ECA\u4EC5 ${p.days} \u5929\uFF08\u7F8E\u56FD\u592A\u5E73\u6D0B\u65F6\u95F4\uFF09\uFF0C\u5F88\u5BB9\u6613\u903E\u671F\u3002`,
  },
  'shipping/already-shipped': {
    severity: 'error',
    section: '\xA73',
    source: '000 FAQ Q3: \u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u9700\u5728\u53D1\u8D27\u524D\u8D77\u8349',
    en: (p) =>
      `The goods shipped on ${p.value}: a Trade Assurance order must be drafted before the goods ship.`,
    zh: (p) =>
      `\u8D27\u7269\u5DF2\u4E8E ${p.value} \u53D1\u51FA\uFF1A\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u5FC5\u987B\u5728\u53D1\u8D27\u524D\u8D77\u8349\u3002`,
  },
  'amount/invalid': {
    severity: 'error',
    section: '\xA73',
    source: 'order-sheet.md: money cells',
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what?.en ?? 'an amount'}.`,
    zh: (p) =>
      `${qz(p.value) || '\u8BE5\u503C'}\u4E0D\u662F\u6709\u6548\u7684${p.what?.zh ?? '\u91D1\u989D'}\u3002`,
  },
  'amount/negative': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u8FD0\u8D39/\u7269\u6D41\u4FDD\u9669\u8D39/\u9884\u4ED8\u6B3E',
    en: (p) => `${q(p.value).trim()} is negative: amounts must be 0 or more.`,
    zh: (p) =>
      `${qz(p.value)}\u4E3A\u8D1F\u6570\uFF0C\u91D1\u989D\u5FC5\u987B\u5927\u4E8E\u6216\u7B49\u4E8E 0\u3002`,
  },
  'amount/precision': {
    severity: 'error',
    section: '\xA73',
    source: 'USD and CNY have 2 minor digits (cents / \u5206)',
    en: (p) => `${q(p.value).trim()} has more than 2 decimal places.`,
    zh: (p) => `${qz(p.value)}\u7684\u5C0F\u6570\u8D85\u8FC7 2 \u4F4D\u3002`,
  },
  'amount/product-total': {
    severity: 'error',
    section: '\xA73',
    source: '001: \u5355\u7B14\u8BA2\u5355\u91D1\u989D>0\u7F8E\u91D1',
    en: () => 'The product total must be more than 0.',
    zh: () => '\u4EA7\u54C1\u603B\u4EF7\u5FC5\u987B\u5927\u4E8E 0\u3002',
  },
  'amount/line-mismatch': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E00\u6B65: \u5355\u4EF7 \xD7 \u6570\u91CF',
    en: (p) => `The product total ${p.value} is not unit price \xD7 quantity = ${p.expected}.`,
    zh: (p) =>
      `\u4EA7\u54C1\u603B\u4EF7 ${p.value} \u4E0D\u7B49\u4E8E \u5355\u4EF7 \xD7 \u6570\u91CF = ${p.expected}\u3002`,
  },
  'amount/total-mismatch': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u8BA2\u5355\u603B\u4EF7 (products + freight + insurance)',
    en: (p) => `The order total ${p.value} is not products + freight + insurance = ${p.expected}.`,
    zh: (p) =>
      `\u8BA2\u5355\u603B\u4EF7 ${p.value} \u4E0D\u7B49\u4E8E \u4EA7\u54C1\u603B\u4EF7 + \u8FD0\u8D39 + \u4FDD\u9669\u8D39 = ${p.expected}\u3002`,
  },
  'payment/advance-min': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u9884\u4ED8\u6B3E\u9700\u8981\u22651\u7F8E\u91D1',
    en: (p) =>
      `The advance ${p.value} is below the minimum of USD 1.00${p.expected ? ` (${p.expected})` : ''}.`,
    zh: (p) =>
      `\u9884\u4ED8\u6B3E ${p.value} \u4F4E\u4E8E\u6700\u4F4E\u91D1\u989D 1 \u7F8E\u5143${p.expected ? `\uFF08${p.expected}\uFF09` : ''}\u3002`,
  },
  'payment/advance-over-total': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E8C\u6B65: \u9884\u4ED8\u6B3E / \u5C3E\u6B3E (100% = pay in full)',
    en: (p) => `The advance ${p.value} is more than the order total ${p.expected}.`,
    zh: (p) => `\u9884\u4ED8\u6B3E ${p.value} \u8D85\u8FC7\u8BA2\u5355\u603B\u4EF7 ${p.expected}\u3002`,
  },
  'payment/balance-mismatch': {
    severity: 'error',
    section: '\xA73',
    source:
      '000 \u7B2C\u4E8C\u6B65: \u5C3E\u6B3E\u91D1\u989D = \u8BA2\u5355\u603B\u4EF7 \u2212 \u9884\u4ED8\u6B3E',
    en: (p) => `The balance ${p.value} is not order total \u2212 advance = ${p.expected}.`,
    zh: (p) =>
      `\u5C3E\u6B3E ${p.value} \u4E0D\u7B49\u4E8E \u8BA2\u5355\u603B\u4EF7 \u2212 \u9884\u4ED8\u6B3E = ${p.expected}\u3002`,
  },
  'remark/too-long': {
    severity: 'error',
    section: '\xA73',
    source: '000 \u7B2C\u4E09\u6B65: \u8BA2\u5355\u5907\u6CE8 0/2000',
    en: (p) => `The remark has ${p.count} characters; at most 2,000 are allowed.`,
    zh: (p) =>
      `\u8BA2\u5355\u5907\u6CE8\u5171 ${p.count} \u4E2A\u5B57\u7B26\uFF0C\u6700\u591A 2000 \u4E2A\u3002`,
  },
  'quota/exceeded': {
    severity: 'warning',
    section: '\xA73',
    source:
      '000 \u4FE1\u4FDD\u51C6\u5165: \u53D7\u4FE1\u7528\u4FDD\u969C\u989D\u5EA6+\u9884\u6536\u5916\u6C47\u989D\u5EA6\u9650\u5236',
    en: (p) => `The order total ${p.value} is above the available ${p.what?.en ?? 'quota'} ${p.limit}.`,
    zh: (p) =>
      `\u8BA2\u5355\u603B\u4EF7 ${p.value} \u8D85\u8FC7\u53EF\u7528${p.what?.zh ?? '\u989D\u5EA6'} ${p.limit}\u3002`,
  },
  // §4 payment methods
  'payment/method-missing': {
    severity: 'error',
    section: '\xA74',
    source: '000 \u7B2C\u4E00\u6B65: \u8D77\u8349\u524D\u5148\u9009\u62E9\u652F\u4ED8\u65B9\u5F0F',
    en: () => 'Choose a payment method.',
    zh: () => '\u8BF7\u9009\u62E9\u652F\u4ED8\u65B9\u5F0F\u3002',
  },
  'payment/method-not-allowed': {
    severity: 'error',
    section: '\xA74',
    source: '000 \u7B2C\u4E00\u6B65: e\u6536\u6C47\u53EA\u6709T/T\u548CD/P\u4E24\u4E2A\u9009\u9879',
    en: (p) =>
      `${p.method} cannot be used on ${p.value === 'DPO' ? 'a Direct Pay (e\u6536\u6C47)' : 'a Trade Assurance'} order.`,
    zh: (p) =>
      `${p.value === 'DPO' ? 'e\u6536\u6C47\u8BA2\u5355' : '\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355'}\u4E0D\u652F\u6301${p.method}\u3002`,
  },
  'payment/lc-seller-only': {
    severity: 'error',
    section: '\xA74',
    source: '000 \u7B2C\u4E00\u6B65: \u4FE1\u7528\u8BC1\u53EA\u80FD\u7531\u5356\u5BB6\u53D1\u8D77',
    en: () => 'A letter of credit can only be initiated by the seller.',
    zh: () => '\u4FE1\u7528\u8BC1\u53EA\u80FD\u7531\u5356\u5BB6\u53D1\u8D77\u3002',
  },
  'payment/over-method-limit': {
    severity: 'error',
    section: '\xA74',
    source: '000 \u5904\u7406\u8D39\u7528\u548C\u65F6\u95F4 (limit per payment)',
    en: (p) =>
      `The ${p.what?.en ?? 'payment'} ${p.value} is above the ${p.method} limit of ${p.limit} per payment.`,
    zh: (p) =>
      `${p.what?.zh ?? '\u4ED8\u6B3E'} ${p.value} \u8D85\u8FC7${p.method}\u5355\u7B14\u4E0A\u9650 ${p.limit}\u3002`,
  },
  'payment/monthly-limit': {
    severity: 'warning',
    section: '\xA74',
    source: '000 \u5904\u7406\u8D39\u7528\u548C\u65F6\u95F4: Boleto \u6BCF\u6708\u4E0A\u9650 $3,000',
    en: (p) => `Boleto allows at most USD 3,000 per month; ${p.value} may be refused.`,
    zh: (p) =>
      `Boleto \u6BCF\u6708\u4E0A\u9650 3,000 \u7F8E\u5143\uFF0C${p.value} \u53EF\u80FD\u65E0\u6CD5\u652F\u4ED8\u3002`,
  },
  'payment/currency-not-accepted': {
    severity: 'error',
    section: '\xA74',
    source: '000 \u5904\u7406\u8D39\u7528\u548C\u65F6\u95F4 (\u5E01\u79CD)',
    en: (p) => `${p.method} does not accept payments in ${p.value} (accepts ${p.expected}).`,
    zh: (p) =>
      `${p.method}\u4E0D\u652F\u6301\u4EE5 ${p.value} \u4ED8\u6B3E\uFF08\u4EC5\u9650 ${p.expected}\uFF09\u3002`,
  },
  // §5 export modes
  'export/mode-missing': {
    severity: 'error',
    section: '\xA75',
    source: '000 \u7B2C\u4E8C\u6B65: \u51FA\u53E3\u65B9\u5F0F *',
    en: () => 'Choose an export mode.',
    zh: () => '\u8BF7\u9009\u62E9\u51FA\u53E3\u65B9\u5F0F\u3002',
  },
  'export/convenient-over-limit': {
    severity: 'error',
    section: '\xA75',
    source:
      '000 \u7B2C\u4E8C\u6B65: \u4FBF\u6377\u53D1\u8D27 \u2014 \u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u91D1\u989D USD 5,000.00\u4EE5\u5185',
    en: (p) => `Convenient shipping is only for orders up to USD 5,000.00; this order is ${p.value}.`,
    zh: (p) =>
      `\u4FBF\u6377\u53D1\u8D27\u4EC5\u9002\u7528\u4E8E 5,000.00 \u7F8E\u5143\u4EE5\u5185\u7684\u8BA2\u5355\uFF0C\u672C\u8BA2\u5355\u4E3A ${p.value}\u3002`,
  },
  'export/convenient-dpo': {
    severity: 'error',
    section: '\xA75',
    source: '000 \u7B2C\u4E8C\u6B65: e\u6536\u6C47\u8BA2\u5355 \u4E0D\u652F\u6301\u4FBF\u6377\u53D1\u8D27',
    en: () => 'Direct Pay (e\u6536\u6C47) orders cannot use convenient shipping.',
    zh: () => 'e\u6536\u6C47\u8BA2\u5355\u4E0D\u652F\u6301\u4FBF\u6377\u53D1\u8D27\u3002',
  },
  'export/onetouch-review': {
    severity: 'info',
    section: '\xA75',
    source:
      '000 \u7B2C\u4E8C\u6B65: \u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3 \u2014 \u8BF7\u786E\u4FDD\u5546\u54C1\u5148\u884C\u901A\u8FC7\u4E00\u8FBE\u901A\u51FA\u53E3\u4EA7\u54C1\u5BA1\u6838',
    en: () =>
      'OneTouch agent export: the products must pass OneTouch export review first, or the order cannot ship.',
    zh: () =>
      '\u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3\uFF1A\u5546\u54C1\u987B\u5148\u901A\u8FC7\u4E00\u8FBE\u901A\u51FA\u53E3\u4EA7\u54C1\u5BA1\u6838\uFF0C\u5426\u5219\u8BA2\u5355\u5C06\u65E0\u6CD5\u5B8C\u6210\u53D1\u8D27\u3002',
  },
  // §8 withdrawal
  'withdrawal/wrong-account': {
    severity: 'error',
    section: '\xA78',
    source:
      '000 \u7B2C\u516D\u6B65: \u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3\u4ECE\u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237\u63D0\u73B0; \u5176\u4ED6\u4ECE\u81EA\u4E3B\u51FA\u53E3\u8D26\u6237\u63D0\u73B0',
    en: (p) => `Money of ${p.mode} orders is withdrawn from the ${p.expected}, not the ${p.account}.`,
    zh: (p) =>
      `${p.mode}\u8BA2\u5355\u7684\u6B3E\u9879\u5E94\u4ECE${p.expected}\u63D0\u73B0\uFF0C\u800C\u4E0D\u662F${p.account}\u3002`,
  },
  'withdrawal/currency': {
    severity: 'error',
    section: '\xA78',
    source:
      '000 \u7B2C\u516D\u6B65: \u6E2F\u6FB3\u53F0\u4F1A\u5458\u53EA\u80FD\u63D0\u73B0\u7F8E\u5143; \u6CD5\u4EBA\u4E2A\u4EBA\u8D26\u6237\u4EC5\u4EBA\u6C11\u5E01',
    en: (p) => `${p.what?.en ?? 'This account'} cannot receive ${p.value}.`,
    zh: (p) => `${p.what?.zh ?? '\u8BE5\u8D26\u6237'}\u4E0D\u80FD\u63D0\u73B0${p.value}\u3002`,
  },
  'withdrawal/personal-onetouch': {
    severity: 'error',
    section: '\xA78',
    source:
      '000 \u7B2C\u516D\u6B65 \u63D0\u73B0\u8868: \u6CD5\u4EBA\u4E2A\u4EBA\u8D26\u6237\u4EC5\u9650\u81EA\u4E3B\u51FA\u53E3\u8D26\u6237',
    en: () => "The OneTouch export account cannot pay out to the legal representative's personal account.",
    zh: () =>
      '\u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237\u4E0D\u80FD\u63D0\u73B0\u5230\u6CD5\u4EBA\u4E2A\u4EBA\u8D26\u6237\u3002',
  },
  'withdrawal/over-limit': {
    severity: 'error',
    section: '\xA78',
    source: '000 \u7B2C\u516D\u6B65 \u63D0\u73B0\u8868 (per-withdrawal limits)',
    en: (p) => `The withdrawal ${p.value} is above the limit of ${p.limit} per withdrawal.`,
    zh: (p) => `\u63D0\u73B0\u91D1\u989D ${p.value} \u8D85\u8FC7\u5355\u7B14\u4E0A\u9650 ${p.limit}\u3002`,
  },
  'withdrawal/not-stated': {
    severity: 'warning',
    section: '\xA78',
    source: '000 \u7B2C\u516D\u6B65 \u63D0\u73B0\u8868 (combinations not listed)',
    en: (p) =>
      `The sources state no fee for ${p.value}: check with your bank before relying on the net amount.`,
    zh: (p) =>
      `\u8D44\u6599\u672A\u8BF4\u660E${p.value}\u7684\u63D0\u73B0\u8D39\u7528\uFF0C\u8BF7\u5411\u94F6\u884C\u786E\u8BA4\u540E\u518D\u4F9D\u8D56\u5230\u8D26\u91D1\u989D\u3002`,
  },
  // §9 money and rates
  'fx/rate-missing': {
    severity: 'warning',
    section: '\xA79',
    source: 'rules.md \xA79: rates come from the user, never the network',
    en: (p) => `${whatEn(p)} needs a USD\u2194CNY rate: add it in the settings (${p.expected ?? 'usdCny'}).`,
    zh: (p) =>
      `${whatZh(p)}\u9700\u8981\u7F8E\u5143\u5151\u4EBA\u6C11\u5E01\u6C47\u7387\uFF0C\u8BF7\u5728\u8BBE\u7F6E\u4E2D\u586B\u5199\uFF08${p.expected ?? 'usdCny'}\uFF09\u3002`,
  },
  // Rules this toolkit adds (docs/rules.md "Added by ta-toolkit"): each makes a spec sentence checkable.
  'fee/not-stated': {
    severity: 'info',
    section: 'ext',
    source: 'order-sheet.md Report: a fee that cannot be computed is null and the row says why',
    en: (p) => `${whatEn(p)} is not computed: ${p.value ?? 'the sources do not state it'}.`,
    zh: (p) =>
      `${whatZh(p)}\u65E0\u6CD5\u8BA1\u7B97\uFF1A${p.value ?? '\u8D44\u6599\u672A\u8BF4\u660E'}\u3002`,
  },
  'input/invalid': {
    severity: 'error',
    section: 'ext',
    source: 'order-sheet.md column values',
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what?.en ?? 'a valid value'}.`,
    zh: (p) =>
      `${qz(p.value) || '\u8BE5\u503C'}\u4E0D\u662F\u6709\u6548\u7684${p.what?.zh ?? '\u503C'}\u3002`,
  },
};
var RULE_IDS = Object.keys(RULES);
function finding(rule, field, params = {}) {
  const spec = RULES[rule];
  return { rule, severity: spec.severity, field, message: { en: spec.en(params), zh: spec.zh(params) } };
}

// core/src/check/context.ts
function createContext(input, settings, today) {
  return {
    input,
    settings,
    today,
    findings: [],
    usdCny: settingsRate(settings.usdCny),
    type: null,
    drafter: 'seller',
    currency: null,
    productTotal: null,
    orderTotal: null,
    advance: null,
    balance: null,
    methods: null,
    exportMode: null,
    payments: null,
  };
}
function report(ctx, rule, field, params) {
  ctx.findings.push(finding(rule, field, params));
}
function cellText(ctx, field) {
  const raw = ctx.input[field];
  if (typeof raw === 'string') {
    const n = raw.length;
    return n === 0 || (raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32) ? raw : raw.trim();
  }
  if (raw === void 0) return void 0;
  if (raw === null) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw);
}
var FX_NEEDED = { en: 'This check', zh: '\u6B64\u9879\u68C0\u67E5' };
function compareWithUsd(ctx, minor, usdMinor, field, what = FX_NEEDED) {
  if (ctx.currency === 'USD') return minor < usdMinor ? -1 : minor > usdMinor ? 1 : 0;
  if (ctx.currency !== 'CNY') return null;
  if (!ctx.usdCny) {
    if (!ctx.findings.some((f) => f.rule === 'fx/rate-missing' && f.message.en.startsWith(what.en))) {
      report(ctx, 'fx/rate-missing', field, { what });
    }
    return null;
  }
  return compareProducts(minor, ctx.usdCny.den, 1, usdMinor, ctx.usdCny.num, 1);
}

// core/src/money/parse.ts
var MAX_AMOUNT_MINOR = 999999999999999;
var EMPTY = { ok: false, reason: 'empty' };
var INVALID = { ok: false, reason: 'invalid' };
var PRECISION = { ok: false, reason: 'precision' };
var TOO_LARGE = { ok: false, reason: 'too-large' };
var DIGITS = 2;
function parseAmount(raw) {
  if (typeof raw === 'number') return parseNumber(raw);
  if (typeof raw === 'string') return parseText(raw);
  if (raw === void 0 || raw === null) return EMPTY;
  return INVALID;
}
function parseNumber(n) {
  if (!Number.isFinite(n)) return INVALID;
  if (Number.isInteger(n)) {
    const minor = n * 100;
    if (Math.abs(minor) > MAX_AMOUNT_MINOR) return TOO_LARGE;
    return n < 0 ? { ok: true, minor, negative: true } : { ok: true, minor: minor + 0, negative: false };
  }
  const s = String(n);
  if (s.indexOf('e') >= 0) return PRECISION;
  return parseText(s);
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12288 || c === 8239 || c === 8201;
}
function markerAt(s, i, end, marker) {
  if (i + marker.length > end) return false;
  for (let k = 0; k < marker.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== marker.charCodeAt(k)) return false;
  }
  return true;
}
function parseText(input) {
  let s = input;
  for (let i2 = 0; i2 < s.length; i2++) {
    if (s.charCodeAt(i2) > 127) {
      s = s.normalize('NFKC');
      break;
    }
  }
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;
  let negative = false;
  let currency;
  if (s.charCodeAt(start) === 40 && s.charCodeAt(end - 1) === 41) {
    negative = true;
    start++;
    end--;
  }
  for (let pass = 0; pass < 4 && start < end; pass++) {
    const c = s.charCodeAt(start);
    if (isSpace(c) || c === 92) {
      start++;
      pass--;
      continue;
    }
    if (c === 45 || c === 8722) {
      if (negative) return INVALID;
      negative = true;
      start++;
      continue;
    }
    if (c === 43) {
      start++;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 46) break;
    let matched = false;
    for (const [marker, code] of CURRENCY_MARKERS) {
      if (markerAt(s, start, end, marker)) {
        if (currency !== void 0 && currency !== code) return INVALID;
        currency = code;
        start += marker.length;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  const last = end > start ? s.charCodeAt(end - 1) : 48;
  if (last < 48 || last > 57)
    for (const [marker, code] of CURRENCY_MARKERS) {
      const at = end - marker.length;
      if (at > start && markerAt(s, at, end, marker)) {
        if (currency !== void 0 && currency !== code) return INVALID;
        currency = code;
        end = at;
        while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
        break;
      }
    }
  if (start === end) return INVALID;
  let units = 0;
  let intDigits = 0;
  let groupLen = -1;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      intDigits++;
      if (groupLen >= 0) groupLen++;
      if (intDigits > 13) return allDigits(s, i, end, true) ? TOO_LARGE : INVALID;
      continue;
    }
    if (c === 44) {
      if (intDigits === 0 || (groupLen >= 0 && groupLen !== 3) || (groupLen < 0 && intDigits > 3))
        return INVALID;
      groupLen = 0;
      continue;
    }
    break;
  }
  if (groupLen >= 0 && groupLen !== 3) return INVALID;
  let frac = 0;
  let fracDigits = 0;
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return INVALID;
      if (fracDigits < DIGITS) {
        frac = frac * 10 + (c - 48);
        fracDigits++;
      } else if (c !== 48) {
        return allDigits(s, i, end, false) ? PRECISION : INVALID;
      }
    }
    if (intDigits === 0 && fracDigits === 0) return INVALID;
  } else if (i < end || intDigits === 0) {
    return INVALID;
  }
  while (fracDigits < DIGITS) {
    frac *= 10;
    fracDigits++;
  }
  const abs = units * 100 + frac;
  if (abs > MAX_AMOUNT_MINOR) return TOO_LARGE;
  const minor = negative && abs !== 0 ? -abs : abs;
  return currency === void 0
    ? { ok: true, minor, negative: minor < 0 }
    : { ok: true, minor, currency, negative: minor < 0 };
}
function allDigits(s, from, end, separators) {
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && !(separators && (c === 44 || c === 46))) return false;
  }
  return true;
}

// core/src/check/read-money.ts
var AN_AMOUNT = { en: 'an amount', zh: '\u91D1\u989D' };
function readMoney(ctx, field) {
  const raw = ctx.input[field];
  if (raw === void 0) return 'absent';
  const parsed = parseAmount(raw);
  if (parsed.ok && !parsed.negative && (parsed.currency === void 0 || parsed.currency === ctx.currency)) {
    return parsed.minor;
  }
  const value = cellText(ctx, field) ?? '';
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return 'empty';
    if (parsed.reason === 'precision') report(ctx, 'amount/precision', field, { value });
    else report(ctx, 'amount/invalid', field, { value, what: AN_AMOUNT });
    return 'bad';
  }
  if (parsed.currency && ctx.currency && parsed.currency !== ctx.currency) {
    const what = { en: `an amount in ${ctx.currency}`, zh: `${ctx.currency} \u91D1\u989D` };
    report(ctx, 'amount/invalid', field, { value, what });
    return 'bad';
  }
  if (parsed.negative) {
    report(ctx, 'amount/negative', field, { value });
    return 'bad';
  }
  return parsed.minor;
}
function readAdvance(ctx) {
  const text = cellText(ctx, 'advance');
  const ratio = text !== void 0 && /[%％]/.test(text) ? parsePercent(text) : null;
  if (ratio === null) return readMoney(ctx, 'advance');
  if (ratio.num > ratio.den) {
    report(ctx, 'amount/invalid', 'advance', {
      value: text,
      what: { en: 'a percentage up to 100%', zh: '\u4E0D\u8D85\u8FC7 100% \u7684\u6BD4\u4F8B' },
    });
    return 'bad';
  }
  if (ctx.orderTotal === null) return 'bad';
  return mulDiv(ctx.orderTotal, ratio.num, ratio.den);
}
var DIGITS_ONLY = /^\d+$/;
function readWholeNumber(ctx, field, what) {
  const raw = ctx.input[field];
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return raw;
  const text = cellText(ctx, field);
  if (text === void 0 || text === '') return null;
  if (DIGITS_ONLY.test(text) && text.length < 16) return Number(text);
  const normalized = text.normalize('NFKC').replace(/,/g, '');
  if (!/^-?\d+$/.test(normalized) || !Number.isSafeInteger(Number(normalized))) {
    report(ctx, 'input/invalid', field, { value: text, what });
    return 'bad';
  }
  const n = Number(normalized);
  if (n < 0) {
    report(ctx, 'amount/negative', field, { value: text });
    return 'bad';
  }
  return n;
}

// core/src/check/amounts.ts
var MIN_ADVANCE_USD_MINOR = 100;
var REMARK_MAX_CHARS = 2e3;
var QUANTITY = { en: 'a whole number', zh: '\u6574\u6570' };
var ADVANCE_MIN_CHECK = {
  en: 'The USD 1 minimum advance check',
  zh: '\u9884\u4ED8\u6B3E \u2265 1 \u7F8E\u5143\u7684\u68C0\u67E5',
};
function checkAmounts(ctx) {
  const currencyText = cellText(ctx, 'currency');
  ctx.currency = currencyText ? resolveOrderCurrency(currencyText) : 'USD';
  if (currencyText !== void 0 && ctx.currency === null) {
    report(ctx, 'currency/unsupported', 'currency', { value: currencyText });
  }
  if (ctx.currency === null) return;
  const fmt = (minor) => formatMoney({ minor, currency: ctx.currency ?? 'USD' });
  const unitPrice = readMoney(ctx, 'unit_price');
  const quantity = readWholeNumber(ctx, 'quantity', QUANTITY);
  const statedProducts = readMoney(ctx, 'product_total');
  const computedProducts =
    typeof unitPrice === 'number' && typeof quantity === 'number' ? unitPrice * quantity : null;
  if (
    typeof statedProducts === 'number' &&
    computedProducts !== null &&
    statedProducts !== computedProducts
  ) {
    report(ctx, 'amount/line-mismatch', 'product_total', {
      value: fmt(statedProducts),
      expected: fmt(computedProducts),
    });
  }
  const products = typeof statedProducts === 'number' ? statedProducts : computedProducts;
  if (products !== null && products <= 0) {
    report(ctx, 'amount/product-total', typeof statedProducts === 'number' ? 'product_total' : 'unit_price');
  }
  ctx.productTotal = products;
  const freight = readMoney(ctx, 'freight');
  const insurance = readMoney(ctx, 'insurance');
  const statedTotal = readMoney(ctx, 'order_total');
  const extrasKnown = freight !== 'bad' && insurance !== 'bad';
  const computedTotal =
    products !== null && extrasKnown
      ? products +
        (typeof freight === 'number' ? freight : 0) +
        (typeof insurance === 'number' ? insurance : 0)
      : null;
  if (typeof statedTotal === 'number' && computedTotal !== null && statedTotal !== computedTotal) {
    report(ctx, 'amount/total-mismatch', 'order_total', {
      value: fmt(statedTotal),
      expected: fmt(computedTotal),
    });
  }
  ctx.orderTotal = typeof statedTotal === 'number' ? statedTotal : computedTotal;
  const advance = readAdvance(ctx);
  const advanceText = cellText(ctx, 'advance') ?? '';
  if (advance === 'empty' || typeof advance === 'number') {
    const minor = advance === 'empty' ? 0 : advance;
    const vsMin = compareWithUsd(ctx, minor, MIN_ADVANCE_USD_MINOR, 'advance', ADVANCE_MIN_CHECK);
    if (vsMin === -1) {
      const converted =
        ctx.currency === 'CNY' && ctx.usdCny ? `at ${ctx.settings.usdCny} CNY per USD` : void 0;
      report(ctx, 'payment/advance-min', 'advance', {
        value: advanceText || fmt(minor),
        expected: converted,
      });
    }
    ctx.advance = minor;
    if (ctx.orderTotal !== null && minor > ctx.orderTotal) {
      report(ctx, 'payment/advance-over-total', 'advance', {
        value: fmt(minor),
        expected: fmt(ctx.orderTotal),
      });
    }
  }
  const balance = readMoney(ctx, 'balance');
  const expectedBalance =
    ctx.orderTotal !== null && ctx.advance !== null ? ctx.orderTotal - ctx.advance : null;
  if (
    typeof balance === 'number' &&
    expectedBalance !== null &&
    expectedBalance >= 0 &&
    balance !== expectedBalance
  ) {
    report(ctx, 'payment/balance-mismatch', 'balance', {
      value: fmt(balance),
      expected: fmt(expectedBalance),
    });
  }
  ctx.balance =
    expectedBalance !== null && expectedBalance >= 0
      ? expectedBalance
      : typeof balance === 'number'
        ? balance
        : null;
}
function checkQuota(ctx) {
  if (ctx.orderTotal === null || ctx.type === null) return;
  const quotaText = ctx.type === 'TA' ? ctx.settings.taQuota : ctx.settings.fxQuota;
  if (quotaText === void 0) return;
  const quota = readSettingUsd(quotaText);
  if (quota === null) return;
  const what =
    ctx.type === 'TA'
      ? { en: 'Trade Assurance quota', zh: '\u4FE1\u7528\u4FDD\u969C\u989D\u5EA6' }
      : { en: 'advance-FX quota', zh: '\u9884\u6536\u5916\u6C47\u989D\u5EA6' };
  if (
    compareWithUsd(ctx, ctx.orderTotal, quota, 'order_total', {
      en: 'The quota check',
      zh: '\u989D\u5EA6\u68C0\u67E5',
    }) === 1
  ) {
    const value = formatMoney({ minor: ctx.orderTotal, currency: ctx.currency ?? 'USD' });
    report(ctx, 'quota/exceeded', 'order_total', {
      value,
      limit: formatMoney({ minor: quota, currency: 'USD' }),
      what,
    });
  }
}
function checkRemark(ctx) {
  const remark = cellText(ctx, 'remark');
  if (remark === void 0 || remark.length <= REMARK_MAX_CHARS) return;
  const count = [...remark].length;
  if (count > REMARK_MAX_CHARS) report(ctx, 'remark/too-long', 'remark', { count });
}
function readSettingUsd(text) {
  const parsed = parseAmount(text);
  return parsed.ok && !parsed.negative ? parsed.minor : null;
}

// node_modules/i18n-iso-countries/langs/en.json
var en_default = {
  locale: 'en',
  countries: {
    AF: 'Afghanistan',
    AL: 'Albania',
    DZ: 'Algeria',
    AS: 'American Samoa',
    AD: 'Andorra',
    AO: 'Angola',
    AI: 'Anguilla',
    AQ: 'Antarctica',
    AG: 'Antigua and Barbuda',
    AR: 'Argentina',
    AM: 'Armenia',
    AW: 'Aruba',
    AU: 'Australia',
    AT: 'Austria',
    AZ: 'Azerbaijan',
    BS: 'Bahamas',
    BH: 'Bahrain',
    BD: 'Bangladesh',
    BB: 'Barbados',
    BY: 'Belarus',
    BE: 'Belgium',
    BZ: 'Belize',
    BJ: 'Benin',
    BM: 'Bermuda',
    BT: 'Bhutan',
    BO: 'Bolivia',
    BA: 'Bosnia and Herzegovina',
    BW: 'Botswana',
    BV: 'Bouvet Island',
    BR: 'Brazil',
    IO: 'British Indian Ocean Territory',
    BN: 'Brunei Darussalam',
    BG: 'Bulgaria',
    BF: 'Burkina Faso',
    BI: 'Burundi',
    KH: 'Cambodia',
    CM: 'Cameroon',
    CA: 'Canada',
    CV: 'Cape Verde',
    KY: 'Cayman Islands',
    CF: 'Central African Republic',
    TD: 'Chad',
    CL: 'Chile',
    CN: ["People's Republic of China", 'China'],
    CX: 'Christmas Island',
    CC: 'Cocos (Keeling) Islands',
    CO: 'Colombia',
    KM: 'Comoros',
    CG: ['Republic of the Congo', 'Congo'],
    CD: ['Democratic Republic of the Congo', 'Congo'],
    CK: 'Cook Islands',
    CR: 'Costa Rica',
    CI: ["Cote d'Ivoire", "C\xF4te d'Ivoire", 'Ivory Coast'],
    HR: 'Croatia',
    CU: 'Cuba',
    CY: 'Cyprus',
    CZ: ['Czech Republic', 'Czechia'],
    DK: 'Denmark',
    DJ: 'Djibouti',
    DM: 'Dominica',
    DO: 'Dominican Republic',
    EC: 'Ecuador',
    EG: 'Egypt',
    SV: 'El Salvador',
    GQ: 'Equatorial Guinea',
    ER: 'Eritrea',
    EE: 'Estonia',
    ET: 'Ethiopia',
    FK: 'Falkland Islands (Malvinas)',
    FO: 'Faroe Islands',
    FJ: 'Fiji',
    FI: 'Finland',
    FR: 'France',
    GF: 'French Guiana',
    PF: 'French Polynesia',
    TF: 'French Southern Territories',
    GA: 'Gabon',
    GM: ['Republic of The Gambia', 'The Gambia', 'Gambia'],
    GE: 'Georgia',
    DE: 'Germany',
    GH: 'Ghana',
    GI: 'Gibraltar',
    GR: 'Greece',
    GL: 'Greenland',
    GD: 'Grenada',
    GP: 'Guadeloupe',
    GU: 'Guam',
    GT: 'Guatemala',
    GN: 'Guinea',
    GW: 'Guinea-Bissau',
    GY: 'Guyana',
    HT: 'Haiti',
    HM: 'Heard Island and McDonald Islands',
    VA: 'Holy See (Vatican City State)',
    HN: 'Honduras',
    HK: 'Hong Kong',
    HU: 'Hungary',
    IS: 'Iceland',
    IN: 'India',
    ID: 'Indonesia',
    IR: ['Islamic Republic of Iran', 'Iran'],
    IQ: 'Iraq',
    IE: 'Ireland',
    IL: 'Israel',
    IT: 'Italy',
    JM: 'Jamaica',
    JP: 'Japan',
    JO: 'Jordan',
    KZ: 'Kazakhstan',
    KE: 'Kenya',
    KI: 'Kiribati',
    KP: 'North Korea',
    KR: ['South Korea', 'Korea, Republic of', 'Republic of Korea'],
    KW: 'Kuwait',
    KG: 'Kyrgyzstan',
    LA: "Lao People's Democratic Republic",
    LV: 'Latvia',
    LB: 'Lebanon',
    LS: 'Lesotho',
    LR: 'Liberia',
    LY: 'Libya',
    LI: 'Liechtenstein',
    LT: 'Lithuania',
    LU: 'Luxembourg',
    MO: 'Macao',
    MG: 'Madagascar',
    MW: 'Malawi',
    MY: 'Malaysia',
    MV: 'Maldives',
    ML: 'Mali',
    MT: 'Malta',
    MH: 'Marshall Islands',
    MQ: 'Martinique',
    MR: 'Mauritania',
    MU: 'Mauritius',
    YT: 'Mayotte',
    MX: 'Mexico',
    FM: 'Micronesia, Federated States of',
    MD: 'Moldova, Republic of',
    MC: 'Monaco',
    MN: 'Mongolia',
    MS: 'Montserrat',
    MA: 'Morocco',
    MZ: 'Mozambique',
    MM: 'Myanmar',
    NA: 'Namibia',
    NR: 'Nauru',
    NP: 'Nepal',
    NL: ['Netherlands', 'The Netherlands', 'Netherlands (Kingdom of the)'],
    NC: 'New Caledonia',
    NZ: 'New Zealand',
    NI: 'Nicaragua',
    NE: 'Niger',
    NG: 'Nigeria',
    NU: 'Niue',
    NF: 'Norfolk Island',
    MK: ['The Republic of North Macedonia', 'North Macedonia'],
    MP: 'Northern Mariana Islands',
    NO: 'Norway',
    OM: 'Oman',
    PK: 'Pakistan',
    PW: 'Palau',
    PS: ['State of Palestine', 'Palestine'],
    PA: 'Panama',
    PG: 'Papua New Guinea',
    PY: 'Paraguay',
    PE: 'Peru',
    PH: 'Philippines',
    PN: ['Pitcairn', 'Pitcairn Islands'],
    PL: 'Poland',
    PT: 'Portugal',
    PR: 'Puerto Rico',
    QA: 'Qatar',
    RE: 'Reunion',
    RO: 'Romania',
    RU: ['Russian Federation', 'Russia'],
    RW: 'Rwanda',
    SH: 'Saint Helena',
    KN: 'Saint Kitts and Nevis',
    LC: 'Saint Lucia',
    PM: 'Saint Pierre and Miquelon',
    VC: 'Saint Vincent and the Grenadines',
    WS: 'Samoa',
    SM: 'San Marino',
    ST: 'Sao Tome and Principe',
    SA: 'Saudi Arabia',
    SN: 'Senegal',
    SC: 'Seychelles',
    SL: 'Sierra Leone',
    SG: 'Singapore',
    SK: 'Slovakia',
    SI: 'Slovenia',
    SB: 'Solomon Islands',
    SO: 'Somalia',
    ZA: 'South Africa',
    GS: 'South Georgia and the South Sandwich Islands',
    ES: 'Spain',
    LK: 'Sri Lanka',
    SD: 'Sudan',
    SR: 'Suriname',
    SJ: 'Svalbard and Jan Mayen',
    SZ: 'Eswatini',
    SE: 'Sweden',
    CH: 'Switzerland',
    SY: 'Syrian Arab Republic',
    TW: ['Taiwan, Province of China', 'Taiwan'],
    TJ: 'Tajikistan',
    TZ: ['United Republic of Tanzania', 'Tanzania'],
    TH: 'Thailand',
    TL: 'Timor-Leste',
    TG: 'Togo',
    TK: 'Tokelau',
    TO: 'Tonga',
    TT: 'Trinidad and Tobago',
    TN: 'Tunisia',
    TR: ['T\xFCrkiye', 'Turkey'],
    TM: 'Turkmenistan',
    TC: 'Turks and Caicos Islands',
    TV: 'Tuvalu',
    UG: 'Uganda',
    UA: 'Ukraine',
    AE: ['United Arab Emirates', 'UAE'],
    GB: ['United Kingdom', 'UK', 'Great Britain'],
    US: ['United States of America', 'United States', 'USA', 'U.S.A.', 'US', 'U.S.'],
    UM: 'United States Minor Outlying Islands',
    UY: 'Uruguay',
    UZ: 'Uzbekistan',
    VU: 'Vanuatu',
    VE: 'Venezuela',
    VN: 'Vietnam',
    VG: 'Virgin Islands, British',
    VI: 'Virgin Islands, U.S.',
    WF: 'Wallis and Futuna',
    EH: 'Western Sahara',
    YE: 'Yemen',
    ZM: 'Zambia',
    ZW: 'Zimbabwe',
    AX: ['\xC5land Islands', 'Aland Islands'],
    BQ: 'Bonaire, Sint Eustatius and Saba',
    CW: 'Cura\xE7ao',
    GG: 'Guernsey',
    IM: 'Isle of Man',
    JE: 'Jersey',
    ME: 'Montenegro',
    BL: 'Saint Barth\xE9lemy',
    MF: 'Saint Martin (French part)',
    RS: 'Serbia',
    SX: 'Sint Maarten (Dutch part)',
    SS: 'South Sudan',
    XK: 'Kosovo',
  },
};

// node_modules/i18n-iso-countries/langs/zh.json
var zh_default = {
  locale: 'zh',
  countries: {
    AD: '\u5B89\u9053\u5C14',
    AE: '\u963F\u8054\u914B',
    AF: '\u963F\u5BCC\u6C57',
    AG: '\u5B89\u63D0\u74DC\u548C\u5DF4\u5E03\u8FBE',
    AI: '\u5B89\u572D\u62C9',
    AL: '\u963F\u5C14\u5DF4\u5C3C\u4E9A',
    AM: '\u4E9A\u7F8E\u5C3C\u4E9A',
    AO: '\u5B89\u54E5\u62C9',
    AQ: '\u5357\u6781\u6D32',
    AR: '\u963F\u6839\u5EF7',
    AS: '\u7F8E\u5C5E\u8428\u6469\u4E9A',
    AT: '\u5965\u5730\u5229',
    AU: '\u6FB3\u5927\u5229\u4E9A',
    AW: '\u963F\u9C81\u5DF4',
    AX: '\u5965\u5170',
    AZ: '\u963F\u585E\u62DC\u7586',
    BA: '\u6CE2\u9ED1',
    BB: '\u5DF4\u5DF4\u591A\u65AF',
    BD: '\u5B5F\u52A0\u62C9\u56FD',
    BE: '\u6BD4\u5229\u65F6',
    BF: '\u5E03\u57FA\u7EB3\u6CD5\u7D22',
    BG: '\u4FDD\u52A0\u5229\u4E9A',
    BH: '\u5DF4\u6797',
    BI: '\u5E03\u9686\u8FEA',
    BJ: '\u8D1D\u5B81',
    BL: '\u5723\u5DF4\u6CF0\u52D2\u7C73',
    BM: '\u767E\u6155\u5927',
    BN: '\u6587\u83B1',
    BO: '\u73BB\u5229\u7EF4\u4E9A',
    BQ: '\u8377\u5170\u52A0\u52D2\u6BD4\u533A',
    BR: '\u5DF4\u897F',
    BS: '\u5DF4\u54C8\u9A6C',
    BT: '\u4E0D\u4E39',
    BV: '\u5E03\u97E6\u5C9B',
    BW: '\u535A\u8328\u74E6\u7EB3',
    BY: '\u767D\u4FC4\u7F57\u65AF',
    BZ: '\u4F2F\u5229\u5179',
    CA: '\u52A0\u62FF\u5927',
    CC: '\u79D1\u79D1\u65AF\uFF08\u57FA\u6797\uFF09\u7FA4\u5C9B',
    CD: '\u521A\u679C\uFF08\u91D1\uFF09',
    CF: '\u4E2D\u975E',
    CG: '\u521A\u679C\uFF08\u5E03\uFF09',
    CH: '\u745E\u58EB',
    CI: '\u79D1\u7279\u8FEA\u74E6',
    CK: '\u5E93\u514B\u7FA4\u5C9B',
    CL: '\u667A\u5229',
    CM: '\u5580\u9EA6\u9686',
    CN: '\u4E2D\u56FD',
    CO: '\u54E5\u4F26\u6BD4\u4E9A',
    CR: '\u54E5\u65AF\u8FBE\u9ECE\u52A0',
    CU: '\u53E4\u5DF4',
    CV: '\u4F5B\u5F97\u89D2',
    CW: '\u5E93\u62C9\u7D22',
    CX: '\u5723\u8BDE\u5C9B',
    CY: '\u585E\u6D66\u8DEF\u65AF',
    CZ: '\u6377\u514B',
    DE: '\u5FB7\u56FD',
    DJ: '\u5409\u5E03\u63D0',
    DK: '\u4E39\u9EA6',
    DM: '\u591A\u7C73\u5C3C\u514B',
    DO: '\u591A\u7C73\u5C3C\u52A0',
    DZ: '\u963F\u5C14\u53CA\u5229\u4E9A',
    EC: '\u5384\u74DC\u591A\u5C14',
    EE: '\u7231\u6C99\u5C3C\u4E9A',
    EG: '\u57C3\u53CA',
    EH: '\u963F\u62C9\u4F2F\u6492\u54C8\u62C9\u6C11\u4E3B\u5171\u548C\u56FD',
    ER: '\u5384\u7ACB\u7279\u91CC\u4E9A',
    ES: '\u897F\u73ED\u7259',
    ET: '\u57C3\u585E\u4FC4\u6BD4\u4E9A',
    FI: '\u82AC\u5170',
    FJ: '\u6590\u6D4E',
    FK: '\u798F\u514B\u5170\u7FA4\u5C9B',
    FM: '\u5BC6\u514B\u7F57\u5C3C\u897F\u4E9A\u8054\u90A6',
    FO: '\u6CD5\u7F57\u7FA4\u5C9B',
    FR: '\u6CD5\u56FD',
    GA: '\u52A0\u84EC',
    GB: '\u82F1\u56FD',
    GD: '\u683C\u6797\u7EB3\u8FBE',
    GE: '\u683C\u9C81\u5409\u4E9A',
    GF: '\u6CD5\u5C5E\u572D\u4E9A\u90A3',
    GG: '\u6839\u897F',
    GH: '\u52A0\u7EB3',
    GI: '\u76F4\u5E03\u7F57\u9640',
    GL: '\u683C\u9675\u5170',
    GM: '\u5188\u6BD4\u4E9A',
    GN: '\u51E0\u5185\u4E9A',
    GP: '\u74DC\u5FB7\u7F57\u666E',
    GQ: '\u8D64\u9053\u51E0\u5185\u4E9A',
    GR: '\u5E0C\u814A',
    GS: '\u5357\u4E54\u6CBB\u4E9A\u548C\u5357\u6851\u5A01\u5947\u7FA4\u5C9B',
    GT: '\u5371\u5730\u9A6C\u62C9',
    GU: '\u5173\u5C9B',
    GW: '\u51E0\u5185\u4E9A\u6BD4\u7ECD',
    GY: '\u572D\u4E9A\u90A3',
    HK: '\u9999\u6E2F',
    HM: '\u8D6B\u5FB7\u5C9B\u548C\u9EA6\u514B\u5510\u7EB3\u7FA4\u5C9B',
    HN: '\u6D2A\u90FD\u62C9\u65AF',
    HR: '\u514B\u7F57\u5730\u4E9A',
    HT: '\u6D77\u5730',
    HU: '\u5308\u7259\u5229',
    ID: '\u5370\u5C3C',
    IE: '\u7231\u5C14\u5170',
    IL: '\u4EE5\u8272\u5217',
    IM: '\u9A6C\u6069\u5C9B',
    IN: '\u5370\u5EA6',
    IO: '\u82F1\u5C5E\u5370\u5EA6\u6D0B\u9886\u5730',
    IQ: '\u4F0A\u62C9\u514B',
    IR: '\u4F0A\u6717',
    IS: '\u51B0\u5C9B',
    IT: '\u610F\u5927\u5229',
    JE: '\u6CFD\u897F',
    JM: '\u7259\u4E70\u52A0',
    JO: '\u7EA6\u65E6',
    JP: '\u65E5\u672C',
    KE: '\u80AF\u5C3C\u4E9A',
    KG: '\u5409\u5C14\u5409\u65AF\u65AF\u5766',
    KH: '\u67EC\u57D4\u5BE8',
    KI: '\u57FA\u91CC\u5DF4\u65AF',
    KM: '\u79D1\u6469\u7F57',
    KN: '\u5723\u57FA\u8328\u548C\u5C3C\u7EF4\u65AF',
    KP: '\u671D\u9C9C',
    KR: '\u97E9\u56FD',
    KW: '\u79D1\u5A01\u7279',
    KY: '\u5F00\u66FC\u7FA4\u5C9B',
    KZ: '\u54C8\u8428\u514B\u65AF\u5766',
    LA: '\u8001\u631D',
    LB: '\u9ECE\u5DF4\u5AE9',
    LC: '\u5723\u5362\u897F\u4E9A',
    LI: '\u5217\u652F\u6566\u58EB\u767B',
    LK: '\u65AF\u91CC\u5170\u5361',
    LR: '\u5229\u6BD4\u91CC\u4E9A',
    LS: '\u83B1\u7D22\u6258',
    LT: '\u7ACB\u9676\u5B9B',
    LU: '\u5362\u68EE\u5821',
    LV: '\u62C9\u8131\u7EF4\u4E9A',
    LY: '\u5229\u6BD4\u4E9A',
    MA: '\u6469\u6D1B\u54E5',
    MC: '\u6469\u7EB3\u54E5',
    MD: '\u6469\u5C14\u591A\u74E6',
    ME: '\u9ED1\u5C71',
    MF: '\u6CD5\u5C5E\u5723\u9A6C\u4E01',
    MG: '\u9A6C\u8FBE\u52A0\u65AF\u52A0',
    MH: '\u9A6C\u7ECD\u5C14\u7FA4\u5C9B',
    MK: '\u5317\u9A6C\u5176\u987F',
    ML: '\u9A6C\u91CC',
    MM: '\u7F05\u7538',
    MN: '\u8499\u53E4',
    MO: '\u6FB3\u95E8',
    MP: '\u5317\u9A6C\u91CC\u4E9A\u7EB3\u7FA4\u5C9B',
    MQ: '\u9A6C\u63D0\u5C3C\u514B',
    MR: '\u6BDB\u91CC\u5854\u5C3C\u4E9A',
    MS: '\u8499\u7279\u585E\u62C9\u7279',
    MT: '\u9A6C\u8033\u4ED6',
    MU: '\u6BDB\u91CC\u6C42\u65AF',
    MV: '\u9A6C\u5C14\u4EE3\u592B',
    MW: '\u9A6C\u62C9\u7EF4',
    MX: '\u58A8\u897F\u54E5',
    MY: '\u9A6C\u6765\u897F\u4E9A',
    MZ: '\u83AB\u6851\u6BD4\u514B',
    NA: '\u7EB3\u7C73\u6BD4\u4E9A',
    NC: '\u65B0\u5580\u91CC\u591A\u5C3C\u4E9A',
    NE: '\u5C3C\u65E5\u5C14',
    NF: '\u8BFA\u798F\u514B\u5C9B',
    NG: '\u5C3C\u65E5\u5229\u4E9A',
    NI: '\u5C3C\u52A0\u62C9\u74DC',
    NL: '\u8377\u5170',
    NO: '\u632A\u5A01',
    NP: '\u5C3C\u6CCA\u5C14',
    NR: '\u7459\u9C81',
    NU: '\u7EBD\u57C3',
    NZ: '\u65B0\u897F\u5170',
    OM: '\u963F\u66FC',
    PA: '\u5DF4\u62FF\u9A6C',
    PE: '\u79D8\u9C81',
    PF: '\u6CD5\u5C5E\u6CE2\u5229\u5C3C\u897F\u4E9A',
    PG: '\u5DF4\u5E03\u4E9A\u65B0\u51E0\u5185\u4E9A',
    PH: '\u83F2\u5F8B\u5BBE',
    PK: '\u5DF4\u57FA\u65AF\u5766',
    PL: '\u6CE2\u5170',
    PM: '\u5723\u76AE\u57C3\u5C14\u548C\u5BC6\u514B\u9686',
    PN: '\u76AE\u7279\u51EF\u6069\u7FA4\u5C9B',
    PR: '\u6CE2\u591A\u9ECE\u5404',
    PS: '\u5DF4\u52D2\u65AF\u5766',
    PT: '\u8461\u8404\u7259',
    PW: '\u5E15\u52B3',
    PY: '\u5DF4\u62C9\u572D',
    QA: '\u5361\u5854\u5C14',
    RE: '\u7559\u5C3C\u6C6A',
    RO: '\u7F57\u9A6C\u5C3C\u4E9A',
    RS: '\u585E\u5C14\u7EF4\u4E9A',
    RU: '\u4FC4\u7F57\u65AF',
    RW: '\u5362\u65FA\u8FBE',
    SA: '\u6C99\u7279\u963F\u62C9\u4F2F',
    SB: '\u6240\u7F57\u95E8\u7FA4\u5C9B',
    SC: '\u585E\u820C\u5C14',
    SD: '\u82CF\u4E39',
    SE: '\u745E\u5178',
    SG: '\u65B0\u52A0\u5761',
    SH: '\u5723\u8D6B\u52D2\u62FF\u3001\u963F\u68EE\u677E\u548C\u7279\u91CC\u65AF\u5766-\u8FBE\u5E93\u5C3C\u4E9A',
    SI: '\u65AF\u6D1B\u6587\u5C3C\u4E9A',
    SJ: '\u65AF\u74E6\u5C14\u5DF4\u548C\u626C\u9A6C\u5EF6',
    SK: '\u65AF\u6D1B\u4F10\u514B',
    SL: '\u585E\u62C9\u5229\u6602',
    SM: '\u5723\u9A6C\u529B\u8BFA',
    SN: '\u585E\u5185\u52A0\u5C14',
    SO: '\u7D22\u9A6C\u91CC',
    SR: '\u82CF\u91CC\u5357',
    SS: '\u5357\u82CF\u4E39',
    ST: '\u5723\u591A\u7F8E\u548C\u666E\u6797\u897F\u6BD4',
    SV: '\u8428\u5C14\u74E6\u591A',
    SX: '\u8377\u5C5E\u5723\u9A6C\u4E01',
    SY: '\u53D9\u5229\u4E9A',
    SZ: '\u65AF\u5A01\u58EB\u5170',
    TC: '\u7279\u514B\u65AF\u548C\u51EF\u79D1\u65AF\u7FA4\u5C9B',
    TD: '\u4E4D\u5F97',
    TF: '\u6CD5\u5C5E\u5357\u90E8\u9886\u5730',
    TG: '\u591A\u54E5',
    TH: '\u6CF0\u56FD',
    TJ: '\u5854\u5409\u514B\u65AF\u5766',
    TK: '\u6258\u514B\u52B3',
    TL: '\u4E1C\u5E1D\u6C76',
    TM: '\u571F\u5E93\u66FC\u65AF\u5766',
    TN: '\u7A81\u5C3C\u65AF',
    TO: '\u6C64\u52A0',
    TR: '\u571F\u8033\u5176',
    TT: '\u7279\u7ACB\u5C3C\u8FBE\u548C\u591A\u5DF4\u54E5',
    TV: '\u56FE\u74E6\u5362',
    TW: '\u4E2D\u56FD\u53F0\u6E7E\u7701',
    TZ: '\u5766\u6851\u5C3C\u4E9A',
    UA: '\u4E4C\u514B\u5170',
    UG: '\u4E4C\u5E72\u8FBE',
    UM: '\u7F8E\u56FD\u672C\u571F\u5916\u5C0F\u5C9B\u5C7F',
    US: '\u7F8E\u56FD',
    UY: '\u4E4C\u62C9\u572D',
    UZ: '\u4E4C\u5179\u522B\u514B\u65AF\u5766',
    VA: '\u68B5\u8482\u5188',
    VC: '\u5723\u6587\u68EE\u7279\u548C\u683C\u6797\u7EB3\u4E01\u65AF',
    VE: '\u59D4\u5185\u745E\u62C9',
    VG: '\u82F1\u5C5E\u7EF4\u5C14\u4EAC\u7FA4\u5C9B',
    VI: '\u7F8E\u5C5E\u7EF4\u5C14\u4EAC\u7FA4\u5C9B',
    VN: '\u8D8A\u5357',
    VU: '\u74E6\u52AA\u963F\u56FE',
    WF: '\u74E6\u5229\u65AF\u548C\u5BCC\u56FE\u7EB3',
    WS: '\u8428\u6469\u4E9A',
    XK: '\u79D1\u7D22\u6C83',
    YE: '\u4E5F\u95E8',
    YT: '\u9A6C\u7EA6\u7279',
    ZA: '\u5357\u975E',
    ZM: '\u8D5E\u6BD4\u4E9A',
    ZW: '\u6D25\u5DF4\u5E03\u97E6',
  },
};

// core/src/rules/destinations.ts
var REGIONS = [
  {
    code: 'UA-43',
    name: { en: 'Crimea', zh: '\u514B\u91CC\u7C73\u4E9A' },
    mentions: ['crimea', 'krym', '\u514B\u91CC\u7C73\u4E9A'],
  },
];
var RESTRICTED_DESTINATIONS = ['IR', 'KP', 'SY', 'CU', 'SD', 'EG', 'UA-43'];
var PAYMENT_RISK_DESTINATIONS = ['MM'];
var EXTRA_NAMES = {
  TW: ['\u53F0\u6E7E', '\u4E2D\u56FD\u53F0\u6E7E'],
  HK: ['\u4E2D\u56FD\u9999\u6E2F', 'Hong Kong SAR'],
  MO: ['\u4E2D\u56FD\u6FB3\u95E8', 'Macao SAR'],
  KR: ['South Korea', 'Korea'],
  KP: ['DPRK', 'Korea, North'],
  RU: ['Russia'],
  GB: ['England', 'Britain'],
  AE: ['UAE', '\u963F\u8054\u914B'],
  US: ['\u7F8E\u5229\u575A\u5408\u4F17\u56FD'],
};
var fold = (s) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, ' ');
var NAMES = /* @__PURE__ */ new Map();
var INDEX = /* @__PURE__ */ new Map();
var first = (v) => (typeof v === 'string' ? v : (v[0] ?? ''));
for (const [code, enName] of Object.entries(en_default.countries)) {
  const zhName = zh_default.countries[code] ?? enName;
  NAMES.set(code, { en: first(enName), zh: first(zhName) });
  INDEX.set(fold(code), code);
  for (const n of [enName, zhName, EXTRA_NAMES[code] ?? []].flat()) INDEX.set(fold(n), code);
}
for (const r of REGIONS) {
  NAMES.set(r.code, r.name);
  for (const n of [r.name.en, r.name.zh]) INDEX.set(fold(n), r.code);
}
var resolveDestination = memoize(resolveUncached);
function resolveUncached(raw) {
  const key = fold(raw);
  const exact = INDEX.get(key);
  if (exact) return exact;
  for (const r of REGIONS) if (r.mentions.some((m) => key.includes(m))) return r.code;
  return null;
}
function destinationName(code) {
  return NAMES.get(code) ?? { en: code, zh: code };
}

// core/src/rules/email.ts
var MAINLAND_MAIL_DOMAINS = [
  'qq.com',
  'vip.qq.com',
  'foxmail.com',
  '163.com',
  'vip.163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'vip.sina.com',
  'sohu.com',
  'aliyun.com',
  '139.com',
  '189.cn',
  'tom.com',
  '21cn.com',
];
var MAINLAND = new Set(MAINLAND_MAIL_DOMAINS);
var EMAIL = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/;
var classifyEmail = memoize(classify);
function classify(raw) {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (!EMAIL.test(email)) return 'invalid';
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (domain.endsWith('.cn') || MAINLAND.has(domain)) return 'domestic';
  return 'ok';
}

// core/src/check/buyer-destination.ts
function checkBuyerAndDestination(ctx) {
  const email = cellText(ctx, 'buyer_email');
  if (email === '') report(ctx, 'buyer/email-missing', 'buyer_email');
  else if (email !== void 0) {
    const verdict = classifyEmail(email);
    if (verdict === 'invalid') report(ctx, 'buyer/email-invalid', 'buyer_email', { value: email });
    if (verdict === 'domestic') report(ctx, 'buyer/email-domestic', 'buyer_email', { value: email });
  }
  const destination = cellText(ctx, 'destination');
  if (destination === '') report(ctx, 'destination/missing', 'destination');
  else if (destination !== void 0) {
    const code = resolveDestination(destination);
    if (code === null) {
      const what = {
        en: 'a country or region (ISO code, English or Chinese name)',
        zh: '\u56FD\u5BB6\u6216\u5730\u533A\uFF08ISO \u4EE3\u7801\u3001\u4E2D\u6587\u6216\u82F1\u6587\u540D\u79F0\uFF09',
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

// core/src/rules/payment-methods.ts
var FEE_TABLE = '000 \u5904\u7406\u8D39\u7528\u548C\u65F6\u95F4';
var FEE_TABLE_AS_OF = '2021-06';
var NONE = { en: 'none', zh: '\u6CA1\u6709\u9650\u5236' };
var PAYMENT_METHODS = [
  {
    id: 'card',
    name: {
      en: 'Credit/Debit Card (VISA, Mastercard, AmEx\u2026)',
      zh: '\u4FE1\u7528\u5361/\u501F\u8BB0\u5361',
    },
    aliases: [
      'Credit/Debit Card',
      'credit card',
      'debit card',
      'Credit/Debit Card VISA',
      'card',
      'visa',
      '\u4FE1\u7528\u5361',
      '\u501F\u8BB0\u5361',
      '\u94F6\u884C\u5361',
    ],
    currencies: 'many',
    // 多币种
    // 上限 $12,000; outside the seeds (buyer FAQ 20111761/20111762): the limit includes the fee.
    limitUsdMinor: 12e5,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 12,000 per payment', zh: '\u5355\u7B14\u4E0A\u9650 12,000 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    // 支付金额的2.95% (美国运通为3.5%) 亚太发行万事达卡手续费上限 $40 (仅限美金付款). 001's 2.8% is superseded.
    fee: { kind: 'card' },
    timeToArrive: { en: '1\u20132 hours', zh: '1 - 2 \u5C0F\u65F6' },
    source: `${FEE_TABLE}: Credit/Debit Card`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'trustly',
    name: { en: 'Online Transfer (Trustly)', zh: '\u5728\u7EBF\u8F6C\u8D26\uFF08Trustly\uFF09' },
    aliases: ['Online Transfer', 'Online Transfer Trustly', 'Trustly', '\u5728\u7EBF\u8F6C\u8D26'],
    currencies: 'local',
    // 仅本地货币
    limitUsdMinor: 3e7,
    // 高达 300,000 美元
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 300,000 per payment', zh: '\u5355\u7B14\u4E0A\u9650 300,000 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    // $15 - 30 取决于付款金额: the tiers are not in the sources, so the range stays a range.
    fee: { kind: 'fixed', currency: 'USD', low: 1500, high: 3e3, approximate: false },
    timeToArrive: { en: '1\u20132 business days', zh: '1-2 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Online Transfer Trustly`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'obp-us',
    name: {
      en: 'Online Bank Payment (US account)',
      zh: '\u7F51\u94F6\u652F\u4ED8\uFF08\u7F8E\u56FD\u8D26\u6237\uFF09',
    },
    aliases: [
      'Online Bank Payment US',
      'Online Bank Payment \u7F8E\u56FD\u8D26\u6237',
      'online bank payment (us)',
      'OBP US',
      '\u7F8E\u56FD\u8D26\u6237',
    ],
    currencies: ['USD'],
    // 仅限USD
    limitUsdMinor: 5e6,
    // 上限 $50,000
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 50,000 per payment', zh: '\u5355\u7B14\u4E0A\u9650 50,000 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 1500, high: 3e3, approximate: false },
    // $15 - 30
    timeToArrive: { en: '4\u20135 business days', zh: '4 - 5 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Online Bank Payment \u7F8E\u56FD\u8D26\u6237`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'obp-eu',
    name: {
      en: 'Online Bank Payment (European account)',
      zh: '\u7F51\u94F6\u652F\u4ED8\uFF08\u6B27\u6D32\u8D26\u6237\uFF09',
    },
    aliases: [
      'Online Bank Payment EU',
      'Online Bank Payment \u6B27\u6D32\u8D26\u6237',
      'online bank payment (europe)',
      'online bank payment (eu)',
      'OBP EU',
      '\u6B27\u6D32\u8D26\u6237',
    ],
    currencies: ['EUR'],
    // 仅限欧元
    limitUsdMinor: 5e6,
    // 上限 $50,000 (stated in USD although payments are in EUR)
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 50,000 per payment', zh: '\u5355\u7B14\u4E0A\u9650 50,000 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'EUR', low: 1500, high: 3e3, approximate: false },
    // 15 - 30欧元
    timeToArrive: { en: '9\u201310 business days', zh: '9 - 10 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Online Bank Payment \u6B27\u6D32\u8D26\u6237`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'tt-local',
    name: { en: 'Wire Transfer T/T (domestic)', zh: '\u56FD\u5185\u7535\u6C47\uFF08T/T\uFF09' },
    aliases: [
      'Wire Transfer- T/T \u56FD\u5185\u7535\u6C47',
      'domestic wire transfer',
      'local T/T',
      'T/T local',
      'TT local',
      '\u56FD\u5185\u7535\u6C47',
      '\u672C\u5730\u7535\u6C47',
    ],
    currencies: 'local',
    // 仅限当地货币
    limitUsdMinor: 3e7,
    // 上限$300,000
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 300,000 per payment', zh: '\u5355\u7B14\u4E0A\u9650 300,000 \u7F8E\u5143' },
    // DPO: e收汇只有T/T和D/P两个选项 (both T/T rows).
    orderTypes: ['TA', 'DPO'],
    sellerDraftOnly: false,
    // 约1当地货币 取决于您的银行: about one unit of whatever the payer pays in.
    fee: { kind: 'local-unit', units: 1, approximate: true },
    timeToArrive: { en: '1\u20132 business days', zh: '1 - 2 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Wire Transfer- T/T \u56FD\u5185\u7535\u6C47`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'tt-intl',
    name: { en: 'Wire Transfer T/T (international)', zh: '\u56FD\u9645\u7535\u6C47\uFF08T/T\uFF09' },
    // Decision: a bare "T/T" / "电汇" / "wire transfer" means the international wire — the usual way an
    // overseas buyer pays (the domestic row needs a local collection account); the DPO form's "T/T" too.
    aliases: [
      'Wire Transfer- T/T \u56FD\u9645\u7535\u6C47',
      'international wire transfer',
      'wire transfer',
      'T/T',
      'TT',
      'telegraphic transfer',
      'T/T intl',
      'TT intl',
      '\u56FD\u9645\u7535\u6C47',
      '\u7535\u6C47',
    ],
    currencies: 'many',
    // 多币种
    limitUsdMinor: null,
    // 没有限制
    monthlyLimitUsdMinor: null,
    limitNote: NONE,
    orderTypes: ['TA', 'DPO'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 4e3, high: 4e3, approximate: true },
    // 约 $40 取决于您的银行
    timeToArrive: { en: '3\u20137 business days', zh: '3 - 7 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Wire Transfer- T/T \u56FD\u9645\u7535\u6C47`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'western-union',
    name: { en: 'Western Union', zh: '\u897F\u8054\u6C47\u6B3E' },
    aliases: ['WesternUnion WU', 'WesternUnion', 'WU', '\u897F\u8054', '\u897F\u8054\u6C47\u6B3E'],
    currencies: ['USD'],
    // 仅限USD
    limitUsdMinor: 25e4,
    // 上限 $2,500
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'USD 2,500 per payment', zh: '\u5355\u7B14\u4E0A\u9650 2,500 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'fixed', currency: 'USD', low: 490, high: 4500, approximate: false },
    // $4.90 - 45.00 取决于付款金额
    timeToArrive: { en: '1 business day', zh: '1 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: WesternUnion WU`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'boleto',
    name: { en: 'Boleto', zh: 'Boleto' },
    aliases: ['Boleto Banc\xE1rio', 'boleto bancario'],
    currencies: ['USD'],
    // 仅限USD
    limitUsdMinor: null,
    // the limit is per month, not per payment
    monthlyLimitUsdMinor: 3e5,
    // 每月上限 $3,000
    limitNote: { en: 'USD 3,000 per month', zh: '\u6BCF\u6708\u4E0A\u9650 3,000 \u7F8E\u5143' },
    orderTypes: ['TA'],
    sellerDraftOnly: false,
    fee: { kind: 'percent', rate: pct('1.30') },
    // 支付金额的1.30%
    timeToArrive: { en: '3\u20134 business days', zh: '3 - 4 \u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${FEE_TABLE}: Boleto`,
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'lc',
    name: { en: 'Letter of credit (L/C)', zh: '\u4FE1\u7528\u8BC1' },
    aliases: ['L/C', 'LC', 'letter of credit', '\u4FE1\u7528\u8BC1'],
    currencies: null,
    limitUsdMinor: null,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'not stated', zh: '\u672A\u8BF4\u660E' },
    // One of TA's methods, only initiated by the seller (000 第一步: 信用证只能由卖家发起).
    orderTypes: ['TA'],
    sellerDraftOnly: true,
    fee: { kind: 'not-stated' },
    timeToArrive: { en: 'not stated', zh: '\u672A\u8BF4\u660E' },
    source:
      '000 \u7B2C\u4E00\u6B65: \u4FE1\u7528\u8BC1\u53EA\u80FD\u7531\u5356\u5BB6\u53D1\u8D77 (no fee row)',
    asOf: FEE_TABLE_AS_OF,
  },
  {
    id: 'dp',
    name: { en: 'Documents against payment (D/P)', zh: '\u6258\u6536\uFF08D/P\uFF09' },
    aliases: ['D/P', 'DP', 'documents against payment', '\u6258\u6536', '\u6258\u6536 (D/P)'],
    currencies: null,
    limitUsdMinor: null,
    monthlyLimitUsdMinor: null,
    limitNote: { en: 'not stated', zh: '\u672A\u8BF4\u660E' },
    // DPO only: e收汇只有T/T和D/P两个选项; TA lists the other methods (rules.md §4 payment/method-not-allowed).
    orderTypes: ['DPO'],
    sellerDraftOnly: false,
    fee: { kind: 'not-stated' },
    timeToArrive: { en: 'not stated', zh: '\u672A\u8BF4\u660E' },
    source: '000 \u4FE1\u4FDD\u51C6\u5165 table: e\u6536\u6C47 T/T\u3001\u6258\u6536 (D/P) (no fee row)',
    asOf: FEE_TABLE_AS_OF,
  },
];
var CARD_FEES = {
  standard: pct('2.95'),
  amex: pct('3.5'),
  mastercardApacCapUsdMinor: 4e3,
  source: `${FEE_TABLE}: Credit/Debit Card`,
  asOf: FEE_TABLE_AS_OF,
};
var CARD_BRANDS = {
  visa: ['visa', 'visa card', '\u7EF4\u8428'],
  mastercard: ['mastercard', 'master card', 'master', 'mc', '\u4E07\u4E8B\u8FBE', '\u4E07\u4E8B\u8FBE\u5361'],
  amex: ['amex', 'american express', 'americanexpress', 'ae', '\u7F8E\u56FD\u8FD0\u901A', '\u8FD0\u901A'],
};
var OTHER_BRANDS = [
  'discover',
  'jcb',
  'unionpay',
  'union pay',
  'diners',
  'diners club',
  'maestro',
  '\u94F6\u8054',
  'other',
  '\u5176\u4ED6',
];
var brandIndex = /* @__PURE__ */ new Map();
for (const [brand, spellings] of Object.entries(CARD_BRANDS)) {
  for (const s of spellings) brandIndex.set(foldText(s), brand);
}
for (const s of OTHER_BRANDS) brandIndex.set(foldText(s), 'other');
function resolveCardBrand(text) {
  if (text === void 0 || text === null) return null;
  return brandIndex.get(text) ?? brandIndex.get(foldText(text)) ?? null;
}
function foldKey(text) {
  let out = '';
  const f = foldText(text);
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c !== ' ' && c !== '_' && c !== '-') out += c;
  }
  return out;
}
var methodIndex = /* @__PURE__ */ new Map();
for (const m of PAYMENT_METHODS) {
  methodIndex.set(m.id, m.id);
  methodIndex.set(foldKey(m.id), m.id);
  methodIndex.set(foldKey(m.name.en), m.id);
  methodIndex.set(foldKey(m.name.zh), m.id);
  for (const a of m.aliases) methodIndex.set(foldKey(a), m.id);
}
var methodById = new Map(PAYMENT_METHODS.map((m) => [m.id, m]));
function resolvePaymentMethod(text) {
  if (text === void 0 || text === null) return null;
  return methodIndex.get(text) ?? methodIndex.get(foldKey(text)) ?? null;
}
function getPaymentMethod(id) {
  return methodById.get(id);
}

// core/src/rules/export-modes.ts
var STEP2 = '000 \u7B2C\u4E8C\u6B65 \u51FA\u53E3\u65B9\u5F0F';
var EXPORT_MODES = [
  {
    id: 'self',
    name: { en: 'Self-export', zh: '\u81EA\u8425\u51FA\u53E3' },
    aliases: ['self export', 'self-export', 'own export', '\u81EA\u8425', '\u81EA\u8425\u51FA\u53E3'],
    orderTypes: ['TA', 'DPO'],
    account: 'self',
    maxOrderUsdMinor: null,
    // 交易服务费 1-2%, 上限 USD 100. Which of 1%/2%: Alibaba buyer FAQ 20111762 (newer): 1% with
    // Alibaba.com Logistics, 2% with third-party logistics, capped at USD 100.
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1'),
      thirdParty: pct('2'),
      overridable: true,
      cap: { currency: 'USD', minor: 1e4 },
    },
    condition: {
      en: 'The seller declares customs under its own name.',
      zh: '\u5356\u5BB6\u4EE5\u81EA\u5DF1\u7684\u540D\u4E49\u62A5\u5173\u51FA\u53E3\u3002',
    },
    source: `${STEP2}: \u81EA\u8425\u51FA\u53E3 (1\u20132%, cap USD 100; 1%/2% by logistics per buyer FAQ 20111762)`,
    asOf: '2021-06',
  },
  {
    id: 'onetouch',
    name: { en: 'OneTouch agent export', zh: '\u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3' },
    aliases: [
      'onetouch',
      'one touch',
      'one-touch',
      'OneTouch export',
      'onetouch agent export',
      '\u4E00\u8FBE\u901A',
      '\u4E00\u8FBE\u901A\u51FA\u53E3',
      '\u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3',
    ],
    orderTypes: ['TA', 'DPO'],
    account: 'onetouch',
    maxOrderUsdMinor: null,
    // 一达通基础服务费 1.2%, 上限 480 元. Not overridable: serviceFeeRate replaces the 1%/2% choice only.
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1.2'),
      thirdParty: pct('1.2'),
      overridable: false,
      cap: { currency: 'CNY', minor: 48e3 },
    },
    condition: {
      en: 'Products must first pass OneTouch export review.',
      zh: '\u5546\u54C1\u987B\u5148\u901A\u8FC7\u4E00\u8FBE\u901A\u51FA\u53E3\u4EA7\u54C1\u5BA1\u6838\u3002',
    },
    source: `${STEP2}: \u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3 (1.2%, cap RMB 480)`,
    asOf: '2021-06',
  },
  {
    id: 'convenient',
    name: { en: 'Convenient shipping', zh: '\u4FBF\u6377\u53D1\u8D27' },
    aliases: [
      'convenient',
      'convenient shipping',
      'easy shipping',
      '\u4FBF\u6377\u53D1\u8D27',
      '\u4FBF\u6377\u53D1\u8D27\u51FA\u53E3',
      '\u4FBF\u6377',
    ],
    // Not for DPO (rules.md §2, 000 信保准入 table).
    orderTypes: ['TA'],
    account: 'self',
    maxOrderUsdMinor: 5e5,
    // 信用保障订单金额 USD 5,000.00以内
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1'),
      thirdParty: pct('2'),
      overridable: true,
      cap: { currency: 'USD', minor: 1e4 },
    },
    condition: {
      en: 'TA orders of at most USD 5,000; the seller submits logistics proof.',
      zh: '\u4FE1\u7528\u4FDD\u969C\u8BA2\u5355\u91D1\u989D 5,000 \u7F8E\u5143\u4EE5\u5185\uFF1B\u5356\u5BB6\u63D0\u4EA4\u7269\u6D41\u51ED\u8BC1\u3002',
    },
    source: `${STEP2}: \u4FBF\u6377\u53D1\u8D27 (1\u20132%, cap USD 100; 1%/2% by logistics per buyer FAQ 20111762)`,
    asOf: '2021-06',
  },
  {
    id: 'market',
    name: { en: 'Market-procurement export', zh: '\u5E02\u573A\u91C7\u8D2D\u51FA\u53E3' },
    aliases: [
      'market procurement',
      'market-procurement export',
      'market procurement export',
      '\u5E02\u573A\u91C7\u8D2D',
      '\u5E02\u573A\u91C7\u8D2D\u51FA\u53E3',
    ],
    orderTypes: ['TA', 'DPO'],
    account: 'self',
    maxOrderUsdMinor: null,
    serviceFee: { kind: 'not-stated' },
    // the sources give no fee for this mode
    condition: { en: '\u2014', zh: '\u2014' },
    source: `${STEP2}: \u5E02\u573A\u91C7\u8D2D\u51FA\u53E3 (no fee stated)`,
    asOf: '2021-06',
  },
];
var modeIndex = /* @__PURE__ */ new Map();
for (const m of EXPORT_MODES) {
  modeIndex.set(m.id, m.id);
  modeIndex.set(foldKey(m.name.en), m.id);
  modeIndex.set(foldKey(m.name.zh), m.id);
  for (const a of m.aliases) modeIndex.set(foldKey(a), m.id);
}
var modeById = new Map(EXPORT_MODES.map((m) => [m.id, m]));
function resolveExportMode(text) {
  if (text === void 0 || text === null) return null;
  return modeIndex.get(text) ?? modeIndex.get(foldKey(text)) ?? null;
}
function getExportMode(id) {
  return modeById.get(id);
}

// core/src/check/export-mode.ts
var CONVENIENT_MAX_USD_MINOR = 5e5;
var MODE = {
  en: 'an export mode (self, onetouch, convenient, market)',
  zh: '\u51FA\u53E3\u65B9\u5F0F\uFF08\u81EA\u8425\u51FA\u53E3\u3001\u4E00\u8FBE\u901A\u4EE3\u7406\u51FA\u53E3\u3001\u4FBF\u6377\u53D1\u8D27\u3001\u5E02\u573A\u91C7\u8D2D\u51FA\u53E3\uFF09',
};
function checkExportMode(ctx) {
  const text = cellText(ctx, 'export_mode');
  if (text === void 0) return;
  if (text === '') {
    report(ctx, 'export/mode-missing', 'export_mode');
    return;
  }
  const mode = resolveExportMode(text);
  ctx.exportMode = mode;
  if (!mode) {
    report(ctx, 'input/invalid', 'export_mode', { value: text, what: MODE });
    return;
  }
  if (mode === 'onetouch') report(ctx, 'export/onetouch-review', 'export_mode');
  if (mode !== 'convenient') return;
  if (ctx.type === 'DPO') report(ctx, 'export/convenient-dpo', 'export_mode');
  if (ctx.orderTotal !== null && ctx.currency !== null) {
    const what = {
      en: 'The USD 5,000 convenient-shipping check',
      zh: '\u4FBF\u6377\u53D1\u8D27 5,000 \u7F8E\u5143\u9650\u989D\u68C0\u67E5',
    };
    if (compareWithUsd(ctx, ctx.orderTotal, CONVENIENT_MAX_USD_MINOR, 'export_mode', what) === 1) {
      const value = formatMoney({ minor: ctx.orderTotal, currency: ctx.currency });
      report(ctx, 'export/convenient-over-limit', 'export_mode', { value });
    }
  }
}

// core/src/fees/payment-fee.ts
var regionOf = memoText(resolveCardRegion);
var payerCurrencyOf = memoText(resolvePayerCurrency);
var SOURCE = new Map(PAYMENT_METHODS.map((m) => [m.id, `rules.md \xA74 ${m.id}`]));
function paymentFee(args) {
  const id = resolvePaymentMethod(args.method);
  const method = id === null ? void 0 : getPaymentMethod(id);
  const { amount } = args;
  if (method === void 0 || !Number.isSafeInteger(amount.minor) || amount.minor < 0)
    return { fee: null, findings: [] };
  const source = SOURCE.get(method.id) ?? `rules.md \xA74 ${method.id}`;
  const spec = method.fee;
  switch (spec.kind) {
    case 'card':
      return {
        fee: cardFee(amount, resolveCardBrand(args.cardBrand), cardRegion(args.cardRegion), source),
        findings: [],
      };
    case 'percent':
      return {
        fee: exactFee(amount.currency, mulDiv(amount.minor, spec.rate.num, spec.rate.den), source),
        findings: [],
      };
    case 'fixed':
      return { fee: rangeFee(spec.currency, spec.low, spec.high, spec.approximate, source), findings: [] };
    case 'local-unit': {
      const payer = args.payerCurrency === void 0 ? null : payerCurrencyOf(args.payerCurrency);
      if (payer === null) {
        const what = {
          en: `The ${method.name.en} fee (about 1 unit of the payer's currency: fill in payer_currency)`,
          zh: `${method.name.zh}\u624B\u7EED\u8D39\uFF08\u7EA6 1 \u5355\u4F4D\u4ED8\u6B3E\u65B9\u5F53\u5730\u8D27\u5E01\uFF1A\u8BF7\u586B\u5199\u4ED8\u6B3E\u5E01\u79CD\uFF09`,
        };
        return { fee: null, findings: [finding('fee/not-stated', 'payer_currency', { what })] };
      }
      if (!isCurrencyCode(payer)) {
        const what = {
          en: `The ${method.name.en} fee (\u2248 1 ${payer})`,
          zh: `${method.name.zh}\u624B\u7EED\u8D39\uFF08\u7EA6 1 ${payer}\uFF09`,
        };
        return { fee: null, findings: [finding('fee/not-stated', 'payer_currency', { what })] };
      }
      return { fee: rangeFee(payer, 100 * spec.units, 100 * spec.units, true, source), findings: [] };
    }
    case 'not-stated':
      return {
        fee: null,
        findings: [
          finding('fee/not-stated', 'payment_method', {
            what: { en: `The ${method.name.en} fee`, zh: `${method.name.zh}\u624B\u7EED\u8D39` },
          }),
        ],
      };
  }
}
function cardRegion(text) {
  if (text === void 0 || text.trim() === '') return null;
  return regionOf(text) ?? 'other';
}
function cardFee(amount, brand, region, source) {
  const m = amount.minor;
  const standard = mulDiv(m, CARD_FEES.standard.num, CARD_FEES.standard.den);
  const amex = mulDiv(m, CARD_FEES.amex.num, CARD_FEES.amex.den);
  const mastercardApac =
    amount.currency === 'USD' ? Math.min(standard, CARD_FEES.mastercardApacCapUsdMinor) : standard;
  switch (brand) {
    case 'amex':
      return exactFee(amount.currency, amex, source);
    case 'visa':
    case 'other':
      return exactFee(amount.currency, standard, source);
    case 'mastercard':
      if (region === 'apac') return exactFee(amount.currency, mastercardApac, source);
      if (region === 'other') return exactFee(amount.currency, standard, source);
      return rangeFee(amount.currency, mastercardApac, standard, false, source);
    default:
      return rangeFee(amount.currency, region === 'other' ? standard : mastercardApac, amex, false, source);
  }
}

// core/src/fees/service-fee.ts
var logisticsOf = memoText(resolveLogistics);
var SOURCE2 = new Map(EXPORT_MODES.map((m) => [m.id, `rules.md \xA75 ${m.id}`]));
function serviceFee(args) {
  const id = resolveExportMode(args.exportMode);
  const mode = id === null ? void 0 : getExportMode(id);
  const { amount } = args;
  if (mode === void 0 || !Number.isSafeInteger(amount.minor) || amount.minor < 0)
    return { fee: null, findings: [] };
  const source = SOURCE2.get(mode.id) ?? `rules.md \xA75 ${mode.id}`;
  const spec = mode.serviceFee;
  if (spec.kind === 'not-stated') {
    const what = { en: `The service fee of ${mode.name.en}`, zh: `${mode.name.zh}\u7684\u670D\u52A1\u8D39` };
    return { fee: null, findings: [finding('fee/not-stated', 'export_mode', { what })] };
  }
  let low = spec.platform;
  let high = spec.thirdParty;
  const override = spec.overridable ? settingsRate(args.settings.serviceFeeRate) : null;
  if (override !== null && override.num <= override.den) {
    low = override;
    high = override;
  } else if (args.logistics !== void 0 && args.logistics.trim() !== '') {
    const logistics = logisticsOf(args.logistics);
    if (logistics === 'platform') high = low;
    else if (logistics === 'third-party') low = high;
  }
  const findings = [];
  let capMinor = spec.cap.minor;
  let capNum = 1;
  let capDen = 1;
  let capped = true;
  if (spec.cap.currency !== amount.currency) {
    const rate = settingsRate(args.settings.usdCny);
    if (rate !== null && spec.cap.currency === 'USD' && amount.currency === 'CNY') {
      capNum = rate.num;
      capDen = rate.den;
    } else if (rate !== null && spec.cap.currency === 'CNY' && amount.currency === 'USD') {
      capNum = rate.den;
      capDen = rate.num;
    } else {
      capped = false;
      const cap = `${spec.cap.currency} ${formatGrouped(capMinor, spec.cap.currency)}`;
      const what = {
        en: `The ${cap} cap on the ${mode.name.en} service fee (not applied)`,
        zh: `${mode.name.zh}\u670D\u52A1\u8D39\u7684 ${cap} \u4E0A\u9650\uFF08\u672A\u5E94\u7528\uFF09`,
      };
      findings.push(finding('fx/rate-missing', args.field ?? 'order_total', { what, expected: 'usdCny' }));
      capMinor = 0;
    }
  }
  const m = amount.minor;
  const lowFee = cappedFee(m, low, capped, capMinor, capNum, capDen);
  const fee =
    low === high
      ? exactFee(amount.currency, lowFee, source)
      : rangeFee(
          amount.currency,
          lowFee,
          cappedFee(m, high, capped, capMinor, capNum, capDen),
          false,
          source,
        );
  return { fee, findings };
}
function cappedFee(m, r, capped, capMinor, capNum, capDen) {
  if (capped && compareProducts(m, r.num, capDen, capMinor, capNum, r.den) > 0)
    return mulDiv(capMinor, capNum, capDen);
  return mulDiv(m, r.num, r.den);
}

// core/src/money/convert.ts
function convertExact(money, to, usdCny) {
  if (money.currency === to) return { minor: money.minor, num: 1, den: 1 };
  if (usdCny === null || usdCny.num === 0) return null;
  if (money.currency === 'USD' && to === 'CNY')
    return { minor: money.minor, num: usdCny.num, den: usdCny.den };
  if (money.currency === 'CNY' && to === 'USD')
    return { minor: money.minor, num: usdCny.den, den: usdCny.num };
  return null;
}

// core/src/money/compare.ts
function compare(a, b) {
  if (a.currency !== b.currency) return null;
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}
function compareAcross(a, b, usdCny) {
  if (a.currency === b.currency) return compare(a, b);
  const bx = convertExact(b, a.currency, usdCny);
  if (bx === null) return null;
  return compareProducts(a.minor, bx.den, 1, bx.minor, bx.num, 1);
}

// core/src/rules/withdrawal.ts
var TABLE = '000 \u7B2C\u516D\u6B65 \u8BA2\u5355\u63D0\u73B0 table';
var WITHDRAWAL_TABLE = [
  {
    // 一达通出口账户 | 人民币 | 境内对公账户 | 无 | 1个工作日 | 不限
    account: 'onetouch',
    currency: 'CNY',
    to: 'corporate',
    fee: { kind: 'none' },
    limitUsdMinor: null,
    arrives: { en: '1 business day', zh: '1\u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${TABLE}: \u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237 \u4EBA\u6C11\u5E01 \u5883\u5185\u5BF9\u516C\u8D26\u6237`,
  },
  {
    // 一达通出口账户 | 美金 | 境内对公账户 | $15/笔 | 1-2工作日 | 单笔提现限额$ 500万
    account: 'onetouch',
    currency: 'USD',
    to: 'corporate',
    fee: { kind: 'fixed-usd', minor: 1500 },
    limitUsdMinor: 5e8,
    arrives: { en: '1\u20132 business days', zh: '1-2\u5DE5\u4F5C\u65E5' },
    source: `${TABLE}: \u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237 \u7F8E\u91D1 \u5883\u5185\u5BF9\u516C\u8D26\u6237`,
  },
  {
    // 自主出口账户 | 人民币 | 境内对公账户 | 无 | 1个工作日 | 不限
    account: 'self',
    currency: 'CNY',
    to: 'corporate',
    fee: { kind: 'none' },
    limitUsdMinor: null,
    arrives: { en: '1 business day', zh: '1\u4E2A\u5DE5\u4F5C\u65E5' },
    source: `${TABLE}: \u81EA\u4E3B\u51FA\u53E3\u8D26\u6237 \u4EBA\u6C11\u5E01 \u5883\u5185\u5BF9\u516C\u8D26\u6237`,
  },
  {
    // 自主出口账户 | (人民币) | 境内法定代表人个人账户 | 结汇金额*0.17% | 1-4工作日 | 单笔提现限额$5万，不限笔数
    account: 'self',
    currency: 'CNY',
    to: 'personal',
    fee: { kind: 'percent-settled', rate: pct('0.17') },
    limitUsdMinor: 5e6,
    arrives: { en: '1\u20134 business days', zh: '1-4\u5DE5\u4F5C\u65E5' },
    source: `${TABLE}: \u81EA\u4E3B\u51FA\u53E3\u8D26\u6237 \u4EBA\u6C11\u5E01 \u5883\u5185\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u4E2A\u4EBA\u8D26\u6237`,
  },
];
var FREE_MEMBER_CNY_FEE = {
  rate: pct('0.5'),
  source: `${TABLE} \u5907\u6CE8: \u5DF2\u8BA4\u8BC1\u514D\u8D39\u4F1A\u5458\u4EBA\u6C11\u5E01\u63D0\u73B0 \u7ED3\u6C47\u91D1\u989D\uFF08\u7F8E\u91D1\uFF09*0.5%`,
};
var HK_TW_USD_ONLY_SOURCE = `${TABLE} \u5907\u6CE8: \u6E2F\u53F0\u5BA2\u6237\u4EC5\u652F\u6301\u7F8E\u5143\u63D0\u73B0`;
var WITHDRAW_TO_NAMES = {
  corporate: { en: 'domestic corporate account', zh: '\u5883\u5185\u5BF9\u516C\u8D26\u6237' },
  personal: {
    en: "legal representative's personal account",
    zh: '\u5883\u5185\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u4E2A\u4EBA\u8D26\u6237',
  },
};
function findWithdrawalRow(account, currency, to) {
  for (const row of WITHDRAWAL_TABLE) {
    if (row.account === account && row.currency === currency && row.to === to) return row;
  }
  return null;
}

// core/src/fees/withdrawal-fee.ts
var currencyOf = memoText(resolveCurrency);
var withdrawToOf = memoText(resolveWithdrawTo);
var orderTypeOf = memoText(resolveOrderType);
var NET_WHAT = { en: 'The net amount of the withdrawal', zh: '\u63D0\u73B0\u5230\u8D26\u91D1\u989D' };
function withdrawalFee(args) {
  const findings = [];
  const { amount, settings } = args;
  const amountField = args.field ?? 'withdraw_amount';
  const modeId = resolveExportMode(args.exportMode);
  const mode = modeId === null ? void 0 : getExportMode(modeId);
  if (mode === void 0 || !Number.isSafeInteger(amount.minor) || amount.minor < 0) {
    return { fee: null, net: null, findings };
  }
  const currency = currencyOf(args.withdrawCurrency ?? '');
  const to = withdrawToOf(args.withdrawTo ?? '');
  if (currency === null || to === null) {
    const field = currency === null ? 'withdraw_currency' : 'withdraw_to';
    const what = {
      en: `The withdrawal fee (${field} is missing or unknown)`,
      zh: `\u63D0\u73B0\u624B\u7EED\u8D39\uFF08${field === 'withdraw_currency' ? '\u63D0\u73B0\u5E01\u79CD' : '\u6536\u6B3E\u8D26\u6237'}\u7F3A\u5931\u6216\u65E0\u6CD5\u8BC6\u522B\uFF09`,
    };
    findings.push(finding('fee/not-stated', field, { what }));
    return { fee: null, net: null, findings };
  }
  const account = mode.account;
  if (currency === 'CNY' && (settings.region === 'HK' || settings.region === 'TW')) {
    findings.push(
      finding('withdrawal/currency', 'withdraw_currency', {
        what: { en: 'A Hong Kong or Taiwan member', zh: '\u6E2F\u53F0\u4F1A\u5458' },
        value: 'CNY',
      }),
    );
  }
  if (to === 'personal' && currency !== 'CNY') {
    findings.push(
      finding('withdrawal/currency', 'withdraw_currency', {
        what: {
          en: "The legal representative's personal account",
          zh: '\u6CD5\u4EBA\u4E2A\u4EBA\u8D26\u6237',
        },
        value: currency,
      }),
    );
  }
  if (to === 'personal' && account === 'onetouch')
    findings.push(finding('withdrawal/personal-onetouch', 'withdraw_to'));
  if (findings.length > 0) return { fee: null, net: null, findings };
  const orderType = args.orderType === void 0 ? null : orderTypeOf(args.orderType);
  const row = findWithdrawalRow(account, currency, to);
  if (row === null || (orderType === 'DPO' && to === 'personal') || amount.currency === 'EUR') {
    const combination = `${WITHDRAW_ACCOUNT_NAMES[account].en} (${WITHDRAW_ACCOUNT_NAMES[account].zh}) \u2192 ${currency}, ${WITHDRAW_TO_NAMES[to].en} (${WITHDRAW_TO_NAMES[to].zh})`;
    const value = orderType === 'DPO' && row !== null ? `e\u6536\u6C47 DPO: ${combination}` : combination;
    findings.push(
      finding('withdrawal/not-stated', to === 'personal' ? 'withdraw_to' : 'withdraw_currency', { value }),
    );
    return { fee: null, net: null, findings };
  }
  if (row.limitUsdMinor !== null) {
    const limit = { minor: row.limitUsdMinor, currency: 'USD' };
    const cmp = compareAcross(amount, limit, settingsRate(settings.usdCny));
    if (cmp === null) {
      const what = {
        en: `The ${formatMoney(limit)} withdrawal limit check`,
        zh: `\u5355\u7B14\u63D0\u73B0\u9650\u989D ${formatMoney(limit)} \u7684\u68C0\u67E5`,
      };
      findings.push(finding('fx/rate-missing', amountField, { what, expected: 'usdCny' }));
    } else if (cmp > 0) {
      findings.push(
        finding('withdrawal/over-limit', amountField, {
          value: formatMoney(amount),
          limit: formatMoney(limit),
        }),
      );
    }
  }
  let lowSpec = row.fee;
  let highSpec = row.fee;
  let source = `rules.md \xA78 ${account} ${currency} ${to}`;
  if (currency === 'CNY') {
    const free = { kind: 'percent-settled', rate: FREE_MEMBER_CNY_FEE.rate };
    if (settings.membership === 'free') {
      lowSpec = free;
      highSpec = free;
      source = 'rules.md \xA78 free member CNY';
    } else if (settings.membership === void 0) {
      highSpec = free;
      source = `${source} / free member CNY`;
    }
  }
  const settlement = settingsRate(settings.settlementRate);
  const low = feeMinor(lowSpec, amount, currency, settlement);
  const high = feeMinor(highSpec, amount, currency, settlement);
  if (low === null || high === null) {
    const rl = feeRatio(lowSpec);
    const rh = feeRatio(highSpec);
    const fee2 = range(
      'USD',
      mulDiv(amount.minor, rl.num, rl.den),
      mulDiv(amount.minor, rh.num, rh.den),
      source,
    );
    findings.push(finding('fx/rate-missing', amountField, { what: NET_WHAT, expected: 'settlementRate' }));
    return { fee: fee2, net: null, findings };
  }
  const fee = range(low.currency, low.minor, high.minor, source);
  let gross;
  if (amount.currency === currency) gross = amount.minor;
  else if (settlement === null) gross = null;
  else if (amount.currency === 'USD') gross = mulDiv(amount.minor, settlement.num, settlement.den);
  else gross = mulDiv(amount.minor, settlement.den, settlement.num);
  if (gross === null) {
    findings.push(finding('fx/rate-missing', amountField, { what: NET_WHAT, expected: 'settlementRate' }));
    return { fee, net: null, findings };
  }
  const net = {
    currency,
    low: gross - fee.high,
    high: gross - fee.low,
    approximate: false,
    source: `rules.md \xA78 net = amount \u2212 fee (${source})`,
  };
  return { fee, net, findings };
}
function feeRatio(spec) {
  return spec.kind === 'percent-settled' ? spec.rate : { num: 0, den: 1 };
}
function feeMinor(spec, amount, currency, settlement) {
  if (spec.kind === 'none') return { minor: 0, currency };
  if (spec.kind === 'fixed-usd') return { minor: spec.minor, currency: 'USD' };
  if (amount.currency === currency)
    return { minor: mulDiv(amount.minor, spec.rate.num, spec.rate.den), currency };
  if (settlement === null) return null;
  return {
    minor: mulDiv2(amount.minor, settlement.num, settlement.den, spec.rate.num, spec.rate.den),
    currency,
  };
}
function range(currency, a, b, source) {
  return { currency, low: Math.min(a, b), high: Math.max(a, b), approximate: false, source };
}

// core/src/check/logistics.ts
function readLogistics(ctx) {
  const text = cellText(ctx, 'logistics');
  if (!text) return null;
  const logistics = resolveLogistics(text);
  if (!logistics) {
    const what = {
      en: 'platform or third-party logistics',
      zh: '\u5E73\u53F0\u7269\u6D41\u6216\u7B2C\u4E09\u65B9\u7269\u6D41',
    };
    report(ctx, 'input/invalid', 'logistics', { value: text, what });
  }
  return logistics;
}

// core/src/check/payment.ts
var METHOD = {
  en: 'a payment method of rules \xA74 (id or name)',
  zh: '\u652F\u4ED8\u65B9\u5F0F\uFF08\u4EE3\u7801\u6216\u540D\u79F0\uFF09',
};
var CURRENCY = { en: 'a currency code (ISO 4217)', zh: '\u5E01\u79CD\u4EE3\u7801\uFF08ISO 4217\uFF09' };
var LIST_SEPARATORS = /[,;，；、|\n]+/;
function orderPayments(ctx) {
  if (ctx.payments) return ctx.payments;
  const payments = [];
  if (ctx.advance === null) {
    if (ctx.orderTotal !== null) payments.push({ what: FULL, minor: ctx.orderTotal });
  } else {
    payments.push({ what: ADVANCE, minor: ctx.advance });
    if (ctx.balance !== null && ctx.balance > 0) payments.push({ what: BALANCE, minor: ctx.balance });
  }
  ctx.payments = payments;
  return payments;
}
var FULL = { en: 'payment', zh: '\u4ED8\u6B3E' };
var ADVANCE = { en: 'advance', zh: '\u9884\u4ED8\u6B3E' };
var BALANCE = { en: 'balance', zh: '\u5C3E\u6B3E' };
function checkPaymentMethods(ctx) {
  const text = cellText(ctx, 'payment_method');
  if (text === void 0) return;
  if (text === '') {
    report(ctx, 'payment/method-missing', 'payment_method');
    return;
  }
  const methods = [];
  for (const part of LIST_SEPARATORS.test(text) ? text.split(LIST_SEPARATORS) : [text]) {
    const name = part.trim();
    if (!name) continue;
    const id = resolvePaymentMethod(name);
    if (id) methods.push(id);
    else report(ctx, 'input/invalid', 'payment_method', { value: name, what: METHOD });
  }
  ctx.methods = methods.length ? methods : null;
  const payerText = cellText(ctx, 'payer_currency');
  const payerCurrency = payerText ? resolvePayerCurrency(payerText) : null;
  if (payerText && !payerCurrency)
    report(ctx, 'input/invalid', 'payer_currency', { value: payerText, what: CURRENCY });
  for (const id of methods) {
    const method = getPaymentMethod(id);
    if (!method) continue;
    const name = method.name.en;
    if (ctx.type && !method.orderTypes.includes(ctx.type)) {
      report(ctx, 'payment/method-not-allowed', 'payment_method', { method: name, value: ctx.type });
    }
    if (method.sellerDraftOnly && ctx.drafter === 'buyer')
      report(ctx, 'payment/lc-seller-only', 'payment_method');
    if (payerCurrency && Array.isArray(method.currencies) && !method.currencies.includes(payerCurrency)) {
      const expected = method.currencies.join(', ');
      report(ctx, 'payment/currency-not-accepted', 'payer_currency', {
        method: name,
        value: payerCurrency,
        expected,
      });
    }
    checkLimits(ctx, id);
  }
}
var LIMIT_CHECK_NAMES = /* @__PURE__ */ new Map();
function limitCheckName(method) {
  let name = LIMIT_CHECK_NAMES.get(method.id);
  if (!name) {
    name = { en: `The ${method.name.en} limit check`, zh: `${method.name.zh}\u9650\u989D\u68C0\u67E5` };
    LIMIT_CHECK_NAMES.set(method.id, name);
  }
  return name;
}
function checkLimits(ctx, id) {
  const method = getPaymentMethod(id);
  if (!method || ctx.currency === null) return;
  const what = limitCheckName(method);
  const currency = ctx.currency;
  for (const payment of orderPayments(ctx)) {
    const field = payment.what === BALANCE ? 'balance' : 'advance';
    const value = () => formatMoney({ minor: payment.minor, currency });
    if (
      method.limitUsdMinor !== null &&
      compareWithUsd(ctx, payment.minor, method.limitUsdMinor, field, what) === 1
    ) {
      const limit = formatMoney({ minor: method.limitUsdMinor, currency: 'USD' });
      report(ctx, 'payment/over-method-limit', field, {
        what: payment.what,
        value: value(),
        method: method.name.en,
        limit,
      });
    }
    if (
      method.monthlyLimitUsdMinor !== null &&
      compareWithUsd(ctx, payment.minor, method.monthlyLimitUsdMinor, field, what) === 1
    ) {
      report(ctx, 'payment/monthly-limit', field, { value: value() });
    }
  }
}

// core/src/check/withdrawal.ts
var ACCOUNT = {
  en: 'an account (onetouch or self)',
  zh: '\u63D0\u73B0\u8D26\u6237\uFF08\u4E00\u8FBE\u901A\u51FA\u53E3\u8D26\u6237\u6216\u81EA\u4E3B\u51FA\u53E3\u8D26\u6237\uFF09',
};
var TO = { en: 'corporate or personal', zh: '\u5BF9\u516C\u6216\u6CD5\u4EBA\u4E2A\u4EBA' };
var CURRENCY2 = { en: 'USD or CNY', zh: 'USD \u6216 CNY' };
function readWithdrawalPlan(ctx) {
  const from = cellText(ctx, 'withdraw_from');
  if (from && ctx.exportMode) {
    const account = resolveWithdrawAccount(from);
    const expected = ctx.exportMode === 'onetouch' ? 'onetouch' : 'self';
    if (!account) report(ctx, 'input/invalid', 'withdraw_from', { value: from, what: ACCOUNT });
    else if (account !== expected) {
      report(ctx, 'withdrawal/wrong-account', 'withdraw_from', {
        mode: getExportMode(ctx.exportMode)?.name.en ?? ctx.exportMode,
        expected: WITHDRAW_ACCOUNT_NAMES[expected].en,
        account: WITHDRAW_ACCOUNT_NAMES[account].en,
      });
    }
  }
  const currencyText = cellText(ctx, 'withdraw_currency');
  const toText = cellText(ctx, 'withdraw_to');
  const withdrawCurrency = currencyText ? resolveOrderCurrency(currencyText) : null;
  if (currencyText && !withdrawCurrency)
    report(ctx, 'input/invalid', 'withdraw_currency', { value: currencyText, what: CURRENCY2 });
  const withdrawTo = toText ? resolveWithdrawTo(toText) : null;
  if (toText && !withdrawTo) report(ctx, 'input/invalid', 'withdraw_to', { value: toText, what: TO });
  if (!withdrawCurrency) return null;
  return { withdrawCurrency, withdrawTo: withdrawTo ?? 'corporate' };
}

// core/src/check/order-fees.ts
var PAYMENT_FEE = { en: "The buyer's payment fee", zh: '\u4E70\u5BB6\u652F\u4ED8\u624B\u7EED\u8D39' };
function computeFees(ctx) {
  const fees = { payment: null, service: null, withdrawal: null, net: null };
  if (ctx.currency === null) return fees;
  fees.payment = buyerFee(ctx);
  const logistics = readLogistics(ctx);
  if (ctx.exportMode && ctx.orderTotal !== null) {
    const amount = { minor: ctx.orderTotal, currency: ctx.currency };
    const service = serviceFee({
      amount,
      exportMode: ctx.exportMode,
      logistics: logistics ?? void 0,
      settings: ctx.settings,
    });
    fees.service = service.fee;
    merge(ctx, service.findings);
  }
  const withdrawal = readMoney(ctx, 'withdraw_amount');
  const plan = readWithdrawalPlan(ctx);
  if (typeof withdrawal === 'number' && plan && ctx.exportMode) {
    const result = withdrawalFee({
      amount: { minor: withdrawal, currency: ctx.currency },
      exportMode: ctx.exportMode,
      withdrawCurrency: plan.withdrawCurrency,
      withdrawTo: plan.withdrawTo,
      orderType: ctx.type ?? void 0,
      settings: ctx.settings,
    });
    fees.withdrawal = result.fee;
    fees.net = result.net;
    merge(ctx, result.findings);
  } else if (typeof withdrawal === 'number' && cellText(ctx, 'withdraw_currency') === '') {
    report(ctx, 'fee/not-stated', 'withdraw_currency', {
      what: { en: 'The withdrawal fee', zh: '\u63D0\u73B0\u624B\u7EED\u8D39' },
      value: void 0,
    });
  }
  return fees;
}
function buyerFee(ctx) {
  if (!ctx.methods || ctx.currency === null) return null;
  const payments = orderPayments(ctx);
  if (payments.length === 0) return null;
  const perMethod = [];
  const cardBrand = cellText(ctx, 'card_brand') || void 0;
  const cardRegion2 = cellText(ctx, 'card_region') || void 0;
  const payerCurrency = cellText(ctx, 'payer_currency') || void 0;
  for (const method of ctx.methods) {
    let total = null;
    for (const payment of payments) {
      const result = paymentFee({
        amount: { minor: payment.minor, currency: ctx.currency },
        method,
        cardBrand,
        cardRegion: cardRegion2,
        payerCurrency,
      });
      merge(ctx, result.findings);
      total = result.fee && (total === null ? result.fee : sumFees(total, result.fee));
      if (total === null) break;
    }
    if (total === null) return null;
    perMethod.push(total);
  }
  return spanFees(ctx, perMethod);
}
function sumFees(a, b) {
  if (a.currency !== b.currency) return null;
  return { ...a, low: a.low + b.low, high: a.high + b.high, approximate: a.approximate || b.approximate };
}
function spanFees(ctx, fees) {
  const [first2, ...rest] = fees;
  if (!first2) return null;
  if (rest.some((f) => f.currency !== first2.currency)) {
    report(ctx, 'fee/not-stated', 'payment_method', {
      what: PAYMENT_FEE,
      value: void 0,
    });
    return null;
  }
  if (rest.length === 0) return first2;
  return {
    currency: first2.currency,
    low: Math.min(...fees.map((f) => f.low)),
    high: Math.max(...fees.map((f) => f.high)),
    approximate: fees.some((f) => f.approximate),
    source: fees.map((f) => f.source).join(' / '),
  };
}
function merge(ctx, findings) {
  for (const f of findings) {
    const dup = ctx.findings.some(
      (g) => g.rule === f.rule && g.field === f.field && g.message.en === f.message.en,
    );
    if (!dup) ctx.findings.push(f);
  }
}

// core/src/check/order-type.ts
function checkOrderType(ctx) {
  const typeText = cellText(ctx, 'order_type');
  if (typeText !== void 0) {
    ctx.type = resolveOrderType(typeText);
    if (!ctx.type) report(ctx, 'order/type', 'order_type', { value: typeText });
  }
  const drafterText = cellText(ctx, 'drafted_by');
  if (drafterText) {
    const drafter = resolveDrafter(drafterText);
    if (drafter) ctx.drafter = drafter;
    else report(ctx, 'input/invalid', 'drafted_by', { value: drafterText, what: DRAFTER });
  }
  if (ctx.type === 'DPO' && ctx.drafter === 'buyer') report(ctx, 'order/drafter', 'drafted_by');
  checkAdmission(ctx);
}
var DRAFTER = { en: 'seller or buyer', zh: '\u5356\u5BB6\u6216\u4E70\u5BB6' };
function checkAdmission(ctx) {
  const { membership, region, verified, violationPoints, infringementComplaints } = ctx.settings;
  if (ctx.type) {
    const dpoRefused =
      ctx.type === 'DPO' && (membership === 'free' || (region !== void 0 && region !== 'mainland'));
    const taRefused =
      ctx.type === 'TA' && membership === 'free' && region !== void 0 && region !== 'mainland';
    if (dpoRefused || taRefused) {
      const who = [region, membership === void 0 ? void 0 : `${membership} member`].filter(Boolean).join(' ');
      report(ctx, 'seller/not-admitted', 'order_type', { value: who || void 0 });
    }
  }
  if (violationPoints !== void 0 && violationPoints >= 48) {
    report(ctx, 'seller/violation-points', 'settings', { value: String(violationPoints) });
  }
  if (infringementComplaints !== void 0 && infringementComplaints >= 3) {
    report(ctx, 'seller/infringement-complaints', 'settings', { value: String(infringementComplaints) });
  }
  if (membership === 'free' && verified === false) report(ctx, 'seller/unverified-free-member', 'settings');
}

// core/src/rules/incoterms.ts
var INCOTERMS_2020 = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'];
var LEGACY_INCOTERMS = { DAT: 'DPU', DDU: 'DAP' };
var CURRENT = new Set(INCOTERMS_2020);
var resolveIncoterm = memoize(resolve);
function resolve(raw) {
  const term = (
    raw
      .normalize('NFKC')
      .trim()
      .split(/[\s,(]/)[0] ?? ''
  ).toUpperCase();
  if (CURRENT.has(term)) return { term, kind: 'current' };
  if (term in LEGACY_INCOTERMS) return { term, kind: 'legacy' };
  return { term, kind: 'unknown' };
}

// core/src/check/dates.ts
var DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
var parseIsoDate = memoize(parseUncached);
function parseUncached(text) {
  const m = DATE.exec(
    text
      .normalize('NFKC')
      .trim()
      .slice(0, 10 + 6),
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 864e5);
}
var PACIFIC = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// core/src/check/shipping.ts
var RISKY_SHIP_DAYS = 2;
var DAYS = { en: 'a whole number of days', zh: '\u6574\u6570\u5929\u6570' };
var DATE2 = { en: 'a date (YYYY-MM-DD)', zh: '\u65E5\u671F\uFF08YYYY-MM-DD\uFF09' };
function checkShipping(ctx) {
  if (cellText(ctx, 'shipping_address') === '') report(ctx, 'shipping/address-missing', 'shipping_address');
  if (cellText(ctx, 'shipping_method') === '') report(ctx, 'shipping/method-missing', 'shipping_method');
  const term = cellText(ctx, 'trade_term');
  if (term === '') report(ctx, 'shipping/trade-term-missing', 'trade_term');
  else if (term !== void 0) {
    const { term: code, kind } = resolveIncoterm(term);
    if (kind === 'unknown') report(ctx, 'shipping/trade-term-unknown', 'trade_term', { value: term });
    if (kind === 'legacy') {
      report(ctx, 'shipping/trade-term-legacy', 'trade_term', {
        value: code,
        expected: LEGACY_INCOTERMS[code],
      });
    }
  }
  const daysText = cellText(ctx, 'ship_within_days');
  const dateText = cellText(ctx, 'ship_by_date');
  const givenAny = daysText !== void 0 || dateText !== void 0;
  if (givenAny && !daysText && !dateText) report(ctx, 'shipping/date-missing', 'ship_within_days');
  const days = readWholeNumber(ctx, 'ship_within_days', DAYS);
  if (typeof days === 'number' && days <= RISKY_SHIP_DAYS) {
    report(ctx, 'shipping/days-too-short', 'ship_within_days', { days });
  }
  if (dateText) {
    const date = parseIsoDate(dateText);
    if (date === null) report(ctx, 'input/invalid', 'ship_by_date', { value: dateText, what: DATE2 });
    else {
      const ahead = daysBetween(ctx.today, date);
      if (ahead < 0) report(ctx, 'shipping/date-past', 'ship_by_date', { value: date, date: ctx.today });
      else if (ahead <= RISKY_SHIP_DAYS) {
        report(ctx, 'shipping/date-too-soon', 'ship_by_date', { value: date, days: ahead });
      }
    }
  }
  const shipped = cellText(ctx, 'shipped_on');
  if (shipped) {
    const date = parseIsoDate(shipped);
    if (date === null) report(ctx, 'input/invalid', 'shipped_on', { value: shipped, what: DATE2 });
    else if (daysBetween(date, ctx.today) >= 0 && ctx.type !== 'DPO') {
      report(ctx, 'shipping/already-shipped', 'shipped_on', { value: date });
    }
  }
}

// core/src/check/check-order.ts
function checkOrder(input, settings, today) {
  const ctx = createContext(input, settings, today);
  checkOrderType(ctx);
  checkAmounts(ctx);
  checkBuyerAndDestination(ctx);
  checkShipping(ctx);
  checkPaymentMethods(ctx);
  checkExportMode(ctx);
  checkQuota(ctx);
  checkRemark(ctx);
  const fees = computeFees(ctx);
  return { findings: ctx.findings, fees };
}

// core/src/types.ts
var ORDER_FIELDS = [
  'order_ref',
  'order_type',
  'drafted_by',
  'buyer_email',
  'destination',
  'currency',
  'unit_price',
  'quantity',
  'product_total',
  'freight',
  'insurance',
  'order_total',
  'advance',
  'balance',
  'payment_method',
  'payer_currency',
  'card_brand',
  'card_region',
  'export_mode',
  'logistics',
  'shipping_method',
  'trade_term',
  'shipping_address',
  'ship_within_days',
  'ship_by_date',
  'remark',
  'withdraw_amount',
  'withdraw_currency',
  'withdraw_to',
  // Added by ta-toolkit (optional; docs/order-sheet.md): they make two rules of rules.md checkable.
  'withdraw_from',
  'shipped_on',
];

// core/src/sheet/columns.ts
var COLUMNS = [
  {
    field: 'order_ref',
    zh: '\u8BA2\u5355\u53F7',
    aliases: ['order no', 'order number', 'reference', '\u8BA2\u5355\u7F16\u53F7'],
    label: { en: 'Order ref', zh: '\u8BA2\u5355\u53F7' },
  },
  {
    field: 'order_type',
    zh: '\u8BA2\u5355\u7C7B\u578B',
    aliases: ['type'],
    label: { en: 'Order type', zh: '\u8BA2\u5355\u7C7B\u578B' },
  },
  {
    field: 'drafted_by',
    zh: '\u8D77\u8349\u65B9',
    aliases: ['drafter'],
    label: { en: 'Drafted by', zh: '\u8D77\u8349\u65B9' },
  },
  {
    field: 'buyer_email',
    zh: '\u4E70\u5BB6\u90AE\u7BB1',
    aliases: ['email', 'buyer mail'],
    label: { en: 'Buyer email', zh: '\u4E70\u5BB6\u90AE\u7BB1' },
  },
  {
    field: 'destination',
    zh: '\u76EE\u7684\u56FD',
    aliases: [
      'country',
      'destination country',
      '\u76EE\u7684\u56FD\u5BB6',
      '\u76EE\u7684\u56FD\u5BB6/\u5730\u533A',
    ],
    label: { en: 'Destination', zh: '\u76EE\u7684\u56FD' },
  },
  {
    field: 'currency',
    zh: '\u5E01\u79CD',
    aliases: ['\u4EA4\u6613\u5E01\u79CD', 'order currency'],
    label: { en: 'Currency', zh: '\u5E01\u79CD' },
  },
  {
    field: 'unit_price',
    zh: '\u5355\u4EF7',
    aliases: ['price'],
    label: { en: 'Unit price', zh: '\u5355\u4EF7' },
  },
  { field: 'quantity', zh: '\u6570\u91CF', aliases: ['qty'], label: { en: 'Quantity', zh: '\u6570\u91CF' } },
  {
    field: 'product_total',
    zh: '\u4EA7\u54C1\u603B\u4EF7',
    aliases: ['product amount', '\u4EA7\u54C1\u91D1\u989D'],
    label: { en: 'Product total', zh: '\u4EA7\u54C1\u603B\u4EF7' },
  },
  {
    field: 'freight',
    zh: '\u8FD0\u8D39',
    aliases: ['shipping fee', 'shipping cost'],
    label: { en: 'Freight', zh: '\u8FD0\u8D39' },
  },
  {
    field: 'insurance',
    zh: '\u4FDD\u9669\u8D39',
    aliases: ['\u7269\u6D41\u4FDD\u9669\u8D39'],
    label: { en: 'Insurance', zh: '\u4FDD\u9669\u8D39' },
  },
  {
    field: 'order_total',
    zh: '\u8BA2\u5355\u603B\u4EF7',
    aliases: ['total', 'order amount', '\u8BA2\u5355\u91D1\u989D'],
    label: { en: 'Order total', zh: '\u8BA2\u5355\u603B\u4EF7' },
  },
  {
    field: 'advance',
    zh: '\u9884\u4ED8\u6B3E',
    aliases: ['\u9884\u4ED8\u6B3E\u91D1\u989D', 'advance payment', 'deposit'],
    label: { en: 'Advance', zh: '\u9884\u4ED8\u6B3E' },
  },
  {
    field: 'balance',
    zh: '\u5C3E\u6B3E',
    aliases: ['\u5C3E\u6B3E\u91D1\u989D', 'balance payment'],
    label: { en: 'Balance', zh: '\u5C3E\u6B3E' },
  },
  {
    field: 'payment_method',
    zh: '\u652F\u4ED8\u65B9\u5F0F',
    aliases: ['payment methods', 'method'],
    label: { en: 'Payment method', zh: '\u652F\u4ED8\u65B9\u5F0F' },
  },
  {
    field: 'payer_currency',
    zh: '\u4ED8\u6B3E\u5E01\u79CD',
    aliases: ['buyer currency'],
    label: { en: 'Payer currency', zh: '\u4ED8\u6B3E\u5E01\u79CD' },
  },
  {
    field: 'card_brand',
    zh: '\u5361\u7EC4\u7EC7',
    aliases: ['card'],
    label: { en: 'Card brand', zh: '\u5361\u7EC4\u7EC7' },
  },
  {
    field: 'card_region',
    zh: '\u53D1\u5361\u5730\u533A',
    aliases: ['issuing region'],
    label: { en: 'Card region', zh: '\u53D1\u5361\u5730\u533A' },
  },
  {
    field: 'export_mode',
    zh: '\u51FA\u53E3\u65B9\u5F0F',
    aliases: ['export'],
    label: { en: 'Export mode', zh: '\u51FA\u53E3\u65B9\u5F0F' },
  },
  {
    field: 'logistics',
    zh: '\u7269\u6D41',
    aliases: ['\u7269\u6D41\u670D\u52A1'],
    label: { en: 'Logistics', zh: '\u7269\u6D41' },
  },
  {
    field: 'shipping_method',
    zh: '\u8FD0\u8F93\u65B9\u5F0F',
    aliases: ['ship method', 'shipping'],
    label: { en: 'Shipping method', zh: '\u8FD0\u8F93\u65B9\u5F0F' },
  },
  {
    field: 'trade_term',
    zh: '\u8D38\u6613\u672F\u8BED',
    aliases: ['incoterm', 'incoterms'],
    label: { en: 'Trade term', zh: '\u8D38\u6613\u672F\u8BED' },
  },
  {
    field: 'shipping_address',
    zh: '\u6536\u8D27\u5730\u5740',
    aliases: ['address'],
    label: { en: 'Shipping address', zh: '\u6536\u8D27\u5730\u5740' },
  },
  {
    field: 'ship_within_days',
    zh: '\u53D1\u8D27\u5929\u6570',
    aliases: ['ship days', 'ship within'],
    label: { en: 'Ship within (days)', zh: '\u53D1\u8D27\u5929\u6570' },
  },
  {
    field: 'ship_by_date',
    zh: '\u6307\u5B9A\u53D1\u8D27\u65E5\u671F',
    aliases: ['ship date', 'ship by'],
    label: { en: 'Ship by date', zh: '\u6307\u5B9A\u53D1\u8D27\u65E5\u671F' },
  },
  {
    field: 'remark',
    zh: '\u8BA2\u5355\u5907\u6CE8',
    aliases: ['remarks', 'note', '\u5907\u6CE8'],
    label: { en: 'Remark', zh: '\u8BA2\u5355\u5907\u6CE8' },
  },
  {
    field: 'withdraw_amount',
    zh: '\u63D0\u73B0\u91D1\u989D',
    aliases: ['withdrawal amount'],
    label: { en: 'Withdraw amount', zh: '\u63D0\u73B0\u91D1\u989D' },
  },
  {
    field: 'withdraw_currency',
    zh: '\u63D0\u73B0\u5E01\u79CD',
    aliases: ['withdrawal currency'],
    label: { en: 'Withdraw currency', zh: '\u63D0\u73B0\u5E01\u79CD' },
  },
  {
    field: 'withdraw_to',
    zh: '\u6536\u6B3E\u8D26\u6237',
    aliases: ['withdrawal account', 'bank account'],
    label: { en: 'Withdraw to', zh: '\u6536\u6B3E\u8D26\u6237' },
  },
  {
    field: 'withdraw_from',
    zh: '\u63D0\u73B0\u8D26\u6237',
    aliases: ['from account'],
    label: { en: 'Withdraw from', zh: '\u63D0\u73B0\u8D26\u6237' },
  },
  {
    field: 'shipped_on',
    zh: '\u5B9E\u9645\u53D1\u8D27\u65E5\u671F',
    aliases: ['shipped date', '\u5DF2\u53D1\u8D27\u65E5\u671F'],
    label: { en: 'Shipped on', zh: '\u5B9E\u9645\u53D1\u8D27\u65E5\u671F' },
  },
];
function normalizeHeader(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*:：]+/g, '');
}
var HEADER_INDEX = new Map(
  COLUMNS.flatMap((c) => [c.field, c.zh, ...c.aliases].map((h) => [normalizeHeader(h), c.field])),
);
function fieldForHeader(header) {
  if (typeof header !== 'string') return null;
  return HEADER_INDEX.get(normalizeHeader(header)) ?? null;
}
var COLUMN_BY_FIELD = new Map(COLUMNS.map((c) => [c.field, c]));

// core/src/sheet/check-rows.ts
var ReportRow = class {
  constructor(row, ref, findings, exact, cells) {
    this.row = row;
    this.ref = ref;
    this.findings = findings;
    this.exact = exact;
    this.cells = cells;
  }
  row;
  ref;
  findings;
  exact;
  cells;
  /** The report's fees (order-sheet.md): decimal strings with the currency's minor digits. */
  get fees() {
    const { payment, service, withdrawal } = this.exact;
    return {
      payment: toReportFee(payment),
      service: toReportFee(service),
      withdrawal: toReportFee(withdrawal),
    };
  }
  /** What reaches the bank after the withdrawal fee (not in the JSON contract; the CSV and the add-on show it). */
  get net() {
    return toReportFee(this.exact.net);
  }
};
function matchHeaders(headerRow) {
  const seen = /* @__PURE__ */ new Set();
  const duplicates = [];
  const columns = headerRow.map((h) => {
    const field = fieldForHeader(h);
    if (field === null) return null;
    if (seen.has(field)) {
      duplicates.push(field);
      return null;
    }
    seen.add(field);
    return field;
  });
  return { columns, missingRequired: seen.has('order_type') ? [] : ['order_type'], duplicates };
}
function toReportFee(fee) {
  if (fee === null) return null;
  return {
    currency: fee.currency,
    low: formatMinor(fee.low, fee.currency),
    high: formatMinor(fee.high, fee.currency),
    approximate: fee.approximate,
    source: fee.source,
  };
}
var PROGRESS_EVERY = 5e3;
function isBlank(row) {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === void 0 || c === null || c === '') continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
  return true;
}
var NOT_GIVEN = Object.freeze(Object.fromEntries(ORDER_FIELDS.map((f) => [f, void 0])));
function rowToInput(row, columns) {
  const input = { ...NOT_GIVEN };
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i];
    if (field) input[field] = row[i] ?? '';
  }
  return input;
}
function checkRows(rows, settings, today, onProgress) {
  const { columns } = matchHeaders(rows[0] ?? []);
  const cells = {};
  columns.forEach((f, i) => {
    if (f) cells[f] = i;
  });
  const refColumn = cells.order_ref;
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (onProgress && r % PROGRESS_EVERY === 0) onProgress(r, rows.length - 1);
    if (isBlank(row)) continue;
    const { findings, fees } = checkOrder(rowToInput(row, columns), settings, today);
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    const ref = refColumn === void 0 ? null : String(row[refColumn] ?? '').trim() || null;
    out.push(new ReportRow(r + 1, ref, findings, fees, cells));
  }
  return { rows: out, summary: { rows: out.length, errors, warnings } };
}

// test/bench/core-pipeline.ts
var HEADER =
  'order_ref,order_type,drafted_by,buyer_email,destination,currency,unit_price,quantity,freight,insurance,order_total,advance,balance,payment_method,card_brand,export_mode,logistics,shipping_method,trade_term,shipping_address,ship_within_days,ship_by_date,remark,withdraw_amount,withdraw_currency,withdraw_to';
var VALID = {
  type: ['TA', '\u4FE1\u7528\u4FDD\u969C', 'Trade Assurance'],
  email: ['buyer@example.com', 'ops@example.de', 'compras@example.com.br', 'k.tan@example.sg'],
  place: ['US', 'Germany', '\u5DF4\u897F', 'GB', '\u65E5\u672C', 'France', 'SG'],
  method: ['card', 'tt-intl', 'T/T', 'Credit/Debit Card', '"card, tt-intl"'],
  brand: ['visa', 'mastercard', 'amex', ''],
  mode: ['self', '\u81EA\u8425\u51FA\u53E3', 'onetouch', 'convenient'],
  logistics: ['platform', 'third-party', ''],
  ship: ['sea', 'air', 'express'],
  term: ['FOB', 'CIF', 'EXW', 'DAP'],
  days: ['7', '10', '15', '30'],
};
var MISTAKES = [
  [3, 'li@qq.com'],
  // buyer/email-domestic
  [4, 'Iran'],
  // destination/restricted
  [11, '0.50'],
  // payment/advance-min
  [13, 'boleto'],
  // payment/monthly-limit on larger orders
  [18, 'DDU'],
  // shipping/trade-term-legacy
  [20, '1'],
  // shipping/days-too-short
  [6, '12.345'],
  // amount/precision
  [21, '2026-11-21'],
  // shipping/date-too-soon
];
function generateCsv(rows, seed = 42) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >>> 16;
  };
  const pick = (list) => list[next() % list.length];
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const unitCents = pick([1250, 2500, 9999, 48e3, 12e4]);
    const qty = pick([1, 2, 4, 10]);
    const totalCents = unitCents * qty;
    const mode = pick(VALID.mode);
    const cells = [
      `PO-${i}`,
      pick(VALID.type),
      'seller',
      pick(VALID.email),
      pick(VALID.place),
      'USD',
      (unitCents / 100).toFixed(2),
      String(qty),
      '0',
      '0',
      (totalCents / 100).toFixed(2),
      pick(['30%', '100%', (Math.floor(totalCents / 2) / 100).toFixed(2)]),
      '',
      pick(VALID.method),
      pick(VALID.brand),
      mode === 'convenient' && totalCents > 5e5 ? 'self' : mode,
      pick(VALID.logistics),
      pick(VALID.ship),
      pick(VALID.term),
      '"1 Market St, San Francisco"',
      pick(VALID.days),
      '',
      '',
      pick(['', '', (totalCents / 200).toFixed(2)]),
      'CNY',
      'corporate',
    ];
    if (next() % 10 === 0) {
      const [column, value] = pick(MISTAKES);
      cells[column] = value;
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}
`;
}

// ../../tmp/m7.ts
var csv = generateCsv(1e5);
var S = { membership: 'paid', region: 'mainland', usdCny: '7.1000', settlementRate: '7.0500' };
var cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
var bp = 1e9;
var bc = 1e9;
for (let k = 0; k < 7; k++) {
  let t = cpu();
  const g = parseCsv(csv);
  bp = Math.min(bp, cpu() - t);
  t = cpu();
  checkRows(g, S, '2026-11-20');
  bc = Math.min(bc, cpu() - t);
}
console.log(
  'cpu min parse',
  Math.round(bp),
  'min check',
  Math.round(bc),
  'ratio',
  ((bp + bc) / bp).toFixed(2),
);
