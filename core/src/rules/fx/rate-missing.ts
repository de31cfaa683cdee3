import { SETTING_LABELS } from '../../tables/labels.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

type RateSetting = 'usdCny' | 'settlementRate';

/**
 * Reported wherever a comparison or fee needs the user's rate: `what` names what could not be done,
 * `setting` the rate to add, named as the settings page names it.
 */
const rule: Rule<{ what: Message; setting: RateSetting }> = defineRule({
  id: 'fx/rate-missing',
  severity: 'warning',
  section: '§9',
  source: 'rules.md §9: rates come from the user, never the network',
  messages: {
    // The setting as the settings page names it, and its key for a settings file (ta-check --settings).
    en: (p) =>
      `${p.what.en} needs your exchange rate (USD↔CNY): set “${SETTING_LABELS[p.setting].en}” in the settings (${p.setting}).`,
    zh: (p) => `${p.what.zh}需要您的汇率（美元兑人民币），请在设置中填写“${SETTING_LABELS[p.setting].zh}”。`,
  },
  reportedBy: 'fees',
});
export default rule;
