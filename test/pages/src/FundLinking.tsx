import { Button, Dialog, Input, Tab, Table } from '@alifd/next';
import { useState } from 'react';
import { fill, L, type PagesLang } from './text';

export interface Receipt {
  receiptId: string;
  receivedAt: string;
  payer: string;
  account: string;
  amount: string;
  linked: string;
  /** 汇款附言: the remittance information the bank passed on. */
  memo: string;
}

export interface LinkOrder {
  orderId: string;
  gmtCreate: string;
  salesperson: string;
  buyerName: string;
  registeredPayer: string;
  totalAmount: string;
  advanceAmount: string;
  balanceAmount: string;
}

export interface FundFixture {
  receipts: Receipt[];
  orders: LinkOrder[];
}

/** "USD 1.00" -> 100 (the fixture's own amounts; the page shows them as "US $1.00"). */
function cents(text: string): number {
  const m = /(\d+)\.(\d{2})/.exec(text);
  return m ? Number(m[1]) * 100 + Number(m[2]) : 0;
}
const usd = (c: number) => `US $${(c / 100).toFixed(2)}`;

interface Confirming {
  orderId: string;
  part: 'advance' | 'balance';
  amount: string;
}

/**
 * 外汇关联 (seed 000, step 5): the receipts list; "关联订单" opens the 关联信用保障订单 panel with the
 * orders; "关联预付款"/"关联尾款" opens the confirm dialog with the amount to link. Clicking 确认关联 is
 * counted (window.__pages.confirmClicks) and changes nothing else.
 */
export function FundLinking(props: { lang: PagesLang; data: FundFixture; onConfirm: () => void }) {
  const { lang, data } = props;
  const t = (b: { zh: string; en: string }) => b[lang];
  const [receiptId, setReceiptId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const receipt = data.receipts.find((r) => r.receiptId === receiptId) ?? null;
  const pending = receipt ? cents(receipt.amount) - cents(receipt.linked) : 0;

  return (
    <div className="pages-shell">
      <h2>{t(L.fundTitle)}</h2>
      <p className="fund-notice">① {t(L.fundNotice)}</p>
      <Tab shape="pure">
        {L.fundTabs.map((tab) => (
          <Tab.Item key={tab.en} title={t(tab)} />
        ))}
      </Tab>
      <Table dataSource={data.receipts} primaryKey="receiptId" className="receipts">
        <Table.Column title={t(L.receivedAt)} dataIndex="receivedAt" />
        <Table.Column title={t(L.payer)} dataIndex="payer" />
        <Table.Column title={t(L.account)} dataIndex="account" />
        <Table.Column title={t(L.received)} dataIndex="amount" />
        <Table.Column title={t(L.linked)} dataIndex="linked" />
        <Table.Column title={t(L.remittance)} dataIndex="memo" />
        <Table.Column
          title={t(L.pending)}
          cell={(_: unknown, __: number, r: Receipt) =>
            `USD ${((cents(r.amount) - cents(r.linked)) / 100).toFixed(2)}`
          }
        />
        <Table.Column
          title={t(L.action)}
          cell={(_: unknown, __: number, r: Receipt) =>
            cents(r.amount) > cents(r.linked) ? (
              <Button text type="primary" onClick={() => setReceiptId(r.receiptId)}>
                {t(L.linkOrder)}
              </Button>
            ) : null
          }
        />
      </Table>

      {receipt ? (
        <section className="link-panel">
          <h3>{t(L.linkPanel)}</h3>
          <div className="link-receipt">
            <span>
              {t(L.payer)}: <b className="receipt-payer">{receipt.payer}</b>
            </span>
            <span>
              {t(L.receivedLine)}
              <b className="receipt-amount">{usd(cents(receipt.amount))}</b>
            </span>
            <span>
              {t(L.pendingLine)}
              <b className="receipt-pending">{usd(pending)}</b>
            </span>
            <span>
              {t(L.memoLine)}
              <b className="receipt-memo">{receipt.memo}</b>
            </span>
          </div>
          <Table dataSource={data.orders} primaryKey="orderId" className="link-orders">
            <Table.Column title={t(L.orderId)} dataIndex="orderId" />
            <Table.Column title={t(L.orderDate)} dataIndex="gmtCreate" />
            <Table.Column title={t(L.salesperson)} dataIndex="salesperson" />
            <Table.Column title={t(L.registeredPayer)} dataIndex="registeredPayer" />
            <Table.Column
              title={t(L.orderAmount)}
              cell={(_: unknown, __: number, o: LinkOrder) => usd(cents(o.totalAmount))}
            />
            <Table.Column
              title={t(L.orderAdvance)}
              cell={(_: unknown, __: number, o: LinkOrder) => usd(cents(o.advanceAmount))}
            />
            <Table.Column
              title={t(L.orderBalance)}
              cell={(_: unknown, __: number, o: LinkOrder) => usd(cents(o.balanceAmount))}
            />
            <Table.Column
              title={t(L.action)}
              cell={(_: unknown, __: number, o: LinkOrder) => (
                <span className="link-actions">
                  {(['advance', 'balance'] as const).map((part) => (
                    <Button
                      key={part}
                      text
                      type="primary"
                      data-part={part}
                      onClick={() =>
                        setConfirming({ orderId: o.orderId, part, amount: (pending / 100).toFixed(2) })
                      }
                    >
                      {t(part === 'advance' ? L.linkAdvance : L.linkBalance)}
                    </Button>
                  ))}
                </span>
              )}
            />
          </Table>
          <p className="dpo-note">{t(L.dpoNote)}</p>
        </section>
      ) : null}

      <Dialog
        v2
        visible={confirming !== null}
        title={t(L.linkPanel)}
        onClose={() => setConfirming(null)}
        footer={
          <>
            <Button type="primary" className="confirm-link" onClick={props.onConfirm}>
              {t(L.confirmLink)}
            </Button>
            <Button onClick={() => setConfirming(null)}>{t(L.cancelLink)}</Button>
          </>
        }
      >
        {confirming ? (
          <div className="confirm-body" data-order={confirming.orderId} data-part={confirming.part}>
            <label htmlFor="linkAmount">{t(L.confirmAmount)}</label>{' '}
            <Input
              id="linkAmount"
              value={confirming.amount}
              onChange={(v) => setConfirming({ ...confirming, amount: String(v) })}
            />
            <p className="confirm-text">
              {fill(t(L.confirmText), {
                usd: `US $${confirming.amount}`,
                part: t(confirming.part === 'advance' ? L.partAdvance : L.partBalance),
              })}
            </p>
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
