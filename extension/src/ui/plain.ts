/**
 * Plain language for what core reports, shared by the in-page panel and the popup: settings named as the
 * options page names them ("USD→CNY settlement rate for withdrawals", not settlementRate), and a short why
 * for every fee that is a range or approximate.
 */
import type { Fee, Finding, Lang } from '@ta-toolkit/core/types';
import { P } from './page-strings.ts';
import { t } from './strings.ts';

/** core's "add it in the settings (settlementRate)" in the words the options page uses, with a link. */
export function plainFinding<F extends Finding>(f: F): F {
  if (f.rule !== 'fx/rate-missing') return f;
  const key = /\((\w+)\)\W*$/.exec(f.message.en)?.[1];
  if (!key || !(key in P)) return f;
  const name = P[key as keyof typeof P];
  return {
    ...f,
    message: {
      en: f.message.en
        .replace('needs a USD↔CNY rate', 'needs your exchange rate (USD↔CNY)')
        .replace(/: add it in the settings \(\w+\)\./, `: ${t('rateSetting', 'en', { setting: name.en })}.`),
      zh: f.message.zh
        .replace('需要美元兑人民币汇率', '需要您的汇率（美元兑人民币）')
        .replace(/，请在设置中填写（\w+）。/, `，${t('rateSetting', 'zh', { setting: name.zh })}。`),
    },
  };
}

/** Why a fee is a range or approximate (every range says why). */
export function feeWhy(fee: Fee | null | undefined, lang: Lang, method?: string): string | undefined {
  if (!fee || (fee.low === fee.high && !fee.approximate)) return undefined;
  if (method === 'card') return t('whyCard', lang);
  if (method === 'western-union') return t('whyWesternUnion', lang);
  if (fee.approximate) return t('whyBank', lang);
  if (method === undefined) return t('whyService', lang);
  return t('whyRange', lang);
}
