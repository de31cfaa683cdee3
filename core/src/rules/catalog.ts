import type { Finding, Message, Severity } from '../types.ts';

/**
 * The rule catalogue: every rule ID the product reports, its severity, where it comes from, and its
 * message in both languages (text as data, zod-locale style). Rule IDs are a public contract: an ID never
 * changes meaning. docs/rules.md is checked against this table by core/test/catalog.test.ts.
 *
 * Message params: `value` is what the user typed (quoted verbatim), amounts are preformatted strings.
 */
export interface MessageParams {
  value?: string;
  limit?: string;
  amount?: string;
  expected?: string;
  days?: number | string;
  date?: string;
  /** A payment method's name in both languages. */
  method?: Message;
  /** Why something could not be done, in both languages. */
  reason?: Message;
  mode?: string;
  account?: string;
  what?: Message;
  count?: number | string;
  currency?: string;
}

interface RuleSpec {
  severity: Severity;
  /** rules.md section (or "ext" for rules this toolkit adds, see docs/rules.md). */
  section: string;
  /** Where the rule comes from: seed document and passage. */
  source: string;
  en: (p: MessageParams) => string;
  zh: (p: MessageParams) => string;
}

const q = (v: string | undefined) => (v === undefined ? '' : ` "${v}"`);
const qz = (v: string | undefined) => (v === undefined ? '' : `“${v}”`);
const whatEn = (p: MessageParams) => p.what?.en ?? 'this fee';
const whatZh = (p: MessageParams) => p.what?.zh ?? '该费用';

