import { F } from '../../read/fields.ts';
import type { HiddenCharacter } from '../../text/identify.ts';
import { q, qz } from '../quote.ts';
import { defineRule, type Rule } from '../rule.ts';

/** `hidden`: an invisible or direction character inside the address (pasted from a chat app). */
const rule: Rule<{ value: string; hidden: HiddenCharacter | null }> = defineRule({
  id: 'buyer/email-invalid',
  severity: 'error',
  section: '§3',
  source: '000 第一步: 请务必填写使用中的邮箱',
  messages: {
    en: (p) =>
      p.hidden
        ? `${q(p.value).trim()} is not a valid email address: it holds an invisible character (${p.hidden.char}) at position ${p.hidden.position}. Retype the address.`
        : `${q(p.value).trim() || 'This'} is not a valid email address.`,
    zh: (p) =>
      p.hidden
        ? `${qz(p.value)}不是有效的邮箱地址：第 ${p.hidden.position} 个字符处有不可见字符（${p.hidden.char}），请重新输入。`
        : `${qz(p.value) || '该邮箱'}不是有效的邮箱地址。`,
  },
  check(ctx) {
    const email = ctx.order.email;
    if (email?.verdict === 'invalid') {
      ctx.report(rule, 'buyer_email', { value: ctx.order.text[F.buyer_email] ?? '', hidden: email.hidden });
    }
  },
});
export default rule;
