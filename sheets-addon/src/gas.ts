/**
 * The Apps Script side: read once, plan (pure modules), write in a constant number of calls.
 * Only SpreadsheetApp, PropertiesService, HtmlService and Session are used (scopes: spreadsheets.currentonly,
 * script.container.ui). Nothing here runs at load time: onOpen in AuthMode.NONE only builds the menu.
 */
import type { Lang, Message } from '@ta-toolkit/core/types';
import { checkSheet, sheetSummary } from './check.ts';
import { bilingual, clearText, langFromLocale, UI } from './i18n.ts';
import { type Block, layoutOf, planClear, type Snapshot, type WritePlan } from './plan.ts';
import { loadSettings, SETTINGS_KEY, storeSettings } from './settings.ts';
import { templateSpec } from './template.ts';

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem(bilingual(UI.menuCheck), 'checkOrders')
    .addSubMenu(
      ui
        .createMenu(bilingual(UI.menuTemplate))
        .addItem(bilingual(UI.menuTemplateEn), 'insertTemplateEn')
        .addItem(bilingual(UI.menuTemplateZh), 'insertTemplateZh'),
    )
    .addItem(bilingual(UI.menuCalculator), 'showFeeCalculator')
    .addItem(bilingual(UI.menuSettings), 'showSettings')
    .addSeparator()
    .addItem(bilingual(UI.menuClear), 'clearResults')
    .addToUi();
}

function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

function read(sheet: GoogleAppsScript.Spreadsheet.Sheet): Snapshot {
  const range = sheet.getDataRange();
  return { values: range.getValues(), notes: range.getNotes(), backgrounds: range.getBackgrounds() };
}

function write<T>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  b: Block<T>,
  set: (r: GoogleAppsScript.Spreadsheet.Range, v: T[][]) => void,
) {
  const rows = b.values.length;
  const cols = b.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  set(sheet.getRange(b.row + 1, b.col + 1, rows, cols), b.values);
}

export function apply(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: WritePlan): void {
  const max = sheet.getMaxColumns();
  if (plan.width > max) sheet.insertColumnsAfter(max, plan.width - max);
  for (const b of plan.values) write(sheet, b, (r, v) => r.setValues(v));
  if (plan.notes) write(sheet, plan.notes, (r, v) => r.setNotes(v));
  // null resets a cell to no fill (the sheet's default), which is what "white" read back as usually was.
  if (plan.backgrounds) write(sheet, plan.backgrounds, (r, v) => r.setBackgrounds(v as string[][]));
}

function toast(m: Message, title: Message, lang: Lang): void {
  SpreadsheetApp.getActive().toast(`${m[lang]}\n${m[lang === 'zh' ? 'en' : 'zh']}`, bilingual(title), 10);
}

export function checkOrders(): void {
  const lang = userLang();
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const snap = read(sheet);
  const settings = loadSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY));
  const result = checkSheet(snap, settings.settings, lang, ss.getSpreadsheetTimeZone());
  if (!result.plan) {
    toast(result.notOrderSheet ? UI.notOrderSheet : UI.noData, UI.summaryTitle, lang);
    return;
  }
  apply(sheet, result.plan);
  toast(sheetSummary(result), UI.summaryTitle, lang);
}

export function clearResults(): void {
  const lang = userLang();
  const sheet = SpreadsheetApp.getActive().getActiveSheet();
  const snap = read(sheet);
  const plan = planClear(snap, layoutOf(snap.values));
  apply(sheet, plan);
  toast(clearText(plan.markedCells, plan.resultColumns), UI.clearTitle, lang);
}

export function insertTemplate(lang: Lang): void {
  const ss = SpreadsheetApp.getActive();
  const spec = templateSpec(lang);
  let name = spec.sheetName;
  for (let i = 2; ss.getSheetByName(name) && i < 100; i++) name = `${spec.sheetName} ${i}`;
  const sheet = ss.insertSheet(name);
  const width = spec.headers.length;
  const rows = [spec.headers, ...spec.examples];
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const dvRows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const v of spec.validations) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(v.values, true)
      .setAllowInvalid(v.allowOther)
      .setHelpText(v.help)
      .build();
    sheet.getRange(2, v.col + 1, dvRows, 1).setDataValidation(rule);
  }
  sheet.autoResizeColumns(1, width);
  toast(spec.done, UI.templateTitle, lang);
}

function sidebarHtml(tab: 'calculator' | 'settings', title: Message): GoogleAppsScript.HTML.HtmlOutput {
  const lang = userLang();
  const stored = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  const boot = { tab, lang, settings: loadSettings(stored).settings };
  // JSON inside <script>: escape '<' so no "</script>" can end it early.
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  return HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(title[lang])
    .append(`<script type="application/json" id="ta-boot">${json}</script>`);
}

export function showFeeCalculator(): void {
  SpreadsheetApp.getUi().showSidebar(sidebarHtml('calculator', UI.sidebarTitle));
}

export function showSettings(): void {
  SpreadsheetApp.getUi().showSidebar(sidebarHtml('settings', UI.settingsTitle));
}

/** Called by the sidebar (google.script.run): validate with core, store, return what was kept. */
export function saveSettingsFromSidebar(json: unknown) {
  const parsed = loadSettings(typeof json === 'string' ? json : JSON.stringify(json ?? {}));
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, storeSettings(parsed.settings));
  return { settings: parsed.settings, findings: parsed.findings };
}
