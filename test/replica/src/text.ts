/**
 * Labels, hints and option lists of the replica draft form, in both languages.
 * Chinese texts follow the seller course (seed 000, "信保订单起草" steps 1–3); English texts are our
 * own translations (the real English page could not be reached).
 */

export type ReplicaLang = 'zh' | 'en';

export type Option = { value: string; label: string };

type Bi = { zh: string; en: string };

function pick(list: readonly (Bi & { value: string })[], lang: ReplicaLang): Option[] {
  return list.map((o) => ({ value: o.value, label: o[lang] }));
}

const TA_METHODS = [
  {
    value: 'card',
    zh: '信用卡/借记卡 Credit/Debit Card (VISA, Mastercard…)',
    en: 'Credit/Debit Card (VISA, Mastercard…)',
  },
  { value: 'trustly', zh: '在线转账 Online Transfer (Trustly)', en: 'Online Transfer (Trustly)' },
  { value: 'obp-us', zh: 'Online Bank Payment 美国账户', en: 'Online Bank Payment (US account)' },
  { value: 'obp-eu', zh: 'Online Bank Payment 欧洲账户', en: 'Online Bank Payment (European account)' },
  { value: 'tt-local', zh: 'Wire Transfer- T/T 国内电汇', en: 'Wire Transfer T/T (domestic)' },
  { value: 'tt-intl', zh: 'Wire Transfer- T/T 国际电汇', en: 'Wire Transfer T/T (international)' },
  { value: 'western-union', zh: 'WesternUnion 西联汇款', en: 'Western Union' },
  { value: 'boleto', zh: 'Boleto', en: 'Boleto' },
  { value: 'lc', zh: '信用证 L/C（仅限卖家发起）', en: 'Letter of Credit L/C (seller-initiated only)' },
] as const;

const DPO_METHODS = [
  { value: 'tt-intl', zh: 'T/T 电汇', en: 'T/T (wire transfer)' },
  { value: 'dp', zh: '托收 D/P', en: 'D/P (documents against payment)' },
] as const;

const CURRENCIES = [
  { value: 'USD', zh: 'USD 美元', en: 'USD' },
  { value: 'CNY', zh: 'CNY 人民币', en: 'CNY' },
] as const;

const COUNTRIES = [
  { value: 'US', zh: '美国', en: 'United States' },
  { value: 'GB', zh: '英国', en: 'United Kingdom' },
  { value: 'DE', zh: '德国', en: 'Germany' },
  { value: 'FR', zh: '法国', en: 'France' },
  { value: 'IT', zh: '意大利', en: 'Italy' },
  { value: 'ES', zh: '西班牙', en: 'Spain' },
  { value: 'NL', zh: '荷兰', en: 'Netherlands' },
  { value: 'PL', zh: '波兰', en: 'Poland' },
  { value: 'RU', zh: '俄罗斯', en: 'Russia' },
  { value: 'TR', zh: '土耳其', en: 'Turkey' },
  { value: 'CA', zh: '加拿大', en: 'Canada' },
  { value: 'MX', zh: '墨西哥', en: 'Mexico' },
  { value: 'BR', zh: '巴西', en: 'Brazil' },
  { value: 'AR', zh: '阿根廷', en: 'Argentina' },
  { value: 'CL', zh: '智利', en: 'Chile' },
  { value: 'AU', zh: '澳大利亚', en: 'Australia' },
  { value: 'JP', zh: '日本', en: 'Japan' },
  { value: 'KR', zh: '韩国', en: 'South Korea' },
  { value: 'IN', zh: '印度', en: 'India' },
  { value: 'SG', zh: '新加坡', en: 'Singapore' },
  { value: 'MY', zh: '马来西亚', en: 'Malaysia' },
  { value: 'TH', zh: '泰国', en: 'Thailand' },
  { value: 'VN', zh: '越南', en: 'Vietnam' },
  { value: 'PH', zh: '菲律宾', en: 'Philippines' },
  { value: 'ID', zh: '印度尼西亚', en: 'Indonesia' },
  { value: 'MM', zh: '缅甸', en: 'Myanmar' },
  { value: 'AE', zh: '阿联酋', en: 'United Arab Emirates' },
  { value: 'SA', zh: '沙特阿拉伯', en: 'Saudi Arabia' },
  { value: 'EG', zh: '埃及', en: 'Egypt' },
  { value: 'NG', zh: '尼日利亚', en: 'Nigeria' },
  { value: 'ZA', zh: '南非', en: 'South Africa' },
  { value: 'HK', zh: '中国香港', en: 'Hong Kong, China' },
  { value: 'TW', zh: '中国台湾', en: 'Taiwan, China' },
  { value: 'OTHER', zh: '其他', en: 'Other' },
] as const;

