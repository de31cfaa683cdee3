/**
 * Field recognition as DATA: every label keyword, value spelling and selector alternative the content
 * script uses to find the draft form's fields lives in this one file (one comment per variant).
 * The code in recognize.ts / read.ts only interprets these tables; a changed page label is one edit here.
 *
 * Keywords are compared after `normalizeLabel` (NFKC, lower case, no spaces / colons / asterisks /
 * question marks), so write them in that form. Matching: an exact label wins; otherwise a label that
 * contains a keyword, longest keyword first (so 预付款金额 beats 金额, 订单总价 beats 总价).
 */
import type { OrderField } from '@ta-toolkit/core/types';

/** The OrderInput fields plus one helper: which of the two ship-date options is chosen. */
export type FormFieldKey = OrderField | 'ship_date_mode';

/** What kind of page element holds a value. */
export type ControlKind =
  | 'input' // <input>, <textarea>, Fusion Input / NumberPicker / DatePicker (their inner <input>)
  | 'select' // native <select> or Fusion Select (.next-select)
  | 'radio' // a group of radio buttons: the value is the checked option's text
  | 'checkboxes' // a group of checkboxes: the value is the list of checked options' texts
  | 'display'; // plain text the page computed (order total, balance): read-only

export interface FieldSpec {
  key: FormFieldKey;
  /** Control kinds this field can appear as, in order of preference. */
  kinds: readonly ControlKind[];
  labels: { zh: readonly string[]; en: readonly string[] };
  /**
   * Labels that name this field only when the control is a select: the country picker sits inside the
   * 收货地址 / Shipping address item next to the address input. A picker is recognised by what it is, so
   * it stays found once a country is chosen (Fusion then drops its placeholder) and on a saved draft.
   */
  pickerLabels?: { zh: readonly string[]; en: readonly string[] };
  /** A label containing one of these words is never this field (e.g. the seller's own email). */
  exclude?: readonly string[];
  /** Page display text -> core value (keys normalised like labels; contains-match, longest first). */
  values?: Readonly<Record<string, string>>;
  /** The field repeats (one per product line). */
  repeats?: boolean;
  /** Counts towards "this page is a draft form" (see ACTIVATION_MIN). */
  marker?: boolean;
  /** Expected on the draft form: when not found, the panel says so. */
  expected?: boolean;
}

/** The form is the draft form when at least this many distinct marker fields are found. */
export const ACTIVATION_MIN = 3;

/**
 * Findings about an empty required field ("…/missing", "…-missing"), and any finding on a field that is
 * still empty, are "to do": a neutral count and a list in the panel, never an error beside the field.
 * A fresh form would otherwise light up red everywhere before the seller starts typing.
 */
export const REQUIRED_EMPTY = /(^|[/-])missing$/;

/**
 * Findings about the format of what is being typed ("li@" on the way to "li@example.com"): held back
 * while the seller is still typing in that field, shown after a pause or when the field is left.
 */
export const FORMAT_RULES = /invalid$/;

