import { pct, type Ratio } from '../money/ratio.ts';
import type { CurrencyCode, Message } from '../types.ts';
import { foldKey as key, type OrderTypeId } from './payment-methods.ts';

/**
 * Export modes and the seller's service fee: rules.md §5, from 000 第二步 "出口方式".
 */
export type ExportModeId = 'self' | 'onetouch' | 'convenient' | 'market';

export type ServiceFeeSpec =
  | {
      kind: 'percent-capped';
      /** Rate by logistics; with no logistics value the fee is the range low..high (each capped). */
      platform: Ratio;
      thirdParty: Ratio;
      /** A user-configured settings.serviceFeeRate replaces both (rules.md §5). */
      overridable: boolean;
      cap: { currency: CurrencyCode; minor: number };
    }
  | { kind: 'not-stated' };

export interface ExportMode {
  id: ExportModeId;
  name: Message;
  aliases: readonly string[];
  orderTypes: readonly OrderTypeId[];
  /** Withdrawal account the order's money lands in (000 第六步). */
  account: 'onetouch' | 'self';
  /** Only for orders up to this many USD minor units (convenient shipping). */
  maxOrderUsdMinor: number | null;
  serviceFee: ServiceFeeSpec;
  condition: Message;
  source: string;
  asOf: string;
}

const STEP2 = '000 第二步 出口方式';

export const EXPORT_MODES: readonly ExportMode[] = [
  {
    id: 'self',
    name: { en: 'Self-export', zh: '自营出口' },
    aliases: ['self export', 'self-export', 'own export', '自营', '自营出口'],
    orderTypes: ['TA', 'DPO'],
    account: 'self',
    maxOrderUsdMinor: null,
    // 交易服务费 1-2%, 上限 USD 100. Which of 1%/2%: Alibaba buyer FAQ 20111762 (newer): 1% with
    // Alibaba.com Logistics, 2% with third-party logistics, capped at USD 100.
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1'),
      thirdParty: pct('2'),
      overridable: true,
      cap: { currency: 'USD', minor: 10_000 },
    },
    condition: { en: 'The seller declares customs under its own name.', zh: '卖家以自己的名义报关出口。' },
    source: `${STEP2}: 自营出口 (1–2%, cap USD 100; 1%/2% by logistics per buyer FAQ 20111762)`,
    asOf: '2021-06',
  },
  {
    id: 'onetouch',
    name: { en: 'OneTouch agent export', zh: '一达通代理出口' },
    aliases: [
      'onetouch',
      'one touch',
      'one-touch',
      'OneTouch export',
      'onetouch agent export',
      '一达通',
      '一达通出口',
      '一达通代理出口',
    ],
    orderTypes: ['TA', 'DPO'],
    account: 'onetouch',
    maxOrderUsdMinor: null,
    // 一达通基础服务费 1.2%, 上限 480 元. Not overridable: serviceFeeRate replaces the 1%/2% choice only.
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1.2'),
      thirdParty: pct('1.2'),
      overridable: false,
      cap: { currency: 'CNY', minor: 48_000 },
    },
    condition: {
      en: 'Products must first pass OneTouch export review.',
      zh: '商品须先通过一达通出口产品审核。',
    },
    source: `${STEP2}: 一达通代理出口 (1.2%, cap RMB 480)`,
    asOf: '2021-06',
  },
  {
    id: 'convenient',
    name: { en: 'Convenient shipping', zh: '便捷发货' },
    aliases: ['convenient', 'convenient shipping', 'easy shipping', '便捷发货', '便捷发货出口', '便捷'],
    // Not for DPO (rules.md §2, 000 信保准入 table).
    orderTypes: ['TA'],
    account: 'self',
    maxOrderUsdMinor: 500_000, // 信用保障订单金额 USD 5,000.00以内
    serviceFee: {
      kind: 'percent-capped',
      platform: pct('1'),
      thirdParty: pct('2'),
      overridable: true,
      cap: { currency: 'USD', minor: 10_000 },
    },
    condition: {
      en: 'TA orders of at most USD 5,000; the seller submits logistics proof.',
      zh: '信用保障订单金额 5,000 美元以内；卖家提交物流凭证。',
    },
    source: `${STEP2}: 便捷发货 (1–2%, cap USD 100; 1%/2% by logistics per buyer FAQ 20111762)`,
    asOf: '2021-06',
  },
  {
    id: 'market',
    name: { en: 'Market-procurement export', zh: '市场采购出口' },
    aliases: [
      'market procurement',
      'market-procurement export',
      'market procurement export',
      '市场采购',
      '市场采购出口',
    ],
    orderTypes: ['TA', 'DPO'],
    account: 'self',
    maxOrderUsdMinor: null,
    serviceFee: { kind: 'not-stated' }, // the sources give no fee for this mode
    condition: { en: '—', zh: '—' },
    source: `${STEP2}: 市场采购出口 (no fee stated)`,
    asOf: '2021-06',
  },
];

const modeIndex = new Map<string, ExportModeId>();
for (const m of EXPORT_MODES) {
  modeIndex.set(m.id, m.id);
  modeIndex.set(key(m.name.en), m.id);
  modeIndex.set(key(m.name.zh), m.id);
  for (const a of m.aliases) modeIndex.set(key(a), m.id);
}
const modeById = new Map<string, ExportMode>(EXPORT_MODES.map((m) => [m.id, m]));

/** An export-mode id or name (English or Chinese, any case/width/spacing) -> id; null when unknown. */
export function resolveExportMode(text: string | undefined | null): ExportModeId | null {
  if (text === undefined || text === null) return null;
  return modeIndex.get(text) ?? modeIndex.get(key(text)) ?? null;
}

export function getExportMode(id: string): ExportMode | undefined {
  return modeById.get(id);
}
