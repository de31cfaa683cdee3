/**
 * The Apps Script side: read in row chunks, plan (pure modules), write only what changes.
 * Only SpreadsheetApp, PropertiesService, HtmlService, Session and LockService are used (scopes:
 * spreadsheets.currentonly, script.container.ui). Nothing here runs at load time: onOpen in AuthMode.NONE
 * only builds the menu (in the user's language: Session.getActiveUserLocale works there).
 */
import { todayInPacific } from '@ta-toolkit/core';
import type { Cell } from '@ta-toolkit/core/cells';
import { visible } from '@ta-toolkit/core/text/identify';
import type { Lang, Message } from '@ta-toolkit/core/types';
import { a1, columnLetters, contains, intersects, parseA1, type Rect } from './a1.ts';
import { checkSheet, type SheetCheck, sheetSummary } from './check.ts';
import { ownHeaderRow, SEARCHED_ROWS } from './header-row.ts';
import { clearText, langFromLocale, matchText, readingText, UI } from './i18n.ts';
import type { ResultKey } from './marks.ts';
import { matchSheets, pickSheets } from './match.ts';
import {
  type CellWrites,
  CHUNK_ROWS,
  layoutOf,
  planClear,
  planEdited,
  type Snapshot,
  type WritePlan,
} from './plan.ts';
import { type Problems, problemsOf } from './problems.ts';
import { loadSettings, SETTINGS_KEY, storeSettings } from './settings.ts';
import { DateReader, sheetCells } from './sheet-cells.ts';
import type { SidebarBoot, SidebarTab } from './sidebar/boot.ts';
import { templateSpec } from './template.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function buildMenu(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem(UI.menuCheck[lang], 'checkOrders')
    .addItem(UI.menuMatch[lang], 'matchReceipts')
    .addItem(UI.menuProblems[lang], 'showProblems')
    .addSubMenu(
      ui
        .createMenu(UI.menuTemplate[lang])
        .addItem(UI.menuTemplateEn[lang], 'insertTemplateEn')
        .addItem(UI.menuTemplateZh[lang], 'insertTemplateZh'),
    )
    .addItem(UI.menuCalculator[lang], 'showFeeCalculator')
    .addItem(UI.menuSettings[lang], 'showSettings')
    .addSeparator()
    .addItem(UI.menuClear[lang], 'clearResults')
    .addToUi();
}

/** The sheet as typed cells, read CHUNK_ROWS rows at a time (values, formats, display text, notes, fills). */
export function readSheet(
  sheet: Sheet,
  dates: DateReader,
  progress: (read: number, rows: number) => void = () => {},
): Snapshot {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const snap: Snapshot = { values: [], notes: [], backgrounds: [] };
  for (let top = 0; top < rows && cols > 0; top += CHUNK_ROWS) {
    if (top > 0) progress(top, rows);
    const range = sheet.getRange(top + 1, 1, Math.min(CHUNK_ROWS, rows - top), cols);
    const cells = sheetCells(range.getValues(), range.getNumberFormats(), range.getDisplayValues(), dates);
    for (const row of cells) snap.values.push(row);
    for (const row of range.getNotes()) snap.notes.push(row);
    for (const row of range.getBackgrounds()) snap.backgrounds.push(row);
  }
  return snap;
}

/** At most this many A1 ranges per RangeList call. */
const RANGE_LIST_SIZE = 500;

function writeCells<T>(
  sheet: Sheet,
  writes: CellWrites<T>,
  one: (range: Range, values: T[][]) => void,
  many: (list: GoogleAppsScript.Spreadsheet.RangeList, value: T) => void,
): void {
  for (const group of writes.same) {
    const names = group.spans.map((s) => a1(s.row, s.col, s.height, 1));
    for (let i = 0; i < names.length; i += RANGE_LIST_SIZE)
      many(sheet.getRangeList(names.slice(i, i + RANGE_LIST_SIZE)), group.value);
  }
  for (const run of writes.runs)
    one(
      sheet.getRange(run.row + 1, run.col + 1, run.values.length, 1),
      run.values.map((v) => [v]),
    );
}