export const FIELD_SPECS: readonly FieldSpec[] = [
  {
    key: 'order_type',
    kinds: ['radio', 'select', 'display'],
    labels: {
      zh: ['订单类型'], // a type switch, if the form has one
      en: ['order type', 'type of order'],
    },
    values: {
      信用保障: 'TA', // "起草信用保障订单"
      信保: 'TA', // short form used in menus
      tradeassurance: 'TA',
      e收汇: 'DPO', // "e收汇订单"
      directpay: 'DPO', // English name of e收汇
      dpo: 'DPO',
    },
    expected: true,
  },
  {
    key: 'buyer_email',
    kinds: ['input', 'select'],
    labels: {
      zh: ['买家邮箱', '买家email', '邮箱'], // 000 step 1 "买家邮箱"; bare 邮箱 as a last resort
      en: ["buyer'semail", 'buyeremail', 'email'], // "E-mail" normalises to email
    },
    exclude: ['卖家', '供应商', 'seller', 'supplier'], // "卖家邮箱" / "Seller email" is the seller's own address
    marker: true,
    expected: true,
  },
  {
    key: 'destination',
    kinds: ['select', 'input', 'display'],
    labels: {
      zh: ['出口目的国', '目的国', '收货国家', '国家/地区', '国家/区域', '国家'], // "关于…出口目的国" help link
      en: ['destinationcountry', 'destination', 'country/region', 'country'],
    },
    pickerLabels: { zh: ['收货地址'], en: ['shippingaddress', 'deliveryaddress'] },
    expected: true,
  },
  {
    key: 'shipping_address',
    // not 'select': the country picker shares the 收货地址 label and belongs to destination
    kinds: ['input', 'display'],
    labels: {
      zh: ['收货地址', '详细地址'], // 000 step 2 "收货地址: *"
      en: ['shippingaddress', 'deliveryaddress', 'shipto', 'address'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'currency',
    kinds: ['select', 'radio', 'display', 'input'],
    labels: {
      zh: ['交易币种', '币种'], // 000 step 1 "交易币种（美金/人民币）"
      en: ['transactioncurrency', 'tradecurrency', 'currency'],
    },
    values: {
      usd: 'USD',
      美元: 'USD',
      美金: 'USD',
      us$: 'USD',
      cny: 'CNY',
      rmb: 'CNY',
      人民币: 'CNY',
      eur: 'EUR', // only for the calculator / OBP-EU; the form offers USD and CNY
    },
    expected: true,
  },
  {
    key: 'unit_price',
    kinds: ['input', 'display'],
    labels: { zh: ['产品单价', '单价'], en: ['unitprice', 'price/unit', 'price'] }, // product table column
    repeats: true,
    expected: true,
  },
  {
    key: 'quantity',
    kinds: ['input', 'display'],
    labels: { zh: ['购买数量', '产品数量', '数量'], en: ['quantity', 'qty'] },
    repeats: true,
    expected: true,
  },
  {
    key: 'product_total',
    kinds: ['display', 'input'],
    labels: {
      // per line "小计"/"金额" and the summary "产品价格：USD 2,500.00" (000 step 3)
      zh: ['产品总价', '产品价格', '产品金额', '小计', '金额'],
      en: ['producttotal', 'productprice', 'productamount', 'subtotal', 'linetotal', 'amount'],
    },
    repeats: true,
  },
  {
    key: 'freight',
    kinds: ['input', 'display'],
    labels: { zh: ['运费'], en: ['freight', 'shippingfee', 'shippingcost'] }, // 000 step 2 "运费: USD 0.00"
    marker: true,
    expected: true,
  },
  {
    key: 'insurance',
    kinds: ['input', 'display'],
    labels: {
      zh: ['物流保险费', '保险费'], // 000 step 2 "物流保险费"
      en: ['logisticsinsurance', 'shippinginsurance', 'insurancefee', 'insurance'],
    },
    expected: true,
  },
  {
    key: 'shipping_method',
    kinds: ['select', 'radio', 'input'],
    labels: {
      zh: ['运输方式'], // 000 step 2 "运输方式: * 请选择"
      en: ['shippingmethod', 'shipmentmethod', 'transportmethod', 'transport'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'trade_term',
    kinds: ['select', 'input', 'radio'],
    labels: {
      zh: ['贸易术语', '价格条款'], // 000 step 2 "贸易术语: * 请选择"
      en: ['tradeterms', 'tradeterm', 'incoterms', 'incoterm'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'ship_date_mode',
    kinds: ['radio'],
    labels: {
      zh: ['发货日期', '发货时间'],
      en: ['shipmentdate', 'shippingdate', 'shipdate', 'deliverydate'],
    },
    values: {
      自然日: 'days', // "供应商到账 N 个自然日内发货"
      到账: 'days',
      指定: 'date', // "指定发货日期(US PDT)"
      uspdt: 'date',
      days: 'days', // "Ship within N days after payment"
      within: 'days',
      specific: 'date', // "Specific date (US PDT)"
      fixed: 'date',
      shipby: 'date',
    },
    marker: true,
    expected: true,
  },
  {
    key: 'ship_within_days',
    kinds: ['select', 'input'],
    labels: {
      // The days control sits inside the option text "供应商到账 [N] 个自然日内发货"; its own label is that text.
      zh: ['供应商到账', '个自然日内发货', '自然日', '发货天数'],
      en: ['daysafter', 'naturaldays', 'shipwithin', 'within', 'days'],
    },
    marker: true,
  },
  {
    key: 'ship_by_date',
    kinds: ['input', 'select'],
    labels: {
      zh: ['指定发货日期', '指定日期'], // "指定发货日期(US PDT)"
      en: ['specificdate', 'fixeddate', 'shipbydate', 'shipby', 'uspdt'],
    },
  },
  {
    key: 'export_mode',
    kinds: ['radio', 'select'],
    labels: { zh: ['出口方式'], en: ['exportmode', 'exportmethod', 'exporttype', 'export'] },
    values: {
      自营出口: 'self', // 000 step 2, first option
      不通过一达通: 'self', // older wording "不通过一达通代理出口" = declare under the seller's own name
      一达通: 'onetouch', // "一达通代理出口" / "使用一达通报关出口"
      便捷发货: 'convenient',
      市场采购: 'market', // "市场采购出口"
      selfexport: 'self',
      ownname: 'self', // "Export under your own name"
      onetouch: 'onetouch',
      agentexport: 'onetouch',
      convenient: 'convenient', // "Convenient shipping"
      easyshipping: 'convenient',
      marketprocurement: 'market',
    },
    marker: true,
    expected: true,
  },
  {
    key: 'payment_method',
    kinds: ['checkboxes', 'radio', 'select'],
    labels: {
      zh: ['支付方式', '付款方式', '支持以下支付方式'], // 000 "支持以下支付方式"
      en: ['paymentmethods', 'paymentmethod', 'acceptedpaymentmethods'],
    },
    values: {
      'credit/debitcard': 'card', // 000 fee table, first row
      card: 'card',
      信用卡: 'card',
      trustly: 'trustly', // "Online Transfer Trustly"
      onlinetransfer: 'trustly',
      onlinebankpayment欧洲: 'obp-eu', // "Online Bank Payment 欧洲账户"
      onlinebankpaymenteu: 'obp-eu',
      onlinebankpaymenteurope: 'obp-eu',
      onlinebankpayment: 'obp-us', // bare "Online Bank Payment" (000 step 2): the USD (US account) one
      国内电汇: 'tt-local', // "Wire Transfer- T/T 国内电汇"
      'domestict/t': 'tt-local',
      localt: 'tt-local',
      国际电汇: 'tt-intl',
      't/t': 'tt-intl', // bare T/T / 电汇 on the form is the international wire
      电汇: 'tt-intl',
      wiretransfer: 'tt-intl',
      westernunion: 'western-union',
      西联: 'western-union',
      boleto: 'boleto',
      信用证: 'lc',
      'l/c': 'lc',
      letterofcredit: 'lc',
      托收: 'dp', // "托收 (D/P)", e收汇 only
      'd/p': 'dp',
      documentsagainstpayment: 'dp',
    },
    marker: true,
    expected: true,
  },
  {
    key: 'advance',
    kinds: ['input', 'display'],
    labels: {
      zh: ['预付款金额', '预付款'], // 000 "预付款金额: USD 0.00 请输入预付款"
      en: ['advancepayment', 'advanceamount', 'initialpayment', 'advance', 'deposit'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'balance',
    kinds: ['input', 'display'],
    labels: {
      zh: ['尾款金额', '尾款'], // 000 "尾款金额: USD 2,500.00" (computed, shown as text)
      en: ['balancepayment', 'balanceamount', 'balance', 'finalpayment'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'order_total',
    kinds: ['display', 'input'],
    labels: {
      zh: ['订单总价', '订单总额', '订单价格', '订单金额'], // "订单总价: USD 2,500.00", "订单价格 USD 2,500.00"
      en: ['ordertotal', 'totalorderamount', 'orderamount', 'orderprice', 'totalamount'],
    },
    marker: true,
    expected: true,
  },
  {
    key: 'remark',
    kinds: ['input'],
    labels: {
      zh: ['订单备注', '备注'], // 000 step 3 "订单备注 选填 … 0/2000"
      en: ['orderremarks', 'orderremark', 'remarks', 'remark', 'ordernotes', 'notes', 'note'],
    },
    expected: true,
  },
];

/**
 * Fallback for order_type when the form has no type control: words in the page's headings / title.
 * "起草信用保障订单" (000 第一步 menu) vs an e收汇 draft; checked in this order.
 */
export const ORDER_TYPE_HEADINGS = {
  selectors: ['h1', 'h2', 'h3', '.next-breadcrumb', '[class*="title"]', 'title'],
  values: { e收汇: 'DPO', directpay: 'DPO', 信用保障: 'TA', tradeassurance: 'TA' } as Readonly<
    Record<string, string>
  >,
} as const;

/** Text a select / date picker shows while nothing is chosen: read as "" (given, empty). */
export const PLACEHOLDERS: readonly string[] = [
  '请选择', // Fusion default zh
  '请输入',
  '选择日期',
  'pleaseselect', // Fusion default en
  'select',
  'selectdate',
  '--',
];

/** Selector alternatives, each a list tried in order. */
export const SELECTORS = {
  /** Single-value controls that are candidates for a field. */
  inputs: [
    'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit]):not([type=button]):not([type=file]):not([type=image]):not([type=reset])',
    'textarea',
    '[contenteditable="true"]', // rich remark editors
  ],
  /** Select widgets; an input inside one of these is the widget's search box, not a field. */
  selects: [
    'select', // native
    '.next-select', // Fusion Next Select
    '[role="combobox"]:not(input)', // ARIA combobox wrappers (other component kits)
  ],
  /** Groups of radios / checkboxes. */
  radioGroups: ['[role="radiogroup"]', '.next-radio-group'],
  checkboxGroups: ['.next-checkbox-group', '[role="group"]'],
  /** One option inside a group: where its text is. */
  optionWrappers: ['.next-radio-wrapper', '.next-checkbox-wrapper', 'label'],
  /**
   * Help text inside an option's label ("Self-export" + "You declare customs…"): not part of its name.
   * Class names that say so; an option label made of several elements is named by its first one.
   */
  optionHelp: ['[class*="hint"]', '[class*="help"]', '[class*="desc"]', '[class*="tip"]', '[class*="extra"]'],
  /** Fusion Next Form.Item and its parts (the ordered strategy's 4th step). */
  formItem: ['.next-form-item', '.ant-form-item'], // Fusion Next; Ant Design (same layout, other prefix)
  formItemLabel: ['.next-form-item-label', '.ant-form-item-label'],
  formItemControl: ['.next-form-item-control', '.ant-form-item-control'],
  /** Where a Fusion Select shows its chosen value. */
  selectValue: ['.next-select-values em', '.next-select-value', 'em[title]'],
  /** A Fusion Select's clickable part, for the one-click fills. */
  selectTrigger: ['.next-select-trigger', '.next-select-inner', '.next-select'],
  /** Open dropdown options (Fusion renders them in an overlay at the end of <body>). */
  selectOptions: [
    '.next-overlay-wrapper.opened .next-menu-item',
    '.next-overlay-wrapper .next-menu-item',
    '.next-select-menu [role="option"]',
    '[role="listbox"] [role="option"]',
  ],
  /** Elements inside an input group that show a currency ("USD" before "0.00"). */
  currencyAddon: ['.next-input-group-addon', '.next-input-addon', '[class*="addon"]', '[class*="prefix"]'],
  /** Chosen values of a multiple-choice Fusion Select (tags). */
  selectTags: [
    '.next-select-values .next-tag .next-tag-body',
    '.next-select-values .next-tag',
    '.next-tag-body',
  ],
  /** Text that is a shown amount ("USD 2,500.00", "US $12", "¥480", "USD --" while not computable). */
  amountText: /^(?:[A-Z]{3}|US\s?\$|[$¥￥€])?\s*(?:-?[\d,，]+(?:\.\d+)?|--)$/,
  /** A table row (product line). */
  row: ['tr', '[role="table"] [role="row"]', '[role="grid"] [role="row"]'],
  /** Table column headers for a product-line cell. */
  columnHeaders: ['thead th', '[role="columnheader"]', '.next-table-header th'],
  /** Never treat these as fields: our own UI and the page's buttons. */
  ignore: ['[data-ta-toolkit]', 'button', '[type=submit]'],
} as const;

/**
 * Lowercase, NFKC, drop spaces, hyphens, colons, asterisks, question marks and brackets around units
 * ("Self-export" and "self export" are one spelling).
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s:：*?？\-‐–_]+/g, '')
    .replace(/[()（）[\]【】]/g, '');
}