const SHIPPING_METHODS = [
  { value: 'express', zh: '快递', en: 'Express' },
  { value: 'sea', zh: '海运', en: 'Sea freight' },
  { value: 'air', zh: '空运', en: 'Air freight' },
  { value: 'land', zh: '陆运', en: 'Land freight' },
  { value: 'rail', zh: '铁路运输', en: 'Rail freight' },
  { value: 'other', zh: '其他', en: 'Other' },
] as const;

/** Incoterms 2020, as the real page lists them (code only). */
export const TRADE_TERMS = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;

export interface ExportModeText {
  value: 'self' | 'onetouch' | 'convenient' | 'market';
  name: string;
  hint: string;
}

const EXPORT_MODES = [
  {
    value: 'self',
    zh: '自营出口',
    en: 'Self-export',
    hintZh:
      '卖家需使用企业自身抬头报关出口，建议使用智能报关服务和平台物流服务 收取1-2%交易服务费，USD 100封顶',
    hintEn:
      'You declare customs under your own company name; Smart Customs Declaration and Alibaba.com Logistics are recommended. Transaction service fee 1–2%, capped at USD 100.',
  },
  {
    value: 'onetouch',
    zh: '一达通代理出口',
    en: 'OneTouch agent export',
    hintZh:
      '卖家需使用一达通代理报关出口，请确保商品先行通过一达通出口产品审核。 收取1.2%一达通基础服务费，480RMB封顶',
    hintEn:
      'Customs are declared by OneTouch as your agent; make sure the products have passed the OneTouch export product review first. OneTouch basic service fee 1.2%, capped at RMB 480.',
  },
  {
    value: 'convenient',
    zh: '便捷发货',
    en: 'Convenient shipping',
    hintZh:
      '信用保障订单金额 USD 5,000.00以内，卖家可自主选择出口方式，需向平台提交物流发货凭证。 收取1-2%交易服务费，USD 100封顶',
    hintEn:
      'Trade Assurance orders up to USD 5,000.00: you choose how to export and submit the logistics proof to the platform. Transaction service fee 1–2%, capped at USD 100.',
  },
  {
    value: 'market',
    zh: '市场采购出口',
    en: 'Market procurement export',
    // Not in the seed (it names the mode only): our own wording.
    hintZh: '通过市场采购贸易方式报关出口，仅适用于市场采购贸易试点市场内的经营户。',
    hintEn: 'Exported under the market-procurement trade mode; only for merchants in a pilot market.',
  },
] as const;

