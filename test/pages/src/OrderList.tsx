import { Button, Checkbox, Input, Tab } from '@alifd/next';
import { useEffect, useState } from 'react';
import { EXPORT_MODE, fill, L, local, ORDER_STATUS, type PagesLang, SHIPPING_METHOD } from './text';

/** One order of /list/ajax/ta/mainv2.json (the fixture test/fixtures/pages/mainv2.json). */
export interface ListOrder {
  orderId: string;
  gmtCreate: string;
  status: string;
  buyerCountry: string;
  unitPrice: string;
  quantity: number;
  totalAmount: string;
  advanceAmount: string;
  exportMode: string;
  shippingMethod: string;
  destination: string;
  shipDeadline: string | null;
}

/** The order list ("所有订单"): like the real page, it loads its orders from /list/ajax/ta/mainv2.json. */
export function OrderList({ lang, onLoaded }: { lang: PagesLang; onLoaded: (n: number) => void }) {
  const [orders, setOrders] = useState<ListOrder[] | null>(null);
  useEffect(() => {
    void fetch('/list/ajax/ta/mainv2.json')
      .then((r) => r.json() as Promise<{ data: { list: ListOrder[] } }>)
      .then((body) => {
        setOrders(body.data.list);
        onLoaded(body.data.list.length);
      });
  }, [onLoaded]);
  const t = (b: { zh: string; en: string }) => b[lang];
  return (
    <div className="pages-shell">
      <h2>{t(L.listTitle)}</h2>
      <Tab shape="pure">
        {L.tabs.map((tab) => (
          <Tab.Item key={tab.en} title={t(tab)} />
        ))}
      </Tab>
      <div className="order-search">
        <Input hasClear placeholder={t(L.search)} style={{ width: 420 }} />
      </div>
      {orders === null ? (
        <p>{t(L.loading)}</p>
      ) : (
        <div className="order-list">
          {orders.map((o) => (
            <OrderCard key={o.orderId} order={o} lang={lang} />
          ))}
        </div>
      )}
    </div>
  );
}

function OrderCard({ order: o, lang }: { order: ListOrder; lang: PagesLang }) {
  const t = (b: { zh: string; en: string }) => b[lang];
  const status = ORDER_STATUS[o.status];
  const mode = EXPORT_MODE[o.exportMode];
  const method = SHIPPING_METHOD[o.shippingMethod];
  return (
    <div className="order-item">
      <div className="order-head">
        <Checkbox>
          {t(L.orderNo)} <span className="order-id">{o.orderId}</span>
        </Checkbox>
        <span className="order-date">{o.gmtCreate}</span>
        <Button text type="primary">
          {t(L.viewOrder)}
        </Button>
      </div>
      <div className="order-body">
        <div className="order-buyer">
          <div>{o.buyerCountry}</div>
          <Button text>{t(L.chatNow)}</Button>
        </div>
        <div className="order-product">
          {o.unitPrice} x {o.quantity}
          <div>{t(L.itemCount)}</div>
        </div>
        <div className="order-amount">
          <strong>{o.totalAmount}</strong>
          <div>
            ({t(L.advanceOf)} {o.advanceAmount})
          </div>
        </div>
        <div className="order-shipping">
          {mode ? <div>{t(mode)}</div> : null}
          {method ? <div>{t(method)}</div> : null}
          <div>
            {t(L.toDest)} {o.destination}
          </div>
        </div>
        <div className="order-status">
          <div className="status-text">{status ? t(status) : o.status}</div>
          {o.shipDeadline && o.status === 'WAIT_SELLER_SEND_GOODS' ? (
            <div className="ship-by">{fill(t(L.shipBy), { date: o.shipDeadline })}</div>
          ) : null}
        </div>
        <div className="order-actions">{actions(o.status, lang)}</div>
      </div>
    </div>
  );
}

function actions(status: string, lang: PagesLang) {
  const button = (b: { zh: string; en: string }, primary = false) => (
    <Button key={b.en} size="small" type={primary ? 'primary' : 'normal'}>
      {local(b, lang)}
    </Button>
  );
  switch (status) {
    case 'WAIT_SELLER_ACCEPT':
      return [button(L.acceptOrder, true), button(L.rejectOrder)];
    case 'WAIT_BUYER_PAY_ADVANCE':
    case 'WAIT_BUYER_PAY_BALANCE':
      return [button(L.linkFx), button(L.paymentLink), button(L.editOrder)];
    case 'WAIT_SELLER_SEND_GOODS':
      return [button(L.ship, true), button(L.editOrder)];
    default:
      return [];
  }
}
