import { getExportMode } from '../../tables/export-modes.ts';
import { WITHDRAW_ACCOUNT_NAMES } from '../../tables/vocabulary.ts';
import type { Message } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

/** 000 第六步: OneTouch orders withdraw from the OneTouch export account, all others from the self-export account. */
const rule: Rule<{ mode: Message; expected: Message; account: Message }> = defineRule({
  id: 'withdrawal/wrong-account',
  severity: 'error',
  section: '§8',
  source: '000 第六步: 一达通代理出口从一达通出口账户提现; 其他从自主出口账户提现',
  messages: {
    en: (p) =>
      `Money of ${p.mode.en} orders is withdrawn from the ${p.expected.en}, not the ${p.account.en}.`,
    zh: (p) => `${p.mode.zh}订单的款项应从${p.expected.zh}提现，而不是${p.account.zh}。`,
  },
  check(ctx) {
    const { withdrawFrom, exportMode } = ctx.order;
    if (withdrawFrom === null || exportMode === null) return;
    const expected = getExportMode(exportMode)?.account ?? 'self';
    if (withdrawFrom === expected) return;
    ctx.report(rule, 'withdraw_from', {
      mode: getExportMode(exportMode)?.name ?? { en: exportMode, zh: exportMode },
      expected: WITHDRAW_ACCOUNT_NAMES[expected],
      account: WITHDRAW_ACCOUNT_NAMES[withdrawFrom],
    });
  },
});
export default rule;
