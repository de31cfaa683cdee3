import { memoize } from '../memo.ts';

/** Incoterms 2020 (rules.md §3 trade term). */
export const INCOTERMS_2020 = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type Incoterm = (typeof INCOTERMS_2020)[number];

/** Legacy terms still seen on old PIs, with the 2020 term that replaced them (accepted with a warning). */
export const LEGACY_INCOTERMS: Readonly<Record<string, Incoterm>> = { DAT: 'DPU', DDU: 'DAP' };

const CURRENT = new Set<string>(INCOTERMS_2020);

/** Reads "FOB", "fob Shanghai", "CIF (Incoterms 2020)": the term is the first word. */
export const resolveIncoterm = memoize(resolve);

function resolve(raw: string): { term: string; kind: 'current' | 'legacy' | 'unknown' } {
  const term = (
    raw
      .normalize('NFKC')
      .trim()
      .split(/[\s,(]/)[0] ?? ''
  ).toUpperCase();
  if (CURRENT.has(term)) return { term, kind: 'current' };
  if (term in LEGACY_INCOTERMS) return { term, kind: 'legacy' };
  return { term, kind: 'unknown' };
}
