/**
 * The user's preferences in chrome.storage.sync: seller settings (order-sheet.md "Seller settings")
 * and the UI language. The options page validates with core's parseSettings before saving; readers
 * here only keep keys of the right primitive type (no zod in the content script).
 */
import type { Lang, Settings } from '@ta-toolkit/core/types';

export type LangPref = 'auto' | Lang;
export interface Prefs {
  settings: Settings;
  lang: LangPref;
}

export const STORAGE_KEY = 'taToolkit';
export const DEFAULT_PREFS: Prefs = { settings: {}, lang: 'auto' };

const STRING_KEYS = ['taQuota', 'fxQuota', 'usdCny', 'settlementRate', 'serviceFeeRate'] as const;
const NUMBER_KEYS = ['violationPoints', 'infringementComplaints'] as const;

/** Keep only well-typed keys of a stored value (anything odd is dropped, never thrown on). */
export function sanitizePrefs(raw: unknown): Prefs {
  const out: Prefs = { settings: {}, lang: 'auto' };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (r.lang === 'en' || r.lang === 'zh' || r.lang === 'auto') out.lang = r.lang;
  const s = r.settings && typeof r.settings === 'object' ? (r.settings as Record<string, unknown>) : {};
  if (s.membership === 'paid' || s.membership === 'free') out.settings.membership = s.membership;
  if (s.region === 'mainland' || s.region === 'HK' || s.region === 'TW') out.settings.region = s.region;
  if (typeof s.verified === 'boolean') out.settings.verified = s.verified;
  for (const k of NUMBER_KEYS) if (typeof s[k] === 'number' && Number.isFinite(s[k])) out.settings[k] = s[k];
  for (const k of STRING_KEYS) if (typeof s[k] === 'string' && s[k] !== '') out.settings[k] = s[k];
  return out;
}

type StorageArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

function area(): StorageArea | undefined {
  const g = globalThis as {
    browser?: { storage?: { sync?: StorageArea } };
    chrome?: { storage?: { sync?: StorageArea } };
  };
  return g.browser?.storage?.sync ?? g.chrome?.storage?.sync;
}

export async function loadPrefs(): Promise<Prefs> {
  try {
    const a = area();
    if (!a) return DEFAULT_PREFS;
    const got = await a.get(STORAGE_KEY);
    return sanitizePrefs(got[STORAGE_KEY]);
  } catch {
    return DEFAULT_PREFS;
  }
}

export async function savePrefs(prefs: Prefs): Promise<void> {
  await area()?.set({ [STORAGE_KEY]: prefs });
}

/** Calls back with fresh prefs whenever another page saves them. Returns an unsubscribe. */
export function watchPrefs(cb: (p: Prefs) => void): () => void {
  const ev = (globalThis as { chrome?: typeof chrome }).chrome?.storage?.onChanged;
  if (!ev) return () => {};
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName === 'sync' && changes[STORAGE_KEY]) cb(sanitizePrefs(changes[STORAGE_KEY].newValue));
  };
  ev.addListener(listener);
  return () => ev.removeListener(listener);
}

/** UI language: the option if set, else the page (<html lang>, then the labels' language), else English. */
export function resolveLang(
  pref: LangPref,
  htmlLang: string | null | undefined,
  labelLang: Lang | null,
): Lang {
  if (pref === 'en' || pref === 'zh') return pref;
  const l = (htmlLang ?? '').toLowerCase();
  if (l.startsWith('zh')) return 'zh';
  if (l.startsWith('en')) return 'en';
  return labelLang ?? 'en';
}
