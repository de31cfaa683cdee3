/**
 * Country names for the checker module (see lazy.ts), loaded from a packaged file instead of bundled.
 *
 * Why: core resolves the destination the page shows through the i18n-iso-countries en + zh name tables
 * (≈ 12 KB minified, ≈ 5.7 KB gzipped). The checker module is loaded only where the draft form is
 * found, and the names are needed only there, once. So the checker module's build replaces the two
 * dataset files with empty tables (see wxt.config.ts), the build writes the same tables to
 * DESTINATION_NAMES_FILE, and the controller loads them once, before the first check: core then
 * resolves exactly as ta-check does.
 *
 * Trade-off: one read of the extension's own file (chrome-extension://…, never the network) and one async
 * step before the first check on a form page; a web_accessible_resources entry for that one file, limited
 * to https://biz.alibaba.com/* (the checker module runs in the content script's world, whose fetch of an
 * extension file needs it). If the file cannot be read (it always can in a valid package) the check
 * still runs, and an unknown destination is reported as not recognised.
 */
import { type CountryNameTable, registerDestinationNames } from '@ta-toolkit/core/tables/destinations';

export const DESTINATION_NAMES_FILE = 'destination-names.json';

export interface DestinationNameTables {
  en: CountryNameTable;
  zh: CountryNameTable;
}

let loading: Promise<void> | undefined;

/** Load and register the packaged tables (once; later calls share the first load). Never throws. */
export function loadDestinationNames(): Promise<void> {
  loading ??= fetch(chrome.runtime.getURL('/destination-names.json'))
    .then((r) => r.json() as Promise<DestinationNameTables>)
    .then((t) => registerDestinationNames(t))
    .catch(() => undefined);
  return loading;
}
