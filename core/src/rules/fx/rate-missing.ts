import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

/** The settings a rate comes from, named as the settings page names them. */
export const RATE_SETTINGS = {
  usdCny: { en: 'usdCny', zh: '美元兑人民币汇率' },
  settlementRate: { en: 'settlementRate', zh: '结汇汇率' },
} as const satisfies Record<string, Message>;

/** Reported wherever a comparison or fee needs the user's rate: `what` names what could not be done. */
const rule: Rule<{ what: Message; setting: keyof typeof RATE_SETTINGS }> = defineRule({
  id: 'fx/rate-missing',
  severity: 'warning',
  section: '§9',
  source: 'rules.md §9: rates come from the user, never the network',
  messages: {
    en: (p) => `${p.what.en} needs a USD↔CNY rate: add it in the settings (${RATE_SETTINGS[p.setting].en}).`,
    zh: (p) => `${p.what.zh}需要美元兑人民币汇率，请在设置中填写（${RATE_SETTINGS[p.setting].zh}）。`,
  },
  reportedBy: 'fees',
});
export default rule;
