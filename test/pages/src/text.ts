/**
 * Texts of the four after-the-draft replicas, in both languages. Chinese follows the seller course
 * (seed 000: order list, "关联外汇" step 5, "订单提现" step 6); English is our own translation (the real
 * English pages could not be reached).
 */

export type PagesLang = 'zh' | 'en';
export type Bi = { zh: string; en: string };

/** A fixture value that is either one text for both languages or a pair. */
export function local(v: string | Bi, lang: PagesLang): string {
  return typeof v === 'string' ? v : v[lang];
}

export const ORDER_STATUS: Record<string, Bi> = {
  WAIT_SELLER_ACCEPT: { zh: '待卖家接单', en: 'Awaiting your acceptance' },
  WAIT_BUYER_CONFIRM: { zh: '待确认', en: 'To be confirmed' },
  WAIT_BUYER_PAY_ADVANCE: { zh: '待买家支付预付款', en: 'Awaiting advance payment' },
  WAIT_BUYER_PAY_BALANCE: { zh: '待买家支付尾款', en: 'Awaiting balance payment' },
  WAIT_SELLER_SEND_GOODS: { zh: '待卖家发货', en: 'Awaiting shipment' },
  TRADE_FINISHED: { zh: '已完成', en: 'Completed' },
};

export const EXPORT_MODE: Record<string, Bi> = {
  self: { zh: '自营出口', en: 'Self-export' },
  convenient: { zh: '便捷发货', en: 'Convenient shipping' },
  onetouch: { zh: '一达通代理出口', en: 'OneTouch agent export' },
};

export const SHIPPING_METHOD: Record<string, Bi> = {
  express: { zh: '快递', en: 'Express' },
  sea: { zh: '海运', en: 'Sea freight' },
};

