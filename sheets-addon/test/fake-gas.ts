/**
 * An in-memory fake of exactly the Apps Script services the add-on uses (SpreadsheetApp → Spreadsheet →
 * Sheet → Range / RangeList / Protection, Ui + Menu, DataValidation builder, PropertiesService,
 * HtmlService, Session, LockService), counting every call. It behaves like Sheets where the add-on
 * depends on it:
 * - typed storage: a string written with setValues (or typed by a test with `type`) is parsed the way Sheets
 *   parses input (typed-input.ts): `30%` is stored as 0.3 formatted `0%`, `$2,500.00` as 2500, a date as a
 *   Date at midnight in the spreadsheet's time zone; getNumberFormats and getDisplayValues report it;
 * - getLastRow / getLastColumn cover the cells holding values; set* must match the range's size and stay
 *   inside the sheet; backgrounds read back '#ffffff' when unset, null resets one, '' removes a note;
 * - a write touching a protected cell the user may not edit throws (after the cells before it in the same
 *   call were not written: Sheets rejects the whole call);
 * - a cell holds at most 50,000 characters (values and notes).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { a1, contains, intersects, parseA1, type Rect } from '../src/a1.ts';
import { AUTOMATIC, display, type Stored, typed } from './typed-input.ts';

export type Value = Stored;
interface Cell {
  v: Value;
  /** Number format (getNumberFormats). */
  fmt: string;
  note: string;
  bg: string;
  validation?: FakeValidation;
  bold?: boolean;
}

/** Sheets' limit on the characters of one cell. */
export const CELL_LIMIT = 50_000;
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A1 text -> rectangle, throwing like Sheets on a bad one. */
function rectOf(text: string, maxRows: number): Rect {
  const r = parseA1(text, maxRows);
  if (!r) throw new Error(`Range not found: ${text}`);
  return r;
}

function tooLong(what: string, s: string) {
  if (s.length > CELL_LIMIT)
    throw new Error(
      `${what}: Your input contains more than the maximum of ${CELL_LIMIT} characters in a single cell.`,
    );
}
interface FakeValidation {
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  help: string;
}

export interface MenuItem {
  label: string;
  fn?: string;
  sub?: MenuItem[];
  separator?: boolean;
}

const WHITE = '#ffffff';

export class Calls {
  log: string[] = [];
  add(name: string) {
    this.log.push(name);
  }
  get count() {
    return this.log.length;
  }
  reset() {
    this.log = [];
  }
  byName(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const n of this.log) out[n] = (out[n] ?? 0) + 1;
    return out;
  }
}

export class FakeProtection {
  constructor(
    private calls: Calls,
    private sheet: FakeSheet,
    readonly rect: Rect,
    readonly editable: boolean,
  ) {}
  canEdit() {
    this.calls.add('Protection.canEdit');
    return this.editable;
  }
  getRange() {
    this.calls.add('Protection.getRange');
    return new FakeRange(this.calls, this.sheet, this.rect.r0, this.rect.c0, this.rect.rows, this.rect.cols);
  }
}

