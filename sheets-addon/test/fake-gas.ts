/**
 * An in-memory fake of exactly the Apps Script services the add-on uses (SpreadsheetApp → Spreadsheet →
 * Sheet → Range, Ui + Menu, DataValidation builder, PropertiesService, HtmlService, Session), counting
 * every call. It behaves like Sheets where the add-on depends on it: getDataRange covers the cells holding
 * values, set* must match the range's size and stay inside the sheet, backgrounds read back '#ffffff' when
 * unset, null resets a background, '' removes a note.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export type Value = string | number | boolean | Date;
interface Cell {
  v: Value;
  note: string;
  bg: string;
  validation?: FakeValidation;
  bold?: boolean;
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

export class FakeSheet {
  cells: Cell[][] = [];
  frozenRows = 0;
  constructor(
    private calls: Calls,
    public name: string,
    public id: number,
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
      cell = { v: '', note: '', bg: WHITE };
      row[c] = cell;
    }
    return cell;
  }
  peek(r: number, c: number): Cell {
    return this.cells[r]?.[c] ?? { v: '', note: '', bg: WHITE };
  }
  /** Test helper (not counted): load values at A1. */
  load(values: Value[][]) {
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        this.cell(r, c).v = v;
      });
    });
    this.maxRows = Math.max(this.maxRows, values.length);
    this.maxCols = Math.max(this.maxCols, ...values.map((r) => r.length));
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
    for (let r = 0; r < rows; r++) {
      values.push([]);
      notes.push([]);
      bgs.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = this.peek(r, c);
        values[r]?.push(cell.v);
        notes[r]?.push(cell.note);
        bgs[r]?.push(cell.bg);
      }
    }
    return { values, notes, bgs };
  }

  // ---- Sheet API ----
  getDataRange() {
    this.calls.add('Sheet.getDataRange');
    const { rows, cols } = this.extent();
    return new FakeRange(this.calls, this, 0, 0, Math.max(rows, 1), Math.max(cols, 1));
  }
  getRange(row: number, col: number, numRows = 1, numCols = 1) {
    this.calls.add('Sheet.getRange');
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1)
      throw new Error(`bad range ${row},${col},${numRows},${numCols}`);
    if (row - 1 + numRows > this.maxRows || col - 1 + numCols > this.maxCols) {
      throw new Error(
        `Range out of sheet bounds: ${row},${col},${numRows},${numCols} > ${this.maxRows}×${this.maxCols}`,
      );
    }
    return new FakeRange(this.calls, this, row - 1, col - 1, numRows, numCols);
  }
  getMaxColumns() {
    this.calls.add('Sheet.getMaxColumns');
    return this.maxCols;
  }
  getMaxRows() {
    this.calls.add('Sheet.getMaxRows');
    return this.maxRows;
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
  getName() {
    this.calls.add('Sheet.getName');
    return this.name;
  }
  getSheetId() {
    this.calls.add('Sheet.getSheetId');
    return this.id;
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
    private r0: number,
    private c0: number,
    private rows: number,
    private cols: number,
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
  private each(f: (cell: Cell, r: number, c: number) => void) {
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.cols; c++) f(this.sheet.cell(this.r0 + r, this.c0 + c), r, c);
  }
  getValues() {
    this.calls.add('Range.getValues');
    return this.map((c) => c.v);
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
    this.calls.add('Range.setValues');
    check2D('setValues', v, this.rows, this.cols);
    this.each((cell, r, c) => {
      const x = v[r]?.[c];
      if (x === undefined || x === null) throw new Error('setValues: undefined/null cell');
      cell.v = x;
    });
    return this;
  }
  setNotes(v: string[][]) {
    this.calls.add('Range.setNotes');
    check2D('setNotes', v, this.rows, this.cols);
    this.each((cell, r, c) => {
      cell.note = String(v[r]?.[c] ?? '');
    });
    return this;
  }
  setBackgrounds(v: (string | null)[][]) {
    this.calls.add('Range.setBackgrounds');
    check2D('setBackgrounds', v, this.rows, this.cols);
    this.each((cell, r, c) => {
      const x = v[r]?.[c];
      cell.bg = x === null || x === undefined ? WHITE : x;
    });
    return this;
  }
  setFontWeight(w: string) {
    this.calls.add('Range.setFontWeight');
    this.each((cell) => {
      cell.bold = w === 'bold';
    });
    return this;
  }
  setDataValidation(rule: FakeValidation) {
    this.calls.add('Range.setDataValidation');
    this.each((cell) => {
      cell.validation = rule;
    });
    return this;
  }
  getNumRows() {
    this.calls.add('Range.getNumRows');
    return this.rows;
  }
  getNumColumns() {
    this.calls.add('Range.getNumColumns');
    return this.cols;
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
  getContent() {
    this.calls.add('HtmlOutput.getContent');
    return this.content;
  }
}

export interface FakeOptions {
  locale?: string;
  distDir: string;
  timeZone?: string;
  /** Throw on services an AuthMode.NONE onOpen may not use (everything but building the menu). */
  authModeNone?: boolean;
}

export function createFakeGas(opts: FakeOptions) {
  const calls = new Calls();
  const sheets: FakeSheet[] = [new FakeSheet(calls, 'Sheet1', 0)];
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
    getSheetByName(name: string) {
      calls.add('Spreadsheet.getSheetByName');
      return sheets.find((s) => s.name === name) ?? null;
    },
    insertSheet(name: string) {
      calls.add('Spreadsheet.insertSheet');
      if (sheets.some((s) => s.name === name)) throw new Error(`A sheet named ${name} already exists`);
      const s = new FakeSheet(calls, name, sheets.length);
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
      return opts.timeZone ?? 'America/Los_Angeles';
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
    getActiveSpreadsheet() {
      calls.add('SpreadsheetApp.getActiveSpreadsheet');
      guard('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
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
    getProperties() {
      calls.add('Properties.getProperties');
      return Object.fromEntries(docProps);
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
      guard('Session.getActiveUserLocale');
      return opts.locale ?? 'en';
    },
  };

  const services = { SpreadsheetApp, PropertiesService, HtmlService, Session };
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
