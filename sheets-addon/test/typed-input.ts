/**
 * How Google Sheets stores what a user types (or what Range.setValues writes as a string — Sheets parses
 * those the same way), in an en_US spreadsheet: "Percentage values … become decimal numbers", currency
 * text becomes a number with a currency format, a date becomes a Date at midnight in the spreadsheet's time
 * zone, TRUE/FALSE become booleans, an error code becomes that error, a leading apostrophe keeps text as
 * text. And how the stored value is shown again (getDisplayValues) through its number format.
 */

/** What getNumberFormat returns for a cell whose format is "Automatic". */
export const AUTOMATIC = '0.###############';

export type Stored = string | number | boolean | Date;
export interface Typed {
  value: Stored;
  format: string;
  /** The error code when the cell holds an error (its value reads back as that code). */
  error?: string;
}

const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const PERCENT = new RegExp(`^([-+]?)(${NUMBER})\\s?%$`);
const DOLLARS = new RegExp(`^([-+]?)\\$\\s?(${NUMBER})$`);
const GROUPED = /^([-+]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/;
const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function decimals(n: string): number {
  const dot = n.indexOf('.');
  return dot < 0 ? 0 : n.length - dot - 1;
}
function num(sign: string, n: string): number {
  const v = Number(n.replace(/,/g, ''));
  return sign === '-' ? -v : v;
}

/** Midnight (or h:m:s) of a calendar day in a time zone, as a Date. */
export function zonedDate(y: number, m: number, d: number, timeZone: string, h = 0, mi = 0, s = 0): Date {
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  const offset = (t: number) => {
    const parts: Record<string, string> = {};
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    for (const p of f.formatToParts(new Date(t))) parts[p.type] = p.value;
    const asUtc = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    return asUtc - t;
  };
  let t = wall - offset(wall);
  t = wall - offset(t);
  return new Date(t);
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A string as Sheets stores it when typed into an Automatic-format cell. */
export function typed(input: string, timeZone: string): Typed {
  if (input.startsWith("'")) return { value: input.slice(1), format: AUTOMATIC };
  const t = input.trim();
  if (t === '') return { value: '', format: AUTOMATIC };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', format: AUTOMATIC };
  if (ERRORS.includes(t.toUpperCase())) return { value: t.toUpperCase(), format: AUTOMATIC, error: t };
  let m = PERCENT.exec(t);
  if (m) {
    const n = m[2] as string;
    const value = Number((num(m[1] as string, n) / 100).toPrecision(15));
    return { value, format: decimals(n) > 0 ? '0.00%' : '0%' };
  }
  m = DOLLARS.exec(t);
  if (m) {
    const n = m[2] as string;
    return { value: num(m[1] as string, n), format: decimals(n) > 0 ? '"$"#,##0.00' : '"$"#,##0' };
  }
  m = GROUPED.exec(t);
  if (m) {
    const n = m[2] as string;
    return { value: num(m[1] as string, n), format: decimals(n) > 0 ? '#,##0.00' : '#,##0' };
  }
  if (PLAIN.test(t)) return { value: Number(Number(t).toPrecision(15)), format: AUTOMATIC };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3])))
    return { value: zonedDate(Number(m[1]), Number(m[2]), Number(m[3]), timeZone), format: 'yyyy-mm-dd' };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && validDay(Number(m[3]), Number(m[1]), Number(m[2])))
    return { value: zonedDate(Number(m[3]), Number(m[1]), Number(m[2]), timeZone), format: 'M/d/yyyy' };
  return { value: input, format: AUTOMATIC };
}

function grouped(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number through the positive section of a number format (the formats the fake and the add-on use). */
function formatNumber(value: number, format: string): string {
  const section = format.split(';')[0] ?? '';
  let prefix = '';
  let suffix = '';
  let code = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    const target = code === '' ? 'prefix' : 'suffix';
    let lit = '';
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit = section.slice(i + 1, end);
      i = end;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = /^\[\$([^\]-]*)/.exec(section.slice(i, end + 1));
      lit = tag?.[1] ?? '';
      i = end;
    } else if ('#0,.'.includes(ch)) {
      code += ch;
      continue;
    } else lit = ch;
    if (target === 'prefix') prefix += lit;
    else suffix += lit;
  }
  if (code === '' || format === AUTOMATIC) return String(Number(value.toPrecision(15)));
  const percent = suffix.includes('%');
  const v = percent ? value * 100 : value;
  const dot = code.indexOf('.');
  const places = dot < 0 ? 0 : (code.slice(dot + 1).match(/0/g) ?? []).length;
  const fixed = Math.abs(v).toFixed(places);
  const [int, frac] = fixed.split('.');
  const body = `${code.includes(',') ? grouped(int as string) : int}${frac ? `.${frac}` : ''}`;
  return `${v < 0 ? '-' : ''}${prefix}${body}${suffix}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The text a cell shows (getDisplayValues). */
export function display(value: Stored, format: string, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  for (const p of f.formatToParts(value)) parts[p.type] = p.value;
  const y = Number(parts.year);
  const mo = Number(parts.month);
  const d = Number(parts.day);
  if (format === 'M/d/yyyy') return `${mo}/${d}/${y}`;
  return `${y}-${pad(mo)}-${pad(d)}`;
}
