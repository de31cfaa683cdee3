import { EXPORT_MODES, PAYMENT_METHODS } from '@ta-toolkit/core';
import { COLUMNS } from '@ta-toolkit/core/sheet/columns';
import { INCOTERMS_2020 } from '@ta-toolkit/core/tables/incoterms';
import type { Lang, Message, OrderField } from '@ta-toolkit/core/types';

/**
 * The "Insert order template" sheet: order-sheet headers in one language, dropdowns for enumerated columns,
 * example rows. Dropdown values are spellings core accepts (sheets-addon/test/template.test.ts runs every one
 * through core), so a chosen value never produces a finding by itself.
 */
export interface TemplateSpec {
  sheetName: string;
  headers: string[];
  examples: (string | number)[][];
  validations: { field: OrderField; col: number; values: string[]; allowOther: boolean; help: string }[];
  done: Message;
}

type Lists = Partial<Record<OrderField, { en: string[]; zh: string[]; allowOther?: boolean }>>;

function lists(): Lists {
  return {
    order_type: { en: ['TA', 'DPO'], zh: ['信用保障', 'e收汇'] },
    drafted_by: { en: ['seller', 'buyer'], zh: ['卖家', '买家'] },
    currency: { en: ['USD', 'CNY'], zh: ['USD', 'CNY'] },
    payment_method: {
      en: PAYMENT_METHODS.map((m) => m.id),
      zh: PAYMENT_METHODS.map((m) => m.id),
    },
    card_brand: { en: ['visa', 'mastercard', 'amex'], zh: ['visa', 'mastercard', 'amex'], allowOther: true },
    card_region: { en: ['apac', 'other'], zh: ['亚太', '其他'] },
    export_mode: { en: EXPORT_MODES.map((m) => m.id), zh: EXPORT_MODES.map((m) => m.name.zh) },
    logistics: { en: ['platform', 'third-party'], zh: ['平台物流', '第三方'] },
    trade_term: { en: [...INCOTERMS_2020], zh: [...INCOTERMS_2020], allowOther: true },
    withdraw_currency: { en: ['USD', 'CNY'], zh: ['USD', 'CNY'] },
    withdraw_to: { en: ['corporate', 'personal'], zh: ['对公', '法人个人'] },
    withdraw_from: { en: ['onetouch', 'self'], zh: ['一达通出口账户', '自主出口账户'] },
  };
}

/** Example orders, by field; `zh` overrides per language (enumerated values in that language's spelling). */
const EXAMPLES: {
  en: Partial<Record<OrderField, string | number>>;
  zh: Partial<Record<OrderField, string | number>>;
}[] = [
  {
    en: {
      order_ref: 'PO-1001',
      order_type: 'TA',
      drafted_by: 'seller',
      buyer_email: 'buyer@example.com',
      destination: 'US',
      currency: 'USD',
      unit_price: 25,
      quantity: 100,
      product_total: 2500,
      freight: 0,
      insurance: 0,
      order_total: 2500,
      advance: 2500,
      payment_method: 'tt-intl',
      export_mode: 'self',
      logistics: 'platform',
      shipping_method: 'sea',
      trade_term: 'FOB',
      shipping_address: '100 Main St, Los Angeles, CA',
      ship_within_days: 15,
      remark: '',
    },
    zh: {
      order_type: '信用保障',
      drafted_by: '卖家',
      destination: '美国',
      logistics: '平台物流',
      shipping_method: '海运',
    },
  },
  {
    en: {
      order_ref: 'PO-1002',
      order_type: 'TA',
      drafted_by: 'seller',
      buyer_email: 'anna@example.de',
      destination: 'DE',
      currency: 'USD',
      unit_price: 12.5,
      quantity: 400,
      product_total: 5000,
      freight: 300,
      insurance: 20,
      order_total: 5320,
      advance: '30%',
      balance: 3724,
      payment_method: 'tt-intl',
      export_mode: 'self',
      logistics: 'third-party',
      shipping_method: 'air',
      trade_term: 'CIF',
      shipping_address: 'Hauptstr. 1, Berlin',
      ship_within_days: 20,
    },
    zh: {
      order_type: '信用保障',
      drafted_by: '卖家',
      destination: '德国',
      logistics: '第三方',
      shipping_method: '空运',
    },
  },
  {
    en: {
      order_ref: 'PO-1003',
      order_type: 'DPO',
      drafted_by: 'seller',
      buyer_email: 'li@example.co.uk',
      destination: 'GB',
      currency: 'USD',
      unit_price: 8,
      quantity: 1000,
      order_total: 8000,
      advance: 8000,
      payment_method: 'tt-intl',
      export_mode: 'onetouch',
      shipping_method: 'sea',
      trade_term: 'FOB',
      shipping_address: '1 King St, London',
      ship_within_days: 30,
      withdraw_amount: 8000,
      withdraw_currency: 'USD',
      withdraw_to: 'corporate',
    },
    zh: {
      order_type: 'e收汇',
      drafted_by: '卖家',
      destination: '英国',
      shipping_method: '海运',
      withdraw_to: '对公',
    },
  },
];

export function templateSpec(lang: Lang): TemplateSpec {
  const columns = COLUMNS;
  const headers = columns.map((c) => (lang === 'zh' ? c.zh : c.field));
  const l = lists();
  const validations: TemplateSpec['validations'] = [];
  columns.forEach((c, col) => {
    const list = l[c.field];
    if (!list) return;
    validations.push({
      field: c.field,
      col,
      values: list[lang],
      allowOther: list.allowOther ?? false,
      help:
        lang === 'zh'
          ? `${c.zh}：请从列表中选择${list.allowOther ? '（也可填写其他值）' : ''}`
          : `${c.label.en}: pick a value from the list${list.allowOther ? ' (other values allowed)' : ''}`,
    });
  });
  const export_zh = new Map(EXPORT_MODES.map((m) => [m.id as string, m.name.zh]));
  const examples = EXAMPLES.map((ex) => {
    const row: Partial<Record<OrderField, string | number>> = { ...ex.en, ...(lang === 'zh' ? ex.zh : {}) };
    if (lang === 'zh' && typeof row.export_mode === 'string')
      row.export_mode = export_zh.get(row.export_mode) ?? row.export_mode;
    return columns.map((c) => row[c.field] ?? '');
  });
  return {
    sheetName: lang === 'zh' ? '信保订单' : 'TA orders',
    headers,
    examples,
    validations,
    done: {
      en: 'Order template inserted: fill one order per row, then Check orders.',
      zh: '已插入订单模板：每行填写一个订单，然后点击“检查订单”。',
    },
  };
}