export class FakeSheet {
  cells: Cell[][] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  activeRange: string | null = null;
  constructor(
    private calls: Calls,
    public name: string,
    public id: number,
    public timeZone: string,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cell(r: number, c: number): Cell {
    let row = this.cells[r];
    if (!row) {
      row = [];
      this.cells[r] = row;
    }
    let cell = row[c];
    if (!cell) {
      cell = { v: '', fmt: AUTOMATIC, note: '', bg: WHITE };
      row[c] = cell;
    }
    return cell;
  }
  peek(r: number, c: number): Cell {
    const cell = this.cells[r]?.[c] ?? { v: '', fmt: AUTOMATIC, note: '', bg: WHITE };
    const column = this.columnValidations.get(c);
    if (cell.validation || !column || r < column.from) return cell;
    return { ...cell, validation: column.rule };
  }
  /** Validations set on open-ended column ranges ('C2:C'), by column. */
  columnValidations = new Map<number, { from: number; rule: FakeValidation }>();
  /** Test helper (not counted): store values at A1 as they are (numbers stay numbers, strings text). */
  load(values: Value[][]) {
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        this.cell(r, c).v = v;
      });
    });
    this.grow(values);
  }
  /** Test helper (not counted): type each string at A1 as a user types it into the sheet. */
  type(rows: string[][]) {
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        const t = typed(text, this.timeZone);
        const cell = this.cell(r, c);
        cell.v = t.value;
        cell.fmt = t.format;
      });
    });
    this.grow(rows);
  }
  private grow(rows: unknown[][]) {
    this.maxRows = Math.max(this.maxRows, rows.length);
    this.maxCols = Math.max(this.maxCols, ...rows.map((r) => r.length));
  }
  /** Test helper: a protected range (A1 notation) this user may not edit. */
  protect(a1: string) {
    this.protections.push(new FakeProtection(this.calls, this, rectOf(a1, this.maxRows), false));
  }
  /** Test helper: the whole sheet protected against this user, except the ranges given. */
  protectSheet(except: string[]) {
    this.sheetProtection = except.map((a) => rectOf(a, this.maxRows));
  }
  sheetProtection: Rect[] | null = null;
  /** Throws like Sheets when a write to `rect` touches a protected cell. */
  guardWrite(rect: Rect) {
    for (const p of this.protections) {
      if (!p.editable && intersects(p.rect, rect)) throw new Error(PROTECTED_MESSAGE);
    }
    if (this.sheetProtection && !this.sheetProtection.some((u) => contains(u, rect)))
      throw new Error(PROTECTED_MESSAGE);
  }
  /** Last row/column (1-based) holding a value. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell && cell.v !== '') {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      });
    });
    return { rows, cols };
  }
  /** Test helper: a full snapshot of values/notes/backgrounds over rows × cols. */
  grid(rows: number, cols: number) {
    const values: Value[][] = [];
    const notes: string[][] = [];
    const bgs: string[][] = [];
    const formats: string[][] = [];
    const shown: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      notes.push([]);
      bgs.push([]);
      formats.push([]);
      shown.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = this.peek(r, c);
        values[r]?.push(cell.v);
        notes[r]?.push(cell.note);
        bgs[r]?.push(cell.bg);
        formats[r]?.push(cell.fmt);
        shown[r]?.push(display(cell.v, cell.fmt, this.timeZone));
      }
    }
    return { values, notes, bgs, formats, shown };
  }

  // ---- Sheet API ----
  getLastRow() {
    this.calls.add('Sheet.getLastRow');
    return this.extent().rows;
  }
  getLastColumn() {
    this.calls.add('Sheet.getLastColumn');
    return this.extent().cols;
  }
  getRange(row: number | string, col = 1, numRows = 1, numCols = 1) {
    this.calls.add('Sheet.getRange');
    if (typeof row === 'string') {
      const r = rectOf(row, this.maxRows);
      const range = new FakeRange(this.calls, this, r.r0, r.c0, r.rows, r.cols);
      // 'C2:C' has no last row: it also covers the rows added to the sheet later.
      range.openEnded = /^[A-Z]+\d+:[A-Z]+$/i.test(row);
      return range;
    }
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1)
      throw new Error(`bad range ${row},${col},${numRows},${numCols}`);
    if (row - 1 + numRows > this.maxRows || col - 1 + numCols > this.maxCols) {
      throw new Error(
        `Range out of sheet bounds: ${row},${col},${numRows},${numCols} > ${this.maxRows}×${this.maxCols}`,
      );
    }
    return new FakeRange(this.calls, this, row - 1, col - 1, numRows, numCols);
  }
  getRangeList(a1s: string[]) {
    this.calls.add('Sheet.getRangeList');
    const rects = a1s.map((a) => rectOf(a, this.maxRows));
    const calls = this.calls;
    const list = {
      setNote: (note: string | null) => {
        calls.add('RangeList.setNote');
        tooLong('RangeList.setNote', note ?? '');
        for (const r of rects) this.guardWrite(r);
        for (const r of rects) for (const cell of this.cellsOf(r)) cell.note = note ?? '';
        return list;
      },
      setBackground: (color: string | null) => {
        calls.add('RangeList.setBackground');
        for (const r of rects) this.guardWrite(r);
        for (const r of rects) for (const cell of this.cellsOf(r)) cell.bg = color ?? WHITE;
        return list;
      },
    };
    return list;
  }
  private *cellsOf(r: Rect) {
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) yield this.cell(r.r0 + i, r.c0 + j);
  }
  getProtections(type: string) {
    this.calls.add('Sheet.getProtections');
    if (type === 'RANGE') return [...this.protections];
    const unprotected = this.sheetProtection;
    if (!unprotected) return [];
    const calls = this.calls;
    return [
      {
        canEdit() {
          calls.add('Protection.canEdit');
          return false;
        },
        getUnprotectedRanges: () => {
          calls.add('Protection.getUnprotectedRanges');
          return unprotected.map((u) => new FakeRange(calls, this, u.r0, u.c0, u.rows, u.cols));
        },
      },
    ];
  }
  getMaxColumns() {
    this.calls.add('Sheet.getMaxColumns');
    return this.maxCols;
  }
  insertColumnsAfter(after: number, howMany: number) {
    this.calls.add('Sheet.insertColumnsAfter');
    if (after !== this.maxCols) throw new Error('fake supports inserting at the end only');
    this.maxCols += howMany;
    return this;
  }
  setFrozenRows(n: number) {
    this.calls.add('Sheet.setFrozenRows');
    this.frozenRows = n;
  }
  autoResizeColumns(_start: number, _n: number) {
    this.calls.add('Sheet.autoResizeColumns');
    return this;
  }
  setColumnWidth(col: number, width: number) {
    this.calls.add('Sheet.setColumnWidth');
    this.columnWidths.set(col, width);
    return this;
  }
  getName() {
    this.calls.add('Sheet.getName');
    return this.name;
  }
  activate() {
    this.calls.add('Sheet.activate');
    return this;
  }
}

