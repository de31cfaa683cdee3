/**
 * The content script in two parts. content.js (entrypoints/content.ts + detector.ts) runs on every
 * biz.alibaba.com page and only decides whether the draft form is there: field recognition plus the
 * MutationObserver / in-page-navigation watching. Everything else — core's checks, the overlay, fills,
 * fees, seller settings, the country-name table — is the checker module (entrypoints/form-checker.ts),
 * an ES module packaged in the extension and imported from its own chrome-extension:// / moz-extension://
 * URL the first time a form is recognised. Pages without the form never load it.
 *
 * This file is the contract between the two (types and the file name only: it adds no code to either).
 */
import type { Recognition } from '../recognize.ts';

/** The packaged checker module (root of the package, web-accessible to https://biz.alibaba.com/* only). */
export const FORM_CHECKER_FILE = 'form-checker.js';

export interface FormChecker {
  /** The page's latest recognition: an active form (check + paint), or null / inactive (remove everything). */
  update(rec: Recognition | null): void;
  /** The overlay's host element while shown (the detector ignores mutations inside it). */
  readonly host: HTMLElement | null;
  /** Remove the overlay and every listener (the script's context died). */
  stop(): void;
}

export interface AttachOptions {
  /** Ask the detector to recognise the page again soon (after a fill re-renders the form). */
  rescan(): void;
}

/** What the checker module's default export is. */
export interface FormCheckerModule {
  attach(doc: Document, opts: AttachOptions): FormChecker;
}
