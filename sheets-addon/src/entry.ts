/**
 * Apps Script entry points. This file only exposes globals: every export becomes a real top-level function
 * in dist/Code.js (scripts/build.ts copies the JSDoc above each one onto its stub). Logic lives in the
 * modules it imports. Nothing runs at load time except zod's jitless switch (core/src/zod.ts).
 */
import { parseSettings } from '@ta-toolkit/core';
import {
  type Arg,
  checkCells,
  mapCells,
  paymentFeeCell,
  serviceFeeCell,
  setTimeZoneSource,
  withdrawalFeeCell,
} from './custom-functions.ts';
import * as gas from './gas.ts';

/**
 * Builds the add-on menu. Runs in any auth mode (also AuthMode.NONE): it only creates the menu.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e: unknown) {
  void e;
  gas.buildMenu();
}

/**
 * Runs when the add-on is installed: builds the menu right away.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e: unknown) {
  onOpen(e);
}

/**
 * Simple trigger: an edit to order rows clears those rows' marks (their status then says "check again").
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e The edit event.
 */
export function onEdit(e: unknown) {
  const range = (e as { range?: GoogleAppsScript.Spreadsheet.Range } | null)?.range;
  if (range) gas.clearEditedMarks(range);
}

/** Menu: Check orders on the active sheet. */
export function checkOrders() {
  gas.checkOrders();
}

/** Menu: propose which order each receipt pays (receipts sheet and orders sheet found by their headers). */
export function matchReceipts() {
  gas.matchReceipts();
}

/** Menu: the problems of the active sheet, in the sidebar (checks again, writes nothing). */
export function showProblems() {
  gas.showProblems();
}

/**
 * Sidebar (google.script.run): select the cell a problem names.
 * @param {string} sheetName The sheet's name.
 * @param {string} cell The cell in A1 notation.
 */
export function selectCell(sheetName: unknown, cell: unknown) {
  gas.selectCell(String(sheetName), String(cell));
}

/** Menu: remove the add-on's result columns, notes and highlights; restore what was there before. */
export function clearResults() {
  gas.clearResults();
}

/** Menu: insert an order template sheet with English headers. */
export function insertTemplateEn() {
  gas.insertTemplate('en');
}

/** Menu: insert an order template sheet with Chinese headers. */
export function insertTemplateZh() {
  gas.insertTemplate('zh');
}

/** Menu: open the fee calculator sidebar. */
export function showFeeCalculator() {
  gas.showFeeCalculator();
}

/** Menu: open the seller settings sidebar. */
export function showSettings() {
  gas.showSettings();
}

/**
 * Sidebar (google.script.run): save the seller settings of this document.
 * @param {string} json The settings as JSON (order-sheet.md "Seller settings").
 * @return The settings kept and the findings about any value that was not.
 */
export function saveSettings(json: unknown) {
  return gas.saveSettingsFromSidebar(json);
}

function timeZone(): string {
  try {
    return SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  } catch {
    return 'UTC';
  }
}
setTimeZoneSource(timeZone);

/**
 * The buyer's fee in USD for one payment (Alibaba.com Trade Assurance payment methods).
 *
 * @param {number|string} amount The payment in USD: a number or text like "USD 2,500.00". A range gives a range of fees.
 * @param {string} method Payment method id (card, trustly, obp-us, obp-eu, tt-local, tt-intl, western-union, boleto, lc, dp) or its name.
 * @param {string} bound Optional. "high" (default: the most the buyer may pay) or "low", for fees stated as a range.
 * @param {string} card_brand Optional, for card: visa, mastercard, amex, …
 * @param {string} card_region Optional, for card: apac or other.
 * @return The fee in USD.
 * @customfunction
 */
export function TA_PAYMENT_FEE(amount: Arg, method: Arg, bound: Arg, card_brand: Arg, card_region: Arg) {
  return mapCells('TA_PAYMENT_FEE', [amount, method, bound, card_brand, card_region], paymentFeeCell);
}

/**
 * The seller's service fee for an order (by export mode), in the order's currency.
 *
 * @param {number|string} amount The order total: a number or text like "USD 2,500.00". A range gives a range of fees.
 * @param {string} export_mode self, onetouch, convenient or market (or the Chinese names).
 * @param {string} logistics Optional: platform (1%) or third-party (2%); empty gives the 1–2% range.
 * @param {string} bound Optional. "high" (default) or "low", for fees stated as a range.
 * @param {string} currency Optional: the order's currency, USD (default) or CNY.
 * @param {number} usd_cny Optional: CNY per USD, to apply the RMB 480 OneTouch cap to a USD order.
 * @param {number} service_fee_rate Optional: your own rate, e.g. 0.015, instead of 1% / 2%.
 * @return The fee.
 * @customfunction
 */
export function TA_SERVICE_FEE(
  amount: Arg,
  export_mode: Arg,
  logistics: Arg,
  bound: Arg,
  currency: Arg,
  usd_cny: Arg,
  service_fee_rate: Arg,
) {
  return mapCells(
    'TA_SERVICE_FEE',
    [amount, export_mode, logistics, bound, currency, usd_cny, service_fee_rate],
    serviceFeeCell,
  );
}

/**
 * The fee for withdrawing an order's money to a bank account, in the currency the fee is charged in.
 *
 * @param {number|string} amount The amount withdrawn, in USD: a number or text. A range gives a range of fees.
 * @param {string} export_mode self, onetouch, convenient or market (decides the account).
 * @param {string} withdraw_currency USD or CNY (what the bank account receives).
 * @param {string} withdraw_to corporate or personal (legal representative's account).
 * @param {string} bound Optional. "high" (default) or "low".
 * @param {string} order_type Optional: TA or DPO.
 * @param {string} membership Optional: paid or free.
 * @param {string} region Optional: mainland, HK or TW.
 * @param {number} settlement_rate Optional: CNY per USD for a CNY withdrawal.
 * @return The fee.
 * @customfunction
 */
export function TA_WITHDRAWAL_FEE(
  amount: Arg,
  export_mode: Arg,
  withdraw_currency: Arg,
  withdraw_to: Arg,
  bound: Arg,
  order_type: Arg,
  membership: Arg,
  region: Arg,
  settlement_rate: Arg,
) {
  return mapCells(
    'TA_WITHDRAWAL_FEE',
    [
      amount,
      export_mode,
      withdraw_currency,
      withdraw_to,
      bound,
      order_type,
      membership,
      region,
      settlement_rate,
    ],
    withdrawalFeeCell,
  );
}

/**
 * The Trade Assurance findings of order rows, as text ("OK" when a row has none).
 *
 * @param {string[][]} headers The header row of the order sheet (English or Chinese headers), e.g. A1:AC1.
 * @param {any[][]} rows One or more order rows of the same width, e.g. A2:AC2 or A2:AC100.
 * @param {string} lang Optional: en (default) or zh.
 * @param {string} settings_json Optional: seller settings as JSON (none: rules needing a setting say so).
 * @param {string} today Optional: YYYY-MM-DD (US Pacific) for the ship-date rules; without it they are skipped and the cell says so.
 * @return One text per row.
 * @customfunction
 */
export function TA_CHECK(headers: Arg, rows: Arg, lang: Arg, settings_json: Arg, today: Arg) {
  return checkCells(headers, rows, lang, settings_json, today, parseSettings);
}