const T = {
  pageTitle: { zh: '起草信用保障订单', en: 'Draft a Trade Assurance order' },
  pageTitleDpo: { zh: '起草e收汇订单', en: 'Draft a Direct Pay order' },
  breadcrumb: {
    zh: 'My Alibaba > 交易管理 > 起草信用保障订单',
    en: 'My Alibaba > Orders > Draft a Trade Assurance order',
  },
  orderType: { zh: '订单类型', en: 'Order type' },
  orderTypeTA: { zh: '信用保障订单', en: 'Trade Assurance order' },
  orderTypeDPO: { zh: 'e收汇订单', en: 'Direct Pay order' },
  sectionBasic: { zh: '第一步：填写订单基本信息', en: 'Step 1: Basic information' },
  paymentMethod: { zh: '支付方式', en: 'Payment method' },
  paymentMethodHintTA: {
    zh: '起草前先选择支付方式（信用证只能由卖家发起）',
    en: 'Choose the payment methods first (only the seller can initiate L/C)',
  },
  paymentMethodHintDPO: { zh: 'e收汇只有T/T和D/P两个选项', en: 'Direct Pay orders support T/T and D/P only' },
  currency: { zh: '交易币种', en: 'Currency' },
  buyerEmail: { zh: '买家邮箱', en: 'Buyer email' },
  buyerEmailPlaceholder: { zh: '请输入买家邮箱', en: "Enter the buyer's email" },
  buyerEmailHint: {
    zh: '买家邮箱必须是海外邮箱；订单起草后，买家邮箱将无法修改；请务必填写使用中的邮箱。',
    en: "The buyer's email must be an overseas address, cannot be changed after drafting, and must be in use.",
  },
  products: { zh: '产品信息', en: 'Products' },
  addProduct: { zh: '添加产品', en: 'Add product' },
  addContract: { zh: '添加合同', en: 'Add contract' },
  productName: { zh: '产品名称', en: 'Product name' },
  productNamePlaceholder: { zh: '请输入产品名称', en: 'Product name' },
  unitPrice: { zh: '单价', en: 'Unit price' },
  quantity: { zh: '数量', en: 'Quantity' },
  lineTotal: { zh: '小计', en: 'Subtotal' },
  action: { zh: '操作', en: 'Action' },
  remove: { zh: '删除', en: 'Remove' },
  productTotal: { zh: '产品总价', en: 'Product total' },
  sectionShipping: { zh: '第二步：运输条款', en: 'Step 2: Shipping terms' },
  shippingHelp: {
    zh: '关于交易服务费、发货日期、出口目的国',
    en: 'About service fees, ship dates and destinations',
  },
  shippingAddress: { zh: '收货地址', en: 'Shipping address' },
  countryPlaceholder: { zh: '请选择国家/地区', en: 'Country/region' },
  addressPlaceholder: { zh: '详细地址（街道、门牌号、城市、邮编）', en: 'Street, number, city, postcode' },
  addressHint: {
    zh: '收货地址找不到某个市怎么办？选择其他-填写。',
    en: 'City not in the list? Choose "Other" and type it.',
  },
  shippingMethod: { zh: '运输方式', en: 'Shipping method' },
  tradeTerm: { zh: '贸易术语', en: 'Trade term' },
  tradeTermHelp: { zh: '贸易术语解释', en: 'About trade terms' },
  pleaseSelect: { zh: '请选择', en: 'Please select' },
  freight: { zh: '运费', en: 'Freight' },
  insurance: { zh: '物流保险费', en: 'Insurance' },
  shipDate: { zh: '发货日期', en: 'Ship date' },
  shipWithinBefore: { zh: '供应商到账', en: 'Within' },
  shipWithinAfter: { zh: '个自然日内发货', en: 'natural days after the supplier receives payment' },
  shipByDate: { zh: '指定发货日期(US PDT)', en: 'Fixed ship date (US PDT)' },
  shipByDateHelp: { zh: '发货日期定义', en: 'What the ship date means' },
  shipDatePlaceholder: { zh: '请选择日期', en: 'Select date' },
  shipDaysHint: {
    zh: '填写0-2天很容易逾期，建议预留相对充足的发货时间',
    en: '0–2 days is easily overdue; leave ample time to ship.',
  },
  exportMode: { zh: '出口方式', en: 'Export mode' },
  exportModeNote: {
    zh: '不同出口方式对应不同的收款账号和发货方式，混淆会影响订单完结，请先了解清楚区别点。',
    en: 'Each export mode has its own receiving account and shipping process; mixing them up blocks the order from completing.',
  },
  exportModeIntro: { zh: '出口方式介绍', en: 'About export modes' },
  exportModeTip: {
    zh: '温馨提示：出口方式选择“使用一达通报关出口”前，请务必确认可以通过一达报关出口，如果起草订单时选择“使用一达通报关出口”，后续却无法操作使用一达通报关出口的话，该订单将无法完成发货，从而影响按时发货率。',
    en: 'Tip: before choosing OneTouch export, make sure the goods can be declared through OneTouch; otherwise the order cannot ship and your on-time shipping rate suffers.',
  },
  dpoNoConvenient: {
    zh: 'e收汇订单 不支持便捷发货！',
    en: 'Direct Pay orders do not support convenient shipping!',
  },
  sectionPayment: { zh: '支付条款', en: 'Payment terms' },
  orderTotal: { zh: '订单总价', en: 'Order total' },
  advance: { zh: '预付款金额', en: 'Advance payment' },
  advancePlaceholder: { zh: '请输入预付款', en: 'Enter the advance' },
  advanceHint: {
    zh: '预付款需要≥1美金。如果想一次付全款，选择预付款100%。',
    en: 'The advance must be at least USD 1. To be paid in full, set the advance to 100%.',
  },
  balance: { zh: '尾款金额', en: 'Balance' },
  supportedMethods: { zh: '支持以下支付方式', en: 'Supported payment methods' },
  feeIntro: { zh: '费用和到账时间介绍', en: 'Fees and arrival times' },
  valueAdded: { zh: '增值服务', en: 'Value-added services' },
  valueAddedSgs: {
    zh: '专人跟单&验货服务 SGS（最低 USD 48）',
    en: 'Order follow-up & inspection by SGS (from USD 48)',
  },
  valueAddedHint: {
    zh: '降低生产延期和货物质量风险。费用由买家直接支付到阿里巴巴收款账户。',
    en: 'Reduces production-delay and quality risks. The buyer pays the fee to Alibaba.com directly.',
  },
  sectionSubmit: { zh: '第三步：提交订单', en: 'Step 3: Submit the order' },
  remark: { zh: '订单备注', en: 'Order remark' },
  remarkOptional: { zh: '选填', en: 'optional' },
  remarkPlaceholder: { zh: '填写订单备注', en: 'Enter a remark' },
  remarkHint: {
    zh: '订单备注可注明特殊事项，比如：“如遇到中国的法定节假日，发货日期向后顺延*日”或“合格率99%”等。',
    en: 'Use the remark for special terms, e.g. "ship date moves back * days over Chinese public holidays" or "99% pass rate".',
  },
  submit: { zh: '提交订单', en: 'Submit order' },
  submitHint: {
    zh: '点击“提交订单”，创建订单成功，可查看订单编号和收款账号也可复制订单链接给买家。',
    en: 'After "Submit order" you get the order number and receiving account, and can copy the order link for the buyer.',
  },
  stateEcho: { zh: '测试用：React 状态', en: 'Test only: React state' },
} satisfies Record<string, Bi>;

export type TextKey = keyof typeof T;

export function texts(lang: ReplicaLang): Record<TextKey, string> {
  const out = {} as Record<TextKey, string>;
  for (const key of Object.keys(T) as TextKey[]) out[key] = T[key][lang];
  return out;
}

export function options(lang: ReplicaLang) {
  return {
    taMethods: pick(TA_METHODS, lang),
    dpoMethods: pick(DPO_METHODS, lang),
    currencies: pick(CURRENCIES, lang),
    countries: pick(COUNTRIES, lang),
    shippingMethods: pick(SHIPPING_METHODS, lang),
    tradeTerms: TRADE_TERMS.map((t) => ({ value: t, label: t })),
    exportModes: EXPORT_MODES.map(
      (m): ExportModeText => ({
        value: m.value,
        name: m[lang],
        hint: lang === 'zh' ? m.hintZh : m.hintEn,
      }),
    ),
  };
}