/** The planned cells another user's protection keeps this user from editing (A1), before anything is written. */
function protectedTargets(sheet: Sheet, plan: WritePlan): string[] {
  const locked: Rect[] = [];
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.canEdit()) continue;
    const rect = parseA1(p.getRange().getA1Notation());
    if (rect) locked.push(rect);
  }
  let open: Rect[] | null = null;
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (p.canEdit()) continue;
    open = p.getUnprotectedRanges().flatMap((r) => parseA1(r.getA1Notation()) ?? []);
  }
  const blocked: string[] = [];
  for (const [r0, c0, rows, cols] of plan.targets) {
    const target = { r0, c0, rows, cols };
    const hit =
      locked.some((l) => intersects(l, target)) || (open !== null && !open.some((u) => contains(u, target)));
    if (hit) blocked.push(a1(r0, c0, rows, cols));
  }
  return blocked;
}

class ProtectedCells extends Error {
  constructor(readonly cells: string[]) {
    super(cells.join(', '));
  }
}

/** Result column widths in pixels, set once when the add-on adds the column (the user's later widths stay). */
const WIDTHS: Record<ResultKey, number> = {
  status: 110,
  findings: 420,
  payment: 150,
  service: 150,
  withdrawal: 150,
  net: 160,
  order: 170,
  part: 90,
  amount: 130,
  shortfall: 110,
  confidence: 90,
  why: 420,
};

/** Throws ProtectedCells, before anything is written, when the plan would touch a cell the user may not edit. */
function assertWritable(sheet: Sheet, plan: WritePlan): void {
  const blocked = protectedTargets(sheet, plan);
  if (blocked.length > 0) throw new ProtectedCells(blocked);
}

export function apply(sheet: Sheet, plan: WritePlan): void {
  assertWritable(sheet, plan);
  write(sheet, plan);
}

/** Writes a plan whose cells assertWritable has cleared. */
function write(sheet: Sheet, plan: WritePlan): void {
  const max = sheet.getMaxColumns();
  if (plan.width > max) sheet.insertColumnsAfter(max, plan.width - max);
  writeCells(
    sheet,
    plan.markNotes,
    (r, v) => r.setNotes(v),
    (l, v) => l.setNote(v),
  );
  writeCells(
    sheet,
    plan.fills,
    (r, v) => r.setBackgrounds(v as string[][]),
    (l, v) => l.setBackground(v),
  );
  writeCells(
    sheet,
    plan.restoreNotes,
    (r, v) => r.setNotes(v),
    (l, v) => l.setNote(v),
  );
  for (const b of plan.results) {
    const range = sheet.getRange(b.row + 1, b.col + 1, b.values.length, b.values[0]?.length ?? 0);
    // Formats first: a text cell is plain text before its text arrives, so Sheets keeps it as written.
    range.setNumberFormats(b.formats);
    range.setValues(b.values);
  }
  for (const c of plan.newColumns) sheet.setColumnWidth(c.col + 1, WIDTHS[c.key]);
}

function toast(m: Message, title: Message, lang: Lang, seconds = 10): void {
  SpreadsheetApp.getActive().toast(m[lang], title[lang], seconds);
}

/** A problem shown to the user in both languages (theirs first), never a raw stack trace. */
function report(error: unknown, lang: Lang, title: Message): void {
  const body =
    error instanceof ProtectedCells
      ? (l: Lang) => `${UI.protectedCells[l]} ${error.cells.slice(0, 10).join(', ')}`
      : (l: Lang) => `${UI.failed[l]} ${visible(error instanceof Error ? error.message : String(error))}`;
  alertBoth(title, { en: body('en'), zh: body('zh') }, lang);
}

/** An alert in both languages, the user's first. */
function alertBoth(title: Message, body: Message, lang: Lang): void {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const ui = SpreadsheetApp.getUi();
  ui.alert(`${title[lang]} · ${title[other]}`, `${body[lang]}\n\n${body[other]}`, ui.ButtonSet.OK);
}

