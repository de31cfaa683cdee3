import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { memoize } from '../memo.ts';
import type { Message } from '../types.ts';

/**
 * Destination countries and regions. Names come from the maintained i18n-iso-countries dataset (ISO 3166-1
 * alpha-2 codes, English and Chinese names); regions that are not countries are added here as data.
 */
export type DestinationCode = string;

interface Region {
  code: DestinationCode;
  name: Message;
  /** Text that names this region even inside a longer value ("Crimea, Ukraine"). */
  mentions: readonly string[];
}

/** Regions the order form treats separately from their country (000 FAQ Q4 lists Crimea). */
const REGIONS: readonly Region[] = [
  { code: 'UA-43', name: { en: 'Crimea', zh: '克里米亚' }, mentions: ['crimea', 'krym', '克里米亚'] },
];

/** 000 FAQ Q4: "信用保障订单暂不支持的国家和地区" (the list may change: it is data). */
export const RESTRICTED_DESTINATIONS: readonly DestinationCode[] = [
  'IR',
  'KP',
  'SY',
  'CU',
  'SD',
  'EG',
  'UA-43',
];
/** 000 FAQ Q4: Myanmar is allowed but the bank may not guarantee receipt (001 listed it as blocked: superseded). */
export const PAYMENT_RISK_DESTINATIONS: readonly DestinationCode[] = ['MM'];

/** Spellings the dataset lacks but sellers type. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  TW: ['台湾', '中国台湾'],
  HK: ['中国香港', 'Hong Kong SAR'],
  MO: ['中国澳门', 'Macao SAR'],
  KR: ['South Korea', 'Korea'],
  KP: ['DPRK', 'Korea, North'],
  RU: ['Russia'],
  GB: ['England', 'Britain'],
  AE: ['UAE', '阿联酋'],
  US: ['美利坚合众国'],
};

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, ' ');

/** Country names by ISO alpha-2 code, one language: the shape of i18n-iso-countries' `countries`. */
export type CountryNameTable = Readonly<Record<string, string | readonly string[]>>;

const NAMES = new Map<DestinationCode, Message>();
const INDEX = new Map<string, DestinationCode>();
const first = (v: string | readonly string[]) => (typeof v === 'string' ? v : (v[0] ?? ''));

function buildIndex(enNames: CountryNameTable, zhNames: CountryNameTable): void {
  NAMES.clear();
  INDEX.clear();
  for (const [code, enName] of Object.entries(enNames)) {
    const zhName = zhNames[code] ?? enName;
    NAMES.set(code, { en: first(enName), zh: first(zhName) });
    INDEX.set(fold(code), code);
    for (const n of [enName, zhName, EXTRA_NAMES[code] ?? []].flat()) INDEX.set(fold(n), code);
  }
  for (const r of REGIONS) {
    NAMES.set(r.code, r.name);
    for (const n of [r.name.en, r.name.zh]) INDEX.set(fold(n), r.code);
  }
}
buildIndex(en.countries as CountryNameTable, zh.countries as CountryNameTable);

let resolveMemo = memoize(resolveUncached);
export const resolveDestination = (raw: string): DestinationCode | null => resolveMemo(raw);

/**
 * Replaces the country-name tables (the bundled i18n-iso-countries en + zh names are the default, and
 * nobody needs to call this). For bundles that leave the dataset out and load the same tables at run
 * time (the browser extension's content script ships them as a packaged file). Regions and extra
 * spellings stay as they are.
 */
export function registerDestinationNames(table: { en: CountryNameTable; zh: CountryNameTable }): void {
  buildIndex(table.en, table.zh);
  resolveMemo = memoize(resolveUncached);
}

/** An ISO alpha-2 code, an English or Chinese name → its code; null when not recognised. */
function resolveUncached(raw: string): DestinationCode | null {
  const key = fold(raw);
  const exact = INDEX.get(key);
  if (exact) return exact;
  for (const r of REGIONS) if (r.mentions.some((m) => key.includes(m))) return r.code;
  return null;
}

export function destinationName(code: DestinationCode): Message {
  return NAMES.get(code) ?? { en: code, zh: code };
}

/** Every destination for pickers: code and both names. */
export function allDestinations(): { code: DestinationCode; name: Message }[] {
  return [...NAMES].map(([code, name]) => ({ code, name }));
}
