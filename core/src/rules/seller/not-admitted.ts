import type { Settings } from '../../types.ts';
import { defineRule, type Rule } from '../rule.ts';

type Who = Pick<Settings, 'region' | 'membership'>;
const REGION_ZH = { mainland: '中国大陆', HK: '香港', TW: '台湾' } as const;
const MEMBERSHIP_ZH = { paid: '付费会员', free: '免费会员' } as const;

function whoEn(p: Who): string {
  const who = [p.region, p.membership === undefined ? undefined : `${p.membership} member`]
    .filter(Boolean)
    .join(' ');
  return who || 'seller';
}
function whoZh(p: Who): string {
  const who = `${p.region ? REGION_ZH[p.region] : ''}${p.membership ? MEMBERSHIP_ZH[p.membership] : ''}`;
  return who || '该卖家';
}

/** 000 信保准入: DPO — mainland paid only; TA — paid members of mainland/HK/TW, free members of mainland. */
const rule: Rule<Who> = defineRule({
  id: 'seller/not-admitted',
  severity: 'error',
  section: '§2',
  source: '000 信保准入',
  messages: {
    en: (p) =>
      `A ${whoEn(p)} may not draft this order type: e收汇 (DPO) is for mainland paid members only; TA is for mainland, HK and TW paid members and mainland free members.`,
    zh: (p) =>
      `${whoZh(p)}不能起草此类订单：e收汇仅限大陆付费会员；信用保障订单限大陆、港澳台付费会员及大陆免费会员。`,
  },
  check(ctx) {
    const { type } = ctx.order;
    const { membership, region } = ctx.settings;
    if (type === null) return;
    const dpoRefused =
      type === 'DPO' && (membership === 'free' || (region !== undefined && region !== 'mainland'));
    const taRefused = type === 'TA' && membership === 'free' && region !== undefined && region !== 'mainland';
    if (dpoRefused || taRefused) ctx.report(rule, 'order_type', { region, membership });
  },
});
export default rule;