/** Run `work` holding the document lock, so a second click waits its turn instead of writing twice. */
function exclusive(lang: Lang, work: () => void, failedTitle: Message = UI.failedTitle): void {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(2000)) {
    toast(UI.busy, UI.summaryTitle, lang);
    return;
  }
  try {
    work();
  } catch (e) {
    report(e, lang, failedTitle);
  } finally {
    lock?.releaseLock();
  }
}

function storedSettings() {
  return loadSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY)).settings;
}

function checkActiveSheet(lang: Lang): { sheet: Sheet; result: SheetCheck } {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  // A large sheet says how far the reading got (one toast per 5,000 rows read).
  const progress = (read: number, rows: number) => toast(readingText(read, rows), UI.summaryTitle, lang, -1);
  const snap = readSheet(sheet, new DateReader(ss.getSpreadsheetTimeZone()), progress);
  return { sheet, result: checkSheet(snap, storedSettings(), lang, todayInPacific()) };
}

export function checkOrders(): void {
  const lang = userLang();
  exclusive(lang, () => {
    toast(UI.checking, UI.summaryTitle, lang, -1);
    const { sheet, result } = checkActiveSheet(lang);
    if (!result.plan) {
      toast(result.notOrderSheet ? UI.notOrderSheet : UI.noData, UI.summaryTitle, lang);
      return;
    }
    apply(sheet, result.plan);
    toast(sheetSummary(result), UI.summaryTitle, lang);
    showSidebar('problems', lang, problemsOf(result, sheet.getName()));
  });
}

/** Menu: the problems of the active sheet, checked again without writing anything. */
export function showProblems(): void {
  const lang = userLang();
  exclusive(lang, () => {
    const { sheet, result } = checkActiveSheet(lang);
    if (!result.report) {
      toast(result.notOrderSheet ? UI.notOrderSheet : UI.noData, UI.summaryTitle, lang);
      return;
    }
    showSidebar('problems', lang, problemsOf(result, sheet.getName()));
  });
}

/** The top rows of a sheet, where its headers are, in one read (text cells; other values are no header). */
function topRows(sheet: Sheet): Cell[][] {
  const rows = Math.min(sheet.getLastRow(), SEARCHED_ROWS);
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  return sheet
    .getRange(1, 1, rows, cols)
    .getValues()
    .map((row) => row.map((h) => (typeof h === 'string' ? h : '')));
}

/** Clear results: the active sheet, and every other sheet with the add-on's columns (Match receipts writes two). */
export function clearResults(): void {
  const lang = userLang();
  exclusive(lang, () => {
    const ss = SpreadsheetApp.getActive();
    const active = ss.getActiveSheet();
    const others = ss
      .getSheets()
      .filter((s) => s.getName() !== active.getName() && ownHeaderRow(topRows(s)) >= 0);
    const dates = new DateReader(ss.getSpreadsheetTimeZone());
    let cells = 0;
    let columns = 0;
    for (const sheet of [active, ...others]) {
      const snap = readSheet(sheet, dates);
      const plan = planClear(snap, layoutOf(snap.values, Math.max(0, ownHeaderRow(snap.values))));
      apply(sheet, plan);
      cells += plan.markedCells;
      columns += plan.resultColumns;
    }
    toast(clearText(cells, columns), UI.clearTitle, lang);
  });
}

/**
 * Match receipts: finds the receipts sheet and the orders sheet by their headers, writes the proposals beside
 * the receipts and the order check (overdue orders included) beside the orders. Links nothing.
 */
