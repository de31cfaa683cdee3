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
  '188.com',
  'vip.126.com',
  'vip.188.com',
  '163.net',
  '263.net',
  'netease.com',
  'sogou.com',
  'china.com',
  'eyou.com',
  'wo.com.cn',
];
/** Mainland top-level domains besides `.cn`: `.中国` and `.中國`, also as written in DNS (punycode). */
export const MAINLAND_MAIL_TLDS: readonly string[] = ['.cn', '.中国', '.中國', '.xn--fiqs8s', '.xn--fiqz9s'];
const MAINLAND = new Set(MAINLAND_MAIL_DOMAINS);

// Deliberately plain: one @, a dot in the domain, no spaces; browsers' own type=email check is similar.
const EMAIL = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/;

export type EmailVerdict = 'ok' | 'invalid' | 'domestic';

export const classifyEmail = memoize(classify);

function classify(raw: string): EmailVerdict {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (!EMAIL.test(email)) return 'invalid';
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (MAINLAND.has(domain) || MAINLAND_MAIL_TLDS.some((tld) => domain.endsWith(tld))) return 'domestic';
  return 'ok';
}
