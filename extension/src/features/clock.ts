/**
 * "Now" for the day counts. Production builds use the computer's clock; a test build fixes it
 * (wxt.config.ts defines __TA_TEST_NOW__ from TA_TEST_NOW; it is null in every other build).
 */
declare const __TA_TEST_NOW__: string | null;

export function now(): Date {
  return typeof __TA_TEST_NOW__ === 'string' ? new Date(__TA_TEST_NOW__) : new Date();
}