function check2D(what: string, v: unknown, rows: number, cols: number) {
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new Error(`${what}: the data has the wrong size for a ${rows}×${cols} range`);
  }
}

export class FakeRange {
  constructor(
    private calls: Calls,
    private sheet: FakeSheet,
    readonly r0: number,
    readonly c0: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  private map<T>(f: (cell: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.cols; c++) row.push(f(this.sheet.peek(this.r0 + r, this.c0 + c)));
      out.push(row);
    }
    return out;
  }
  private write(what: string, v: unknown, f: (cell: Cell, r: number, c: number) => void) {
    this.calls.add(`Range.${what}`);
    check2D(what, v, this.rows, this.cols);
    this.sheet.guardWrite(this);
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) f(this.sheet.cell(this.r0 + r, this.c0 + c), r, c);
    return this;
  }
  getSheet() {
    this.calls.add('Range.getSheet');
    return this.sheet;
  }
  getRow() {
    this.calls.add('Range.getRow');
    return this.r0 + 1;
  }
  getA1Notation() {
    this.calls.add('Range.getA1Notation');
    return a1(this.r0, this.c0, this.rows, this.cols);
  }
  getValues() {
    this.calls.add('Range.getValues');
    return this.map((c) => c.v);
  }
  getNumberFormats() {
    this.calls.add('Range.getNumberFormats');
    return this.map((c) => c.fmt);
  }
  getDisplayValues() {
    this.calls.add('Range.getDisplayValues');
    return this.map((c) => display(c.v, c.fmt, this.sheet.timeZone));
  }
  getNotes() {
    this.calls.add('Range.getNotes');
    return this.map((c) => c.note);
  }
  getBackgrounds() {
    this.calls.add('Range.getBackgrounds');
    return this.map((c) => c.bg);
  }
  setValues(v: Value[][]) {
    check2D('setValues', v, this.rows, this.cols);
    for (const row of v) for (const x of row) if (typeof x === 'string') tooLong('setValues', x);
    return this.write('setValues', v, (cell, r, c) => {
      const x = v[r]?.[c];
      if (x === undefined || x === null) throw new Error('setValues: undefined/null cell');
      if (typeof x === 'string' && cell.fmt === '@') cell.v = x;
      else if (typeof x === 'string') {
        // Sheets parses a written string like typed input, keeping an explicit (non-automatic) format.
        const t = typed(x, this.sheet.timeZone);
        cell.v = t.value;
        if (cell.fmt === AUTOMATIC || typeof t.value !== 'number') cell.fmt = t.format;
      } else cell.v = x;
    });
  }
  setNumberFormats(v: string[][]) {
    return this.write('setNumberFormats', v, (cell, r, c) => {
      cell.fmt = String(v[r]?.[c] ?? AUTOMATIC);
    });
  }
  setNotes(v: (string | null)[][]) {
    check2D('setNotes', v, this.rows, this.cols);
    for (const row of v) for (const x of row) tooLong('setNotes', x ?? '');
    return this.write('setNotes', v, (cell, r, c) => {
      cell.note = String(v[r]?.[c] ?? '');
    });
  }
  setBackgrounds(v: (string | null)[][]) {
    return this.write('setBackgrounds', v, (cell, r, c) => {
      const x = v[r]?.[c];
      cell.bg = x === null || x === undefined ? WHITE : x;
    });
  }
  setFontWeight(w: string) {
    return this.write(
      'setFontWeight',
      this.map(() => w),
      (cell) => {
        cell.bold = w === 'bold';
      },
    );
  }
  openEnded = false;
  setDataValidation(rule: FakeValidation) {
    if (this.openEnded) {
      this.calls.add('Range.setDataValidation');
      for (let c = this.c0; c < this.c0 + this.cols; c++)
        this.sheet.columnValidations.set(c, { from: this.r0, rule });
      return this;
    }
    return this.write(
      'setDataValidation',
      this.map(() => rule),
      (cell) => {
        cell.validation = rule;
      },
    );
  }
  activate() {
    this.calls.add('Range.activate');
    this.sheet.activeRange = a1(this.r0, this.c0);
    return this;
  }
  getNumRows() {
    this.calls.add('Range.getNumRows');
    return this.rows;
  }
}

