import { memoize } from '../memo.ts';

/** Calendar dates as 'YYYY-MM-DD' strings and whole-day arithmetic (no time zones involved). */

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** '2026-11-22', '2026/11/22', '2026.11.22', '2026年11月22日' → '2026-11-22'; null if not a real date. */
export const parseIsoDate = memoize(parseUncached);

function parseUncached(text: string): string | null {
  const m = DATE.exec(
    text
      .normalize('NFKC')
      .trim()
      .slice(0, 10 + 6),
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

const PACIFIC = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in US Pacific time (the form's ship dates are US PDT), as YYYY-MM-DD. */
export function todayInPacific(now: Date = new Date()): string {
  return PACIFIC.format(now);
}
