/**
 * Plain language for what core reports, shared by the in-page panel and the popup: a missing rate is "your
 * exchange rate", and the setting is named as the options page names it (core's SETTING_LABELS), not by
 * its key (settlementRate).
 */
import { SETTING_LABELS } from '@ta-toolkit/core/tables/labels';
import type { Finding } from '@ta-toolkit/core/types';
import { t } from './strings.ts';

export const RATE_MISSING = 'fx/rate-missing';

/**
 * fx/rate-missing says "needs your exchange rate" and names the setting as the options page does (core's
 * English message names it by its key). Other findings are returned as they are.
 */
export function plainFinding<F extends Finding>(f: F): F {
  if (f.rule !== RATE_MISSING) return f;
  const key = /\((\w+)\)\W*$/.exec(f.message.en)?.[1];
  const label = key && key in SETTING_LABELS ? SETTING_LABELS[key as keyof typeof SETTING_LABELS] : null;
  const en = f.message.en.replace('needs a USD↔CNY rate', 'needs your exchange rate (USD↔CNY)');
  // a finding renders its message lazily (a getter): copy the fields, then set the new message
  return {
    ...f,
    rule: f.rule,
    severity: f.severity,
    field: f.field,
    key: f.key,
    message: {
      en: label
        ? en.replace(
            /: add it in the settings \(\w+\)\./,
            `: ${t('rateSetting', 'en', { setting: label.en })}.`,
          )
        : en,
      zh: f.message.zh.replace('需要美元兑人民币汇率', '需要您的汇率（美元兑人民币）'),
    },
  };
}
