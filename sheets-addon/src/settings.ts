import { parseSettings } from '@ta-toolkit/core';
import type { Finding, Settings } from '@ta-toolkit/core/types';

/** Document property holding the seller settings (order-sheet.md "Seller settings") as JSON. */
export const SETTINGS_KEY = 'ta-toolkit.settings';

/** Stored JSON -> settings, through core's parseSettings (bad keys become findings, never a throw). */
export function loadSettings(stored: string | null | undefined): { settings: Settings; findings: Finding[] } {
  if (!stored) return { settings: {}, findings: [] };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { settings: {}, findings: [] };
  }
  return parseSettings(json);
}

export function storeSettings(settings: Settings): string {
  return JSON.stringify(settings);
}