export const RULES = {
  // §2 order types and who may draft
  'order/type': {
    severity: 'error',
    section: '§2',
    source: '000 在线交易订单操作流程',
    en: (p) => `Order type${q(p.value)} must be TA (Trade Assurance) or DPO (Direct Pay / e收汇).`,
    zh: (p) => `订单类型${qz(p.value)}无效，只能是信用保障订单（TA）或 e收汇订单（DPO）。`,
  },
  'seller/not-admitted': {
    severity: 'error',
    section: '§2',
    source: '000 信保准入',
    en: (p) =>
      `A ${p.value ?? 'seller'} may not draft this order type: e收汇 (DPO) is for mainland paid members only; TA is for mainland, HK and TW paid members and mainland free members.`,
    zh: (p) =>
      `${p.value ?? '该卖家'}不能起草此类订单：e收汇仅限大陆付费会员；信用保障订单限大陆、港澳台付费会员及大陆免费会员。`,
  },
  'seller/violation-points': {
    severity: 'error',
    section: '§2',
    source: '000 卖家准入信用保障服务需要符合什么条件',
    en: (p) => `Violation points are ${p.value}; Trade Assurance requires fewer than 48.`,
    zh: (p) => `违规扣分为 ${p.value}，开通信用保障需低于 48 分。`,
  },
  'seller/infringement-complaints': {
    severity: 'error',
    section: '§2',
    source: '000 卖家准入信用保障服务需要符合什么条件',
    en: (p) =>
      `Serious-infringement complaints are ${p.value} (all main accounts of the company); Trade Assurance requires fewer than 3.`,
    zh: (p) => `严重侵权投诉为 ${p.value} 次（同一公司所有主账号合计），需少于 3 次。`,
  },
  'seller/unverified-free-member': {
    severity: 'error',
    section: '§2',
    source: '000 卖家准入信用保障服务需要符合什么条件',
    en: () =>
      'A free member must pass Alipay real-name verification (company or legal representative) first.',
    zh: () => '免费会员须先通过支付宝实名认证（企业或法定代表人）。',
  },
  'order/drafter': {
    severity: 'error',
    section: '§2',
    source: '000 信保订单起草 第一步: e收汇订单-只能卖家起草',
    en: () => 'A Direct Pay (e收汇) order can only be drafted by the seller.',
    zh: () => 'e收汇订单只能由卖家起草。',
  },

  // §3 the draft form
  'currency/unsupported': {
    severity: 'error',
    section: '§3',
    source: '000 第一步: 交易币种（美金/人民币）',
    en: (p) => `Currency${q(p.value)} is not supported: use USD or CNY.`,
    zh: (p) => `交易币种${qz(p.value)}不支持，只能选择美元（USD）或人民币（CNY）。`,
  },
  'buyer/email-missing': {
    severity: 'error',
    section: '§3',
    source: '000 第一步: 买家邮箱',
    en: () => "The buyer's email is required.",
    zh: () => '请填写买家邮箱。',
  },
  'buyer/email-invalid': {
    severity: 'error',
    section: '§3',
    source: '000 第一步: 请务必填写使用中的邮箱',
    en: (p) => `${q(p.value).trim() || 'This'} is not a valid email address.`,
    zh: (p) => `${qz(p.value) || '该邮箱'}不是有效的邮箱地址。`,
  },
  'buyer/email-domestic': {
    severity: 'error',
    section: '§3',
    source: '000 第一步: 买家邮箱必须是海外邮箱; 订单起草后，买家邮箱将无法修改',
    en: (p) =>
      `${q(p.value).trim()} is a mainland-China mailbox: the buyer email must be an overseas address, and it cannot be changed after drafting.`,
    zh: (p) => `${qz(p.value)}是中国大陆邮箱：买家邮箱必须是海外邮箱，且订单起草后无法修改。`,
  },
  'destination/missing': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 收货地址 *',
    en: () => 'The destination country/region is required.',
    zh: () => '请填写目的国家/地区。',
  },
  'destination/restricted': {
    severity: 'error',
    section: '§3',
    source: '000 FAQ Q4 (restricted countries and regions)',
    en: (p) => `Trade Assurance does not support orders to ${p.what?.en ?? p.value}.`,
    zh: (p) => `信用保障订单暂不支持出口到${p.what?.zh ?? p.value}。`,
  },
  'destination/payment-risk': {
    severity: 'warning',
    section: '§3',
    source: '000 FAQ Q4 (Myanmar: the bank may not guarantee receipt)',
    en: (p) =>
      `Orders to ${p.what?.en ?? p.value} are allowed, but the bank may not guarantee that the payment arrives.`,
    zh: (p) => `可以出口到${p.what?.zh ?? p.value}，但银行不保证一定能收到货款。`,
  },
  'shipping/address-missing': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 收货地址 *',
    en: () => 'The shipping address is required (a city not in the list: choose "other" and type it).',
    zh: () => '请填写收货地址（找不到城市时选择“其他”后手动填写）。',
  },
  'shipping/method-missing': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 运输方式 *',
    en: () => 'The shipping method is required (express, sea, air, land, …).',
    zh: () => '请选择运输方式（快递、海运、空运、陆运等）。',
  },
  'shipping/trade-term-missing': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 贸易术语 *',
    en: () => 'The trade term (Incoterm) is required.',
    zh: () => '请选择贸易术语。',
  },
  'shipping/trade-term-unknown': {
    severity: 'error',
    section: '§3',
    source: 'Incoterms 2020 (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF)',
    en: (p) => `${q(p.value).trim()} is not an Incoterm (EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF).`,
    zh: (p) => `${qz(p.value)}不是国际贸易术语（EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF）。`,
  },
  'shipping/trade-term-legacy': {
    severity: 'warning',
    section: '§3',
    source: 'Incoterms 2020 replaced DAT with DPU and dropped DDU',
    en: (p) => `${p.value} is a legacy Incoterm (not in Incoterms 2020): prefer ${p.expected}.`,
    zh: (p) => `${p.value}是旧版贸易术语（Incoterms 2020 已不再使用），建议改用 ${p.expected}。`,
  },
  'shipping/date-missing': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 发货日期 *',
    en: () =>
      'The ship date is required: either N natural days after payment arrives, or a fixed date (US PDT).',
    zh: () => '请填写发货日期：供应商到账后 N 个自然日内发货，或指定发货日期（美国太平洋时间）。',
  },
  'shipping/days-too-short': {
    severity: 'warning',
    section: '§3',
    source: '000 第二步: 填写0-2天很容易逾期，建议预留相对充足的发货时间',
    en: (p) => `Shipping within ${p.days} day(s) is easily overdue: leave more time.`,
    zh: (p) => `${p.days} 天内发货很容易逾期，建议预留相对充足的发货时间。`,
  },
  'shipping/date-past': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 指定发货日期(US PDT)',
    en: (p) => `The ship date ${p.value} is before today (${p.date}, US Pacific time).`,
    zh: (p) => `指定发货日期 ${p.value} 早于今天（美国太平洋时间 ${p.date}）。`,
  },
  'shipping/date-too-soon': {
    severity: 'warning',
    section: '§3',
    source: '000 第二步: 填写0-2天很容易逾期',
    en: (p) => `The ship date ${p.value} is only ${p.days} day(s) away (US Pacific time): easily overdue.`,
    zh: (p) => `指定发货日期 ${p.value} 距今仅 ${p.days} 天（美国太平洋时间），很容易逾期。`,
  },
  'shipping/already-shipped': {
    severity: 'error',
    section: '§3',
    source: '000 FAQ Q3: 信用保障订单需在发货前起草',
    en: (p) =>
      `The goods shipped on ${p.value}: a Trade Assurance order must be drafted before the goods ship.`,
    zh: (p) => `货物已于 ${p.value} 发出：信用保障订单必须在发货前起草。`,
  },
  'amount/invalid': {
    severity: 'error',
    section: '§3',
    source: 'order-sheet.md: money cells',
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what?.en ?? 'an amount'}.`,
    zh: (p) => `${qz(p.value) || '该值'}不是有效的${p.what?.zh ?? '金额'}。`,
  },
  'amount/negative': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 运费/物流保险费/预付款',
    en: (p) => `${q(p.value).trim()} is negative: amounts must be 0 or more.`,
    zh: (p) => `${qz(p.value)}为负数，金额必须大于或等于 0。`,
  },
  'amount/precision': {
    severity: 'error',
    section: '§3',
    source: 'USD and CNY have 2 minor digits (cents / 分)',
    en: (p) => `${q(p.value).trim()} has more than 2 decimal places.`,
    zh: (p) => `${qz(p.value)}的小数超过 2 位。`,
  },
  'amount/product-total': {
    severity: 'error',
    section: '§3',
    source: '001: 单笔订单金额>0美金',
    en: () => 'The product total must be more than 0.',
    zh: () => '产品总价必须大于 0。',
  },
  'amount/line-mismatch': {
    severity: 'error',
    section: '§3',
    source: '000 第一步: 单价 × 数量',
    en: (p) => `The product total ${p.value} is not unit price × quantity = ${p.expected}.`,
    zh: (p) => `产品总价 ${p.value} 不等于 单价 × 数量 = ${p.expected}。`,
  },
  'amount/total-mismatch': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 订单总价 (products + freight + insurance)',
    en: (p) => `The order total ${p.value} is not products + freight + insurance = ${p.expected}.`,
    zh: (p) => `订单总价 ${p.value} 不等于 产品总价 + 运费 + 保险费 = ${p.expected}。`,
  },
  'payment/advance-min': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 预付款需要≥1美金',
    en: (p) =>
      `The advance ${p.value} is below the minimum of USD 1.00${p.expected ? ` (${p.expected})` : ''}.`,
    zh: (p) => `预付款 ${p.value} 低于最低金额 1 美元${p.expected ? `（${p.expected}）` : ''}。`,
  },
  'payment/advance-over-total': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 预付款 / 尾款 (100% = pay in full)',
    en: (p) => `The advance ${p.value} is more than the order total ${p.expected}.`,
    zh: (p) => `预付款 ${p.value} 超过订单总价 ${p.expected}。`,
  },
  'payment/balance-mismatch': {
    severity: 'error',
    section: '§3',
    source: '000 第二步: 尾款金额 = 订单总价 − 预付款',
    en: (p) => `The balance ${p.value} is not order total − advance = ${p.expected}.`,
    zh: (p) => `尾款 ${p.value} 不等于 订单总价 − 预付款 = ${p.expected}。`,
  },
  'remark/too-long': {
    severity: 'error',
    section: '§3',
    source: '000 第三步: 订单备注 0/2000',
    en: (p) => `The remark has ${p.count} characters; at most 2,000 are allowed.`,
    zh: (p) => `订单备注共 ${p.count} 个字符，最多 2000 个。`,
  },
  'quota/exceeded': {
    severity: 'warning',
    section: '§3',
    source: '000 信保准入: 受信用保障额度+预收外汇额度限制',
    en: (p) => `The order total ${p.value} is above the available ${p.what?.en ?? 'quota'} ${p.limit}.`,
    zh: (p) => `订单总价 ${p.value} 超过可用${p.what?.zh ?? '额度'} ${p.limit}。`,
  },

  // §4 payment methods
  'payment/method-missing': {
    severity: 'error',
    section: '§4',
    source: '000 第一步: 起草前先选择支付方式',
    en: () => 'Choose a payment method.',
    zh: () => '请选择支付方式。',
  },
  'payment/method-not-allowed': {
    severity: 'error',
    section: '§4',
    source: '000 第一步: e收汇只有T/T和D/P两个选项',
    en: (p) =>
      `${p.method?.en} cannot be used on ${p.value === 'DPO' ? 'a Direct Pay (e收汇)' : 'a Trade Assurance'} order.`,
    zh: (p) => `${p.value === 'DPO' ? 'e收汇订单' : '信用保障订单'}不支持${p.method?.zh}。`,
  },
  'payment/lc-seller-only': {
    severity: 'error',
    section: '§4',
    source: '000 第一步: 信用证只能由卖家发起',
    en: () => 'A letter of credit can only be initiated by the seller.',
    zh: () => '信用证只能由卖家发起。',
  },
  'payment/over-method-limit': {
    severity: 'error',
    section: '§4',
    source: '000 处理费用和时间 (limit per payment)',
    en: (p) =>
      `The ${p.what?.en ?? 'payment'} ${p.value} is above the ${p.method?.en} limit of ${p.limit} per payment.`,
    zh: (p) => `${p.what?.zh ?? '付款'} ${p.value} 超过${p.method?.zh}单笔上限 ${p.limit}。`,
  },
  'payment/monthly-limit': {
    severity: 'warning',
    section: '§4',
    source: '000 处理费用和时间: Boleto 每月上限 $3,000',
    en: (p) => `Boleto allows at most USD 3,000 per month; ${p.what?.en ?? p.value} may be refused.`,
    zh: (p) => `Boleto 每月上限 3,000 美元，${p.what?.zh ?? p.value} 可能无法支付。`,
  },
  'payment/currency-not-accepted': {
    severity: 'error',
    section: '§4',
    source: '000 处理费用和时间 (币种)',
    en: (p) => `${p.method?.en} does not accept payments in ${p.value} (accepts ${p.expected}).`,
    zh: (p) => `${p.method?.zh}不支持以 ${p.value} 付款（仅限 ${p.expected}）。`,
  },

  // §5 export modes
  'export/mode-missing': {
    severity: 'error',
    section: '§5',
    source: '000 第二步: 出口方式 *',
    en: () => 'Choose an export mode.',
    zh: () => '请选择出口方式。',
  },
  'export/convenient-over-limit': {
    severity: 'error',
    section: '§5',
    source: '000 第二步: 便捷发货 — 信用保障订单金额 USD 5,000.00以内',
    en: (p) => `Convenient shipping is only for orders up to USD 5,000.00; this order is ${p.value}.`,
    zh: (p) => `便捷发货仅适用于 5,000.00 美元以内的订单，本订单为 ${p.value}。`,
  },
  'export/convenient-dpo': {
    severity: 'error',
    section: '§5',
    source: '000 第二步: e收汇订单 不支持便捷发货',
    en: () => 'Direct Pay (e收汇) orders cannot use convenient shipping.',
    zh: () => 'e收汇订单不支持便捷发货。',
  },
  'export/onetouch-review': {
    severity: 'info',
    section: '§5',
    source: '000 第二步: 一达通代理出口 — 请确保商品先行通过一达通出口产品审核',
    en: () =>
      'OneTouch agent export: the products must pass OneTouch export review first, or the order cannot ship.',
    zh: () => '一达通代理出口：商品须先通过一达通出口产品审核，否则订单将无法完成发货。',
  },

  // §8 withdrawal
  'withdrawal/wrong-account': {
    severity: 'error',
    section: '§8',
    source: '000 第六步: 一达通代理出口从一达通出口账户提现; 其他从自主出口账户提现',
    en: (p) => `Money of ${p.mode} orders is withdrawn from the ${p.expected}, not the ${p.account}.`,
    zh: (p) => `${p.mode}订单的款项应从${p.expected}提现，而不是${p.account}。`,
  },
  'withdrawal/currency': {
    severity: 'error',
    section: '§8',
    source: '000 第六步: 港澳台会员只能提现美元; 法人个人账户仅人民币',
    en: (p) => `${p.what?.en ?? 'This account'} cannot receive ${p.value}.`,
    zh: (p) => `${p.what?.zh ?? '该账户'}不能提现${p.value}。`,
  },
  'withdrawal/personal-onetouch': {
    severity: 'error',
    section: '§8',
    source: '000 第六步 提现表: 法人个人账户仅限自主出口账户',
    en: () => "The OneTouch export account cannot pay out to the legal representative's personal account.",
    zh: () => '一达通出口账户不能提现到法人个人账户。',
  },
  'withdrawal/over-limit': {
    severity: 'error',
    section: '§8',
    source: '000 第六步 提现表 (per-withdrawal limits)',
    en: (p) => `The withdrawal ${p.value} is above the limit of ${p.limit} per withdrawal.`,
    zh: (p) => `提现金额 ${p.value} 超过单笔上限 ${p.limit}。`,
  },
  'withdrawal/not-stated': {
    severity: 'warning',
    section: '§8',
    source: '000 第六步 提现表 (combinations not listed)',
    en: (p) =>
      `The sources state no fee for ${p.value}: check with your bank before relying on the net amount.`,
    zh: (p) => `资料未说明${p.value}的提现费用，请向银行确认后再依赖到账金额。`,
  },

  // §9 money and rates
  'fx/rate-missing': {
    severity: 'warning',
    section: '§9',
    source: 'rules.md §9: rates come from the user, never the network',
    en: (p) => `${whatEn(p)} needs a USD↔CNY rate: add it in the settings (${p.expected ?? 'usdCny'}).`,
    zh: (p) => `${whatZh(p)}需要美元兑人民币汇率，请在设置中填写（${p.expected ?? 'usdCny'}）。`,
  },

  // Rules this toolkit adds (docs/rules.md "Added by ta-toolkit"): each makes a spec sentence checkable.
  'fee/not-stated': {
    severity: 'info',
    section: 'ext',
    source: 'order-sheet.md Report: a fee that cannot be computed is null and the row says why',
    en: (p) => `${whatEn(p)} is not computed: ${p.reason?.en ?? 'the sources do not state it'}.`,
    zh: (p) => `${whatZh(p)}无法计算：${p.reason?.zh ?? '资料未说明'}。`,
  },
  'input/invalid': {
    severity: 'error',
    section: 'ext',
    source: 'order-sheet.md column values',
    en: (p) => `${q(p.value).trim() || 'The value'} is not ${p.what?.en ?? 'a valid value'}.`,
    zh: (p) => `${qz(p.value) || '该值'}不是有效的${p.what?.zh ?? '值'}。`,
  },
} as const satisfies Record<string, RuleSpec>;

export type KnownRuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as KnownRuleId[];

/** Builds a finding from the catalogue: severity and both messages come from the table above. */
export function finding(rule: KnownRuleId, field: Finding['field'], params?: MessageParams): Finding {
  if (params === undefined) return plainFinding(rule, field);
  const spec: RuleSpec = RULES[rule];
  return { rule, severity: spec.severity, field, message: { en: spec.en(params), zh: spec.zh(params) } };
}

/**
 * A finding whose message has no parameters reads the same on every row: built once per rule and field,
 * frozen, and shared (a sheet of OneTouch orders repeats export/onetouch-review on every row).
 */
const PLAIN = new Map<string, Map<string, Finding>>();
function plainFinding(rule: KnownRuleId, field: Finding['field']): Finding {
  let byField = PLAIN.get(rule);
  if (!byField) {
    byField = new Map();
    PLAIN.set(rule, byField);
  }
  let shared = byField.get(field);
  if (!shared) {
    const spec: RuleSpec = RULES[rule];
    const message = Object.freeze({ en: spec.en({}), zh: spec.zh({}) });
    shared = Object.freeze({ rule, severity: spec.severity, field, message });
    byField.set(field, shared);
  }
  return shared;
}
