import { memoize } from '../memo.ts';

/**
 * Buyer email (rules.md §3, 000 第一步: 买家邮箱必须是海外邮箱). Mainland mail providers as data: a `.cn`
 * domain is always domestic; these are the big mainland providers on other TLDs.
 */
export const MAINLAND_MAIL_DOMAINS: readonly string[] = [
  'qq.com',
  'vip.qq.com',
  'foxmail.com',
  '163.com',
  'vip.163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'vip.sina.com',
  'sohu.com',
  'aliyun.com',
  '139.com',
  '189.cn',
  'tom.com',
  '21cn.com',
];
const MAINLAND = new Set(MAINLAND_MAIL_DOMAINS);

// Deliberately plain: one @, a dot in the domain, no spaces; browsers' own type=email check is similar.
const EMAIL = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/;

export type EmailVerdict = 'ok' | 'invalid' | 'domestic';

export const classifyEmail = memoize(classify);

function classify(raw: string): EmailVerdict {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (!EMAIL.test(email)) return 'invalid';
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (domain.endsWith('.cn') || MAINLAND.has(domain)) return 'domestic';
  return 'ok';
}