class FakeMenu {
  items: MenuItem[] = [];
  constructor(
    private calls: Calls,
    public title: string,
    private onAdd: (m: FakeMenu) => void,
  ) {}
  addItem(label: string, fn: string) {
    this.calls.add('Menu.addItem');
    this.items.push({ label, fn });
    return this;
  }
  addSeparator() {
    this.calls.add('Menu.addSeparator');
    this.items.push({ label: '', separator: true });
    return this;
  }
  addSubMenu(m: FakeMenu) {
    this.calls.add('Menu.addSubMenu');
    this.items.push({ label: m.title, sub: m.items });
    return this;
  }
  addToUi() {
    this.calls.add('Menu.addToUi');
    this.onAdd(this);
  }
}

export class FakeHtmlOutput {
  title = '';
  constructor(
    private calls: Calls,
    public content: string,
  ) {}
  setTitle(t: string) {
    this.calls.add('HtmlOutput.setTitle');
    this.title = t;
    return this;
  }
  append(s: string) {
    this.calls.add('HtmlOutput.append');
    this.content += s;
    return this;
  }
}

export interface FakeOptions {
  locale?: string;
  distDir: string;
  timeZone?: string;
  /** Throw on services an AuthMode.NONE onOpen may not use (everything but the menu and the locale). */
  authModeNone?: boolean;
  /** Another execution holds the document lock (a second click while a check runs). */
  lockHeld?: boolean;
}