export const L = {
  listTitle: { zh: '所有订单', en: 'All orders' },
  tabs: [
    { zh: '全部', en: 'All' },
    { zh: '待确认 5', en: 'To confirm 5' },
    { zh: '待支付 16', en: 'To pay 16' },
    { zh: '待发货 8', en: 'To ship 8' },
    { zh: '待收货 3', en: 'In transit 3' },
    { zh: '售后/退款 2', en: 'After-sales/refund 2' },
    { zh: '已完成/已关闭 99+', en: 'Done/closed 99+' },
  ],
  search: {
    zh: '订单号、邮箱、姓名、用户账号、标注、产品名称',
    en: 'Order no., email, name, account, tag, product',
  },
  orderNo: { zh: '订单编号:', en: 'Order No.:' },
  viewOrder: { zh: '查看订单', en: 'View order' },
  chatNow: { zh: 'Chat Now!', en: 'Chat Now!' },
  itemCount: { zh: '总计: 1 种商品', en: 'Total: 1 product' },
  advanceOf: { zh: '预付款', en: 'Advance' },
  toDest: { zh: '至', en: 'To' },
  shipBy: { zh: '{date}前发货', en: 'Ship by {date}' },
  acceptOrder: { zh: '修改并接单', en: 'Edit and accept' },
  rejectOrder: { zh: '拒绝订单', en: 'Reject order' },
  paymentLink: { zh: '查看付款链接', en: 'View payment link' },
  editOrder: { zh: '修改订单', en: 'Edit order' },
  ship: { zh: '去发货', en: 'Ship now' },
  linkFx: { zh: '关联外汇', en: 'Link T/T funds' },
  loading: { zh: '加载中…', en: 'Loading…' },

  detailTitle: { zh: '订单详情', en: 'Order details' },
  detailOrder: { zh: '订单基本信息', en: 'Order information' },
  detailShipping: { zh: '运输条款', en: 'Shipping terms' },
  detailFund: { zh: '资金信息', en: 'Payment' },

  fundTitle: { zh: '外汇关联/申报', en: 'Link T/T receipts' },
  fundTabs: [
    { zh: '全部', en: 'All' },
    { zh: '待关联', en: 'To link' },
    { zh: '已关联', en: 'Linked' },
  ],
  fundNotice: {
    zh: 'T/T到账系统未做关联的，需您手动匹配关联，关联后额度充足的情况下立即放款，不允许更改或撤销关联。',
    en: 'T/T receipts the system did not link must be linked by hand. Once linked, the money is released at once if the quota allows; a link cannot be changed or undone.',
  },
  receivedAt: { zh: '到账时间', en: 'Received' },
  payer: { zh: '付款人', en: 'Payer' },
  account: { zh: '收款账号', en: 'Receiving account' },
  received: { zh: '到账金额', en: 'Amount received' },
  linked: { zh: '已关联', en: 'Linked' },
  pending: { zh: '待关联', en: 'To link' },
  action: { zh: '操作', en: 'Action' },
  linkOrder: { zh: '关联订单', en: 'Link to order' },
  linkPanel: { zh: '关联信用保障订单', en: 'Link to a Trade Assurance order' },
  receivedLine: { zh: '到账金额：', en: 'Amount received: ' },
  pendingLine: { zh: '待关联：', en: 'To link: ' },
  memoLine: { zh: '汇款附言：', en: 'Remittance info: ' },
  orderId: { zh: '订单号', en: 'Order number' },
  orderDate: { zh: '下单日期', en: 'Order date' },
  salesperson: { zh: '所属业务员', en: 'Salesperson' },
  registeredPayer: { zh: '备案付款人', en: 'Registered payer' },
  orderAmount: { zh: '订单金额', en: 'Order amount' },
  orderAdvance: { zh: '订单预付款', en: 'Advance' },
  orderBalance: { zh: '订单尾款', en: 'Balance' },
  linkAdvance: { zh: '关联预付款', en: 'Link to advance' },
  linkBalance: { zh: '关联尾款', en: 'Link to balance' },
  confirmAmount: { zh: '确认关联金额', en: 'Amount to link' },
  confirmText: {
    zh: '确认将 {usd} 关联至订单{part}？关联后不能修改或撤销。',
    en: 'Link {usd} to the order’s {part}? A link cannot be changed or undone.',
  },
  partAdvance: { zh: '预付款', en: 'advance' },
  partBalance: { zh: '尾款', en: 'balance' },
  confirmLink: { zh: '确认关联', en: 'Confirm link' },
  cancelLink: { zh: '取消关联', en: 'Cancel' },
  dpoNote: {
    zh: 'e收汇订单无信用保障额度限制买家确认交易合同且卖家资货比在合理区间内即可按实收金额关联提现。',
    en: 'Direct Pay orders have no Trade Assurance quota limit: once the buyer has confirmed the contract and the funds-to-goods ratio is reasonable, the amount actually received can be linked and withdrawn.',
  },

  withdrawTitle: { zh: '发起提现/转款', en: 'Withdraw / transfer' },
  withdrawNav: {
    zh: '提现/转款 | 提现/转款账号 | 缴费 | 缴费服务管理 | 资金明细 | 对账单 | 资金管理',
    en: 'Withdraw/transfer | Accounts | Payments | Payment services | Statement | Reconciliation | Funds',
  },
  from: { zh: '提现账户:', en: 'Withdraw from:' },
  currency: { zh: '提现币种:', en: 'Currency:' },
  toAccount: { zh: '收款账号:', en: 'Receiving account:' },
  amount: { zh: '提现金额:', en: 'Amount:' },
  net: { zh: '实际到账金额:', en: 'Amount received:' },
  netHint: { zh: '需扣除手续费', en: 'after the withdrawal fee' },
  password: { zh: '提现密码:', en: 'Withdrawal password:' },
  memo: { zh: '附言:', en: 'Note:' },
  remittance: { zh: '汇款附言', en: 'Remittance info' },
  memoHint: {
    zh: '附言可填写联系方式或填写资金更快到账并能通知到您。',
    en: 'Add contact details so we can reach you about the transfer.',
  },
  submit: { zh: '确认并提交申请', en: 'Confirm and submit' },
  selfAccount: { zh: '自主出口账户', en: 'Self-export account' },
  onetouchAccount: { zh: '一达通出口账户', en: 'OneTouch export account' },
  corporate: { zh: '境内对公账户', en: 'Domestic corporate account' },
  personal: { zh: '境内法定代表人个人账户', en: "Legal representative's personal account (mainland)" },
  usd: { zh: '美元 USD', en: 'US dollar USD' },
  cny: { zh: '人民币 CNY', en: 'Chinese yuan CNY' },
  choose: { zh: '请选择', en: 'Please select' },
  accountsNote: {
    zh: '自主出口账户用于管理不使用一达通抬头出口的信用保障订单货款；一达通出口账户用于管理使用一达通抬头出口的订单货款',
    en: 'The self-export account holds the money of Trade Assurance orders not exported under OneTouch; the OneTouch export account holds the money of orders exported under OneTouch.',
  },
  feeTable: {
    head: [
      { zh: '账户类型', en: 'Account' },
      { zh: '提现币种', en: 'Currency' },
      { zh: '提现账户', en: 'To' },
      { zh: '提现手续费', en: 'Fee' },
      { zh: '到账时间', en: 'Arrives' },
      { zh: '金额限制', en: 'Limit' },
    ],
    rows: [
      [
        { zh: '一达通出口账户', en: 'OneTouch export' },
        { zh: '人民币', en: 'CNY' },
        { zh: '境内对公账户', en: 'domestic corporate' },
        { zh: '无', en: 'none' },
        { zh: '1个工作日', en: '1 business day' },
        { zh: '不限', en: 'none' },
      ],
      [
        { zh: '', en: '' },
        { zh: '美金', en: 'USD' },
        { zh: '境内对公账户', en: 'domestic corporate' },
        { zh: '$15/笔', en: '$15 per withdrawal' },
        { zh: '1-2工作日', en: '1–2 business days' },
        { zh: '单笔提现限额$ 500万', en: '$5,000,000 per withdrawal' },
      ],
      [
        { zh: '自主出口账户', en: 'Self-export' },
        { zh: '人民币', en: 'CNY' },
        { zh: '境内对公账户', en: 'domestic corporate' },
        { zh: '无', en: 'none' },
        { zh: '1个工作日', en: '1 business day' },
        { zh: '不限', en: 'none' },
      ],
      [
        { zh: '', en: '' },
        { zh: '', en: '' },
        { zh: '境内法定代表人个人账户', en: "legal rep.'s personal" },
        { zh: '结汇金额*0.17%', en: '0.17% of the settled amount' },
        { zh: '1-4工作日', en: '1–4 business days' },
        { zh: '单笔提现限额$5万，不限笔数', en: '$50,000 per withdrawal, any number' },
      ],
    ],
  },
  feeNotes: [
    { zh: '*港台客户仅支持美元提现。', en: '*Hong Kong and Taiwan members withdraw in USD only.' },
    {
      zh: '*已认证免费会员人民币提现时，对公、对私手续费均为结汇金额（美金）*0.5%',
      en: '*Verified free members pay 0.5% of the settled (USD) amount on CNY withdrawals, corporate and personal alike.',
    },
  ],
  dpoWithdraw: {
    zh: 'e收汇订单支持美金和人民币对公提现。',
    en: 'Direct Pay money can be withdrawn in USD or CNY to a corporate account.',
  },
} as const;

export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
