/**
 * One feature per file, each declaring where it runs (refined-github style): `include` says on which
 * pages, `run` reads the page and paints its marks, returning what it found. The runner (run.ts) calls
 * `run` again after the page changes, so a feature must be idempotent: it updates its marks in place.
 */
import type { Lang, Message, Settings } from '@ta-toolkit/core/types';

export interface FeatureContext {
  doc: Document;
  lang: Lang;
  settings: Settings;
  /** Today in US Pacific time, YYYY-MM-DD. */
  today: string;
}

/** What a run found, for the popup: one line in both languages (null: nothing on this page). */
export type Found = Message | null;

export interface Feature {
  id: string;
  /** Where it runs: by address (automatic features) or by what the page shows (click features). */
  include(url: URL, doc: Document): boolean;
  run(ctx: FeatureContext): Found;
}