export function createFakeGas(opts: FakeOptions) {
  const calls = new Calls();
  const timeZone = opts.timeZone ?? 'America/Los_Angeles';
  const sheets: FakeSheet[] = [new FakeSheet(calls, 'Sheet1', 0, timeZone)];
  let active = sheets[0] as FakeSheet;
  const menus: FakeMenu[] = [];
  const toasts: { msg: string; title: string }[] = [];
  const alerts: string[] = [];
  const sidebars: FakeHtmlOutput[] = [];
  const docProps = new Map<string, string>();
  let authNone = opts.authModeNone ?? false;
  const guard = (what: string) => {
    if (authNone) throw new Error(`${what}: not allowed in AuthMode.NONE`);
  };

  const ui = {
    createAddonMenu() {
      calls.add('Ui.createAddonMenu');
      return new FakeMenu(calls, 'addon', (m) => menus.push(m));
    },
    createMenu(title: string) {
      calls.add('Ui.createMenu');
      return new FakeMenu(calls, title, (m) => menus.push(m));
    },
    alert(...args: unknown[]) {
      calls.add('Ui.alert');
      alerts.push(args.map(String).join(' | '));
      return 'OK';
    },
    showSidebar(html: FakeHtmlOutput) {
      calls.add('Ui.showSidebar');
      sidebars.push(html);
    },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
  };

  const spreadsheet = {
    getActiveSheet() {
      calls.add('Spreadsheet.getActiveSheet');
      guard('Spreadsheet.getActiveSheet');
      return active;
    },
    getSheets() {
      calls.add('Spreadsheet.getSheets');
      return [...sheets];
    },
    getSheetByName(name: string) {
      calls.add('Spreadsheet.getSheetByName');
      return sheets.find((s) => s.name === name) ?? null;
    },
    insertSheet(name: string) {
      calls.add('Spreadsheet.insertSheet');
      if (sheets.some((s) => s.name === name)) throw new Error(`A sheet named ${name} already exists`);
      const s = new FakeSheet(calls, name, sheets.length, timeZone);
      sheets.push(s);
      active = s;
      return s;
    },
    toast(msg: string, title: string, _timeout?: number) {
      calls.add('Spreadsheet.toast');
      toasts.push({ msg, title });
    },
    getSpreadsheetTimeZone() {
      calls.add('Spreadsheet.getSpreadsheetTimeZone');
      return timeZone;
    },
  };

  const SpreadsheetApp = {
    getUi() {
      calls.add('SpreadsheetApp.getUi');
      return ui;
    },
    getActive() {
      calls.add('SpreadsheetApp.getActive');
      guard('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    newDataValidation() {
      calls.add('SpreadsheetApp.newDataValidation');
      const rule: FakeValidation = { values: [], showDropdown: true, allowInvalid: true, help: '' };
      const builder = {
        requireValueInList(values: string[], show = true) {
          calls.add('DataValidationBuilder.requireValueInList');
          rule.values = [...values];
          rule.showDropdown = show;
          return builder;
        },
        setAllowInvalid(b: boolean) {
          calls.add('DataValidationBuilder.setAllowInvalid');
          rule.allowInvalid = b;
          return builder;
        },
        setHelpText(t: string) {
          calls.add('DataValidationBuilder.setHelpText');
          rule.help = t;
          return builder;
        },
        build() {
          calls.add('DataValidationBuilder.build');
          return { ...rule };
        },
      };
      return builder;
    },
  };

  const documentProperties = {
    getProperty(k: string) {
      calls.add('Properties.getProperty');
      return docProps.get(k) ?? null;
    },
    setProperty(k: string, v: string) {
      calls.add('Properties.setProperty');
      docProps.set(k, String(v));
      return documentProperties;
    },
  };
  const PropertiesService = {
    getDocumentProperties() {
      calls.add('PropertiesService.getDocumentProperties');
      guard('PropertiesService.getDocumentProperties');
      return documentProperties;
    },
  };

  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      calls.add('HtmlService.createHtmlOutputFromFile');
      return new FakeHtmlOutput(calls, readFileSync(`${opts.distDir}/${name}.html`, 'utf8'));
    },
  };

  const Session = {
    getActiveUserLocale() {
      calls.add('Session.getActiveUserLocale');
      return opts.locale ?? 'en';
    },
  };

  const locks = { held: opts.lockHeld ?? false, taken: 0, released: 0 };
  const LockService = {
    getDocumentLock() {
      calls.add('LockService.getDocumentLock');
      let mine = false;
      return {
        tryLock(_ms: number) {
          calls.add('Lock.tryLock');
          if (locks.held) return false;
          locks.held = true;
          locks.taken++;
          mine = true;
          return true;
        },
        releaseLock() {
          calls.add('Lock.releaseLock');
          if (mine) {
            locks.held = false;
            locks.released++;
            mine = false;
          }
        },
      };
    },
  };

  const services = { SpreadsheetApp, PropertiesService, HtmlService, Session, LockService };
  return {
    calls,
    services,
    sheets,
    get active() {
      return active;
    },
    setActive(s: FakeSheet) {
      active = s;
    },
    locks,
    menus,
    toasts,
    alerts,
    sidebars,
    docProps,
    setAuthModeNone(b: boolean) {
      authNone = b;
    },
  };
}
export type FakeGas = ReturnType<typeof createFakeGas>;

/**
 * Load dist/Code.js into a fresh V8 context holding only the fake services (and console), with code
 * generation from strings disabled — like Apps Script, eval/new Function must not be needed.
 */
export function loadCode(code: string, gas: FakeGas): vm.Context {
  const ctx = vm.createContext(
    { ...gas.services, console },
    { codeGeneration: { strings: false, wasm: false } },
  );
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  return ctx;
}
