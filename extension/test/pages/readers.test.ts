// @vitest-environment happy-dom
/**
 * The features read pages whose markup is unknown by what they show: plain markup (not the replicas'
 * Fusion components) written from the seed's texts, so the readers are shown not to depend on one markup.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readDialog, readOrderRows, readReceipt, watchLinkActions } from '../../src/features/fund-page.ts';
import { readOrderList } from '../../src/features/order-list-badges.ts';
import { readVisionSchema } from '../../src/features/vision-schema.ts';
import { readWithdrawal } from '../../src/features/withdrawal-form.ts';

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** Puts `html` in the page as parsed, inert markup (the repository's rule: no HTML sink takes a string). */
function show(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(doc.body.childNodes));
}

/** A document holding `html`, its scripts not run (as the content script finds the page's). */
const parsed = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('readVisionSchema', () => {
  it('cuts the object out of the inline script, braces and quotes inside strings included', () => {
    const doc = parsed(`<script>var x = 1;</script><script>
      window.g_config = {a: 1};
      window.VISION_SCHEMA = {"fund_1": {"label": "预估交易服务费", "value": "USD 25.00", "note": "a } and a \\" and {"}};
      window.other = 2;</script>`);
    expect(readVisionSchema(doc)).toEqual({
      fund_1: { label: '预估交易服务费', value: 'USD 25.00', note: 'a } and a " and {' },
    });
  });

  it('gives null, without throwing, for an object literal that is not JSON, a cut-off script or none', () => {
    for (const body of [
      '<script>window.VISION_SCHEMA = {fund_1: {value: 1}};</script>',
      '<script>window.VISION_SCHEMA = {"fund_1": {"value": 1}</script>',
      '<script src="x.js"></script><p>VISION_SCHEMA = {"a": 1}</p>',
    ]) {
      expect(readVisionSchema(parsed(body))).toBeNull();
    }
  });
});

describe('readOrderList', () => {
  it('finds each card by its order number, its state, its date and "前发货" date, in cells glued together', () => {
    show(`
      <ul class="tabs"><li>待支付 16</li><li>待发货 8</li></ul>
      <table>
        <tr><td>☐ 订单编号: <b>31189390501026709</b></td><td>2020-03-03</td><td>待买家支付预付款</td></tr>
        <tr><td>☐ 订单编号: <b>31189390501026710</b></td><td>2021-05-24</td><td><div>待卖家发货</div><div>2021-06-18前发货</div></td></tr>
        <tr><td>☐ 订单编号: <b>31189390501026711</b></td><td>2021-05-22</td><td>待买家支付尾款</td></tr>
      </table>`);
    const orders = readOrderList(document);
    expect(orders.map((o) => [o.order, o.pay, o.ship, o.status.textContent])).toEqual([
      ['31189390501026709', { deadline: '2020-03-18' }, null, '待买家支付预付款'],
      ['31189390501026710', null, { deadline: '2021-06-18' }, '待卖家发货'],
    ]);
  });

  it('reads the English list too', () => {
    show(`
      <div class="o"><span>Order No.: 31189390501026712</span> <span>2021-06-01</span><p>Awaiting advance payment</p></div>
      <div class="o"><span>Order No.: 31189390501026713</span> <span>2021-05-01</span><p>Awaiting shipment</p><p>Ship by 2021-06-24</p></div>`);
    expect(
      readOrderList(document).map((o) => [o.order, o.pay?.deadline ?? null, o.ship?.deadline ?? null]),
    ).toEqual([
      ['31189390501026712', '2021-06-16', null],
      ['31189390501026713', null, '2021-06-24'],
    ]);
  });
});

describe('fund-linking page', () => {
  const PAGE = `
    <h3>关联信用保障订单</h3>
    <div class="receipt"><p>付款人: <b>xiaowachen</b></p><p>到账金额：US $2.00</p><p>待关联：US $0.63</p><p>汇款附言：PO 0531</p></div>
    <table>
      <thead><tr><th>订单号</th><th>下单日期</th><th>所属业务员</th><th>备案付款人</th><th>订单金额</th><th>订单预付款</th><th>订单尾款</th><th>操作</th></tr></thead>
      <tbody>
        <tr><td>12200015001000531</td><td>2019/03/27 09:58</td><td>Sophia Smith</td><td>Sophia Smith Trading LLC</td><td>US $1.20</td><td>US $1.00</td><td>US $0.20</td><td><a id="a531">关联预付款</a> <a id="b531">关联尾款</a></td></tr>
        <tr><td>12210000000000031</td><td>2019/03/25 22:15</td><td>monica</td><td></td><td>US $0.02</td><td>US $0.02</td><td>US $0.00</td><td><a>关联预付款</a></td></tr>
      </tbody>
    </table>`;

  it('reads the receipt being linked and the orders it may go to, by the table headers', () => {
    show(PAGE);
    const r = readReceipt(document);
    expect(r && { payer: r.payer, amount: r.amount, pending: r.pending, memo: r.memo }).toEqual({
      payer: 'xiaowachen',
      memo: 'PO 0531',
      amount: { minor: 200, currency: 'USD' },
      pending: { minor: 63, currency: 'USD' },
    });
    expect(readOrderRows(document).map(({ row: _row, ...o }) => o)).toEqual([
      {
        order: '12200015001000531',
        registeredPayer: 'Sophia Smith Trading LLC',
        advance: { minor: 100, currency: 'USD' },
        balance: { minor: 20, currency: 'USD' },
      },
      {
        order: '12210000000000031',
        registeredPayer: '',
        advance: { minor: 2, currency: 'USD' },
        balance: { minor: 0, currency: 'USD' },
      },
    ]);
  });

  it('the confirm dialog: the typed amount, the part it names and the order last clicked, and its 确认关联', () => {
    show(`${PAGE}
      <div role="dialog"><label>确认关联金额</label> <input id="amt" value="0.63">
        <p>确认将 US $0.63 关联至订单尾款？关联后不能修改或撤销。</p>
        <button id="ok">确认关联</button><button>取消关联</button></div>`);
    watchLinkActions(document);
    (document.getElementById('b531') as HTMLElement).click();
    const d = readDialog(document);
    expect(d && { typed: d.typed, part: d.part, order: d.order, confirm: d.confirm?.id }).toEqual({
      typed: '0.63',
      part: 'balance',
      order: '12200015001000531',
      confirm: 'ok',
    });
  });
});

describe('readWithdrawal', () => {
  it('reads native selects, radios and inputs by their labels (seed 000 step 6)', () => {
    show(`
      <div><label>* 提现账户:</label><select><option>自主出口账户</option><option selected>一达通出口账户</option></select></div>
      <div><label>* 提现币种:</label><label><input type="radio" name="c">人民币</label><label><input type="radio" name="c" checked>美金</label></div>
      <div><label>* 收款账号:</label><select><option selected>境内对公账户 ****6021</option></select></div>
      <div><label>* 提现金额:</label><input value="1,000.00"></div>
      <div><label>* 实际到账金额:</label><span>需扣除手续费</span></div>`);
    expect(readWithdrawal(document)).toEqual({
      account: 'onetouch',
      currency: 'USD',
      to: 'corporate',
      amount: '1,000.00',
    });
  });
});