export function matchReceipts(): void {
  const lang = userLang();
  exclusive(
    lang,
    () => {
      const ss = SpreadsheetApp.getActive();
      const active = ss.getActiveSheet().getName();
      const sheets = ss.getSheets();
      const picked = pickSheets(sheets.map((s) => ({ rows: topRows(s), active: s.getName() === active })));
      if (picked.receipts === null || picked.orders === null) {
        alertBoth(UI.matchTitle, picked.receipts === null ? UI.noReceiptsSheet : UI.noOrdersSheet, lang);
        return;
      }
      toast(UI.matching, UI.matchTitle, lang, -1);
      const receiptsSheet = sheets[picked.receipts] as Sheet;
      const ordersSheet = sheets[picked.orders] as Sheet;
      const dates = new DateReader(ss.getSpreadsheetTimeZone());
      const result = matchSheets(
        readSheet(ordersSheet, dates),
        readSheet(receiptsSheet, dates),
        storedSettings(),
        lang,
        todayInPacific(),
      );
      // Both sheets checked against protections before either is written.
      assertWritable(receiptsSheet, result.receipts);
      assertWritable(ordersSheet, result.orders);
      write(receiptsSheet, result.receipts);
      write(ordersSheet, result.orders);
      const names = { receipts: receiptsSheet.getName(), orders: ordersSheet.getName() };
      toast(matchText(result.summary, result.overdue, names), UI.matchTitle, lang);
    },
    UI.matchFailedTitle,
  );
}

/** Rows a simple trigger clears at most (it has 30 seconds; a bigger paste waits for the next check). */
const EDITED_ROWS_MAX = 200;

/**
 * onEdit: the marks of the edited order rows go back to what the cells had, and their status says "check
 * again" — a fixed value no longer shows an old finding; an edited receipt loses its proposal ("match
 * again"). Runs as a simple trigger (no lock, no dialog).
 */
export function clearEditedMarks(range: Range): void {
  const sheet = range.getSheet();
  const bottom = range.getRow() + range.getNumRows() - 1;
  if (range.getNumRows() > EDITED_ROWS_MAX) return;
  const head = topRows(sheet);
  const header = ownHeaderRow(head);
  if (header < 0) return;
  const layout = layoutOf(head, header);
  if (layout.own.status === undefined && layout.own.why === undefined) return;
  // Only data rows: the header row and the titles above it carry no results.
  const top = Math.max(range.getRow(), header + 2);
  const rows = bottom - top + 1;
  const width = layout.width;
  if (rows <= 0 || width === 0) return;
  const block = sheet.getRange(top, 1, rows, width);
  const snap: Snapshot = { values: [], notes: block.getNotes(), backgrounds: block.getBackgrounds() };
  apply(sheet, planEdited(snap, layout, top - 1, userLang()));
}

/** Sidebar (google.script.run): select a cell the Problems list names. */
export function selectCell(sheetName: string, cell: string): void {
  const sheet = SpreadsheetApp.getActive().getSheetByName(String(sheetName));
  if (!sheet || !parseA1(String(cell))) return;
  sheet.activate();
  sheet.getRange(String(cell)).activate();
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
  // Written as text, the way a user types them: Sheets stores `30%` as 0.3 formatted as a percentage.
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const v of spec.validations) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(v.values, true)
      .setAllowInvalid(v.allowOther)
      .setHelpText(v.help)
      .build();
    // Open-ended (`C2:C`): every row of the column, also rows added after the first 1,000.
    const column = columnLetters(v.col);
    sheet.getRange(`${column}2:${column}`).setDataValidation(rule);
  }
  sheet.autoResizeColumns(1, width);
  toast(spec.done, UI.templateTitle, lang);
}

function showSidebar(tab: SidebarTab, lang: Lang, problems: Problems | null = null): void {
  const boot: SidebarBoot = { tab, lang, settings: storedSettings(), problems };
  const title =
    tab === 'problems' ? UI.problemsTitle : tab === 'settings' ? UI.settingsTitle : UI.sidebarTitle;
  // JSON inside <script>: escape '<' so no "</script>" can end it early.
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(title[lang])
    .append(`<script type="application/json" id="ta-boot">${json}</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showFeeCalculator(): void {
  showSidebar('calculator', userLang());
}

export function showSettings(): void {
  showSidebar('settings', userLang());
}

/** Called by the sidebar (google.script.run): validate with core, store, return what was kept. */
export function saveSettingsFromSidebar(json: unknown) {
  const parsed = loadSettings(typeof json === 'string' ? json : JSON.stringify(json ?? {}));
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, storeSettings(parsed.settings));
  return { settings: parsed.settings, findings: parsed.findings };
}
