import { Button, Checkbox, DatePicker, Form, Input, NumberPicker, Radio, Select, Table } from '@alifd/next';
import moment from 'moment';
import { type ComponentProps, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { centsToDisplay, centsToPlain, toCents } from './cents';
import type { FormState, ProductRow, ReplicaSnapshot } from './hook';
import { options, type ReplicaLang, texts } from './text';

export const INITIAL_STATE: FormState = {
  order_type: 'TA',
  payment_method: [],
  currency: 'USD',
  buyer_email: '',
  destination: '',
  shipping_address: '',
  shipping_method: '',
  trade_term: '',
  products: [{ key: 1, name: '', unit_price: '', quantity: 1 }],
  freight: '',
  insurance: '',
  ship_date_kind: 'days',
  ship_within_days: null,
  ship_by_date: null,
  export_mode: '',
  advance: '',
  value_added: false,
  remark: '',
};

/**
 * A draft saved earlier and opened again (`?draft=saved`): values already chosen when the page renders,
 * including a restricted destination (Egypt), so nothing passes through a placeholder first.
 */
export const SAVED_DRAFT: FormState = {
  ...INITIAL_STATE,
  payment_method: ['tt-intl'],
  buyer_email: 'buyer@example.com',
  destination: 'EG',
  shipping_address: '12 Tahrir Square, Cairo',
  shipping_method: 'sea',
  trade_term: 'FOB',
  products: [{ key: 1, name: 'Desk lamp', unit_price: '2500', quantity: 1 }],
  ship_within_days: 15,
  export_mode: 'self',
  advance: '750',
};

interface Computed {
  lines: (number | null)[];
  productTotal: number | null;
  orderTotal: number | null;
  balance: number | null;
}

function compute(s: FormState): Computed {
  const lines = s.products.map((p) => {
    const price = toCents(p.unit_price, false);
    if (price === null || p.quantity === null || !Number.isInteger(p.quantity)) return null;
    return price * p.quantity;
  });
  const productTotal = lines.some((l) => l === null) ? null : lines.reduce<number>((a, l) => a + (l ?? 0), 0);
  const freight = toCents(s.freight);
  const insurance = toCents(s.insurance);
  const orderTotal =
    productTotal === null || freight === null || insurance === null
      ? null
      : productTotal + freight + insurance;
  const advance = toCents(s.advance);
  const balance = orderTotal === null || advance === null ? null : orderTotal - advance;
  return { lines, productTotal, orderTotal, balance };
}

export function snapshot(s: FormState, lang: ReplicaLang, submitted: number): ReplicaSnapshot {
  const c = compute(s);
  const plain = (v: number | null) => (v === null ? null : centsToPlain(v));
  const first = s.products[0];
  return {
    ...s,
    lang,
    products: s.products.map((p, i) => ({
      name: p.name,
      unit_price: p.unit_price,
      quantity: p.quantity,
      line_total: plain(c.lines[i] ?? null),
    })),
    unit_price: first?.unit_price ?? '',
    quantity: first?.quantity ?? null,
    product_total: plain(c.productTotal),
    order_total: plain(c.orderTotal),
    balance: plain(c.balance),
    submitted,
  };
}

/** NumberPicker passes these through to its <input> but does not declare them in its typings. */
const inputAttrs = (attrs: { name: string; placeholder?: string }) => attrs;

function Section(props: { title: string; extra?: ReactNode; children: ReactNode; id: string }) {
  return (
    <div className="ta-draft-section" id={props.id}>
      <div className="ta-draft-section-title">
        <h3>{props.title}</h3>
        {props.extra}
      </div>
      <div className="ta-draft-section-body">{props.children}</div>
    </div>
  );
}

/** Form.Item with the page's horizontal layout (Form only passes layout props to direct children). */
function Item(props: ComponentProps<typeof Form.Item>) {
  return (
    <Form.Item
      labelAlign="left"
      labelTextAlign="right"
      labelCol={{ fixedSpan: 8 }}
      wrapperCol={{ span: 20 }}
      colon
      {...props}
    />
  );
}

function Hint(props: { children: ReactNode; warn?: boolean }) {
  return <div className={props.warn ? 'ta-hint ta-hint-warn' : 'ta-hint'}>{props.children}</div>;
}

export interface AppProps {
  lang: ReplicaLang;
  /** The state the page opens with (a fresh draft, or SAVED_DRAFT). */
  initial?: FormState;
  onState: (snap: ReplicaSnapshot) => void;
  onSubmit: () => number;
}

export function App({ lang, initial = INITIAL_STATE, onState, onSubmit }: AppProps) {
  const t = texts(lang);
  const opt = useMemo(() => options(lang), [lang]);
  const [s, setS] = useState<FormState>(initial);
  const [submitted, setSubmitted] = useState(0);
  const nextKey = useRef(2);
  const set = (patch: Partial<FormState>) => setS((prev) => ({ ...prev, ...patch }));
  const setProduct = (key: number, patch: Partial<ProductRow>) =>
    setS((prev) => ({
      ...prev,
      products: prev.products.map((p) => (p.key === key ? { ...p, ...patch } : p)),
    }));

  const c = compute(s);
  const snap = snapshot(s, lang, submitted);
  useEffect(() => onState(snap));

  const money = (cents: number | null) => `${s.currency} ${cents === null ? '--' : centsToDisplay(cents)}`;
  const isDpo = s.order_type === 'DPO';
  const methods = isDpo ? opt.dpoMethods : opt.taMethods;

  const changeOrderType = (value: string | number | boolean) => {
    const type = value === 'DPO' ? 'DPO' : 'TA';
    const allowed = new Set((type === 'DPO' ? opt.dpoMethods : opt.taMethods).map((m) => m.value));
    setS((prev) => ({
      ...prev,
      order_type: type,
      payment_method: prev.payment_method
        .filter((m) => allowed.has(m))
        .slice(0, type === 'DPO' ? 1 : undefined),
      export_mode: type === 'DPO' && prev.export_mode === 'convenient' ? '' : prev.export_mode,
    }));
  };

  const asStrings = (v: unknown): string[] =>
    Array.isArray(v) ? v.map(String) : v === undefined || v === null || v === '' ? [] : [String(v)];

  return (
    <div className="ta-draft-page">
      <div className="ta-header">
        <span className="ta-logo">Alibaba.com</span>
        <span className="ta-header-sub">My Alibaba</span>
      </div>
      <div className="ta-draft-main">
        <div className="ta-breadcrumb">{t.breadcrumb}</div>
        <h2 className="ta-draft-title">{isDpo ? t.pageTitleDpo : t.pageTitle}</h2>
        <Form
          className="ta-draft-form"
          field={false}
          labelAlign="left"
          labelTextAlign="right"
          labelCol={{ fixedSpan: 8 }}
          wrapperCol={{ span: 16 }}
          onSubmit={() => undefined}
        >
          <div className="ta-order-type-bar">
            <Item label={t.orderType} required>
              <Radio.Group
                name="orderType"
                id="orderType"
                shape="button"
                value={s.order_type}
                onChange={changeOrderType}
                dataSource={[
                  { value: 'TA', label: t.orderTypeTA },
                  { value: 'DPO', label: t.orderTypeDPO },
                ]}
              />
            </Item>
          </div>

          <Section id="ta-section-basic" title={t.sectionBasic}>
            <Item
              label={t.paymentMethod}
              required
              extra={<Hint>{isDpo ? t.paymentMethodHintDPO : t.paymentMethodHintTA}</Hint>}
            >
              <Select
                id="paymentMethod"
                name="paymentMethod"
                className="ta-select-wide"
                mode={isDpo ? 'single' : 'multiple'}
                placeholder={t.pleaseSelect}
                dataSource={methods}
                value={isDpo ? (s.payment_method[0] ?? null) : s.payment_method}
                onChange={(v: unknown) => set({ payment_method: asStrings(v) })}
              />
            </Item>
            <Item label={t.currency} required>
              <Select
                id="currency"
                name="currency"
                dataSource={opt.currencies}
                value={s.currency}
                onChange={(v: unknown) => set({ currency: v === 'CNY' ? 'CNY' : 'USD' })}
              />
            </Item>
            <Item label={t.buyerEmail} required extra={<Hint>{t.buyerEmailHint}</Hint>}>
              <Input
                id="buyerEmail"
                name="buyerEmail"
                className="ta-input-wide"
                placeholder={t.buyerEmailPlaceholder}
                value={s.buyer_email}
                onChange={(v: string | number) => set({ buyer_email: String(v) })}
              />
            </Item>
            <Item label={t.products} required>
              <div className="ta-product-actions">
                <Button
                  type="secondary"
                  onClick={() => {
                    const key = nextKey.current++;
                    setS((prev) => ({
                      ...prev,
                      products: [...prev.products, { key, name: '', unit_price: '', quantity: 1 }],
                    }));
                  }}
                >
                  + {t.addProduct}
                </Button>
                <Button type="normal">{t.addContract}</Button>
              </div>
              <Table
                className="ta-product-table"
                id="productTable"
                dataSource={s.products}
                primaryKey="key"
                hasBorder
                size="small"
              >
                <Table.Column
                  title={t.productName}
                  dataIndex="name"
                  width={220}
                  cell={(_v: unknown, i: number, row: ProductRow) => (
                    <Input
                      id={`products.${i}.name`}
                      name={`products.${i}.name`}
                      placeholder={t.productNamePlaceholder}
                      value={row.name}
                      onChange={(v: string | number) => setProduct(row.key, { name: String(v) })}
                    />
                  )}
                />
                <Table.Column
                  title={t.unitPrice}
                  dataIndex="unit_price"
                  width={150}
                  cell={(_v: unknown, i: number, row: ProductRow) => (
                    <Input
                      id={`products.${i}.unitPrice`}
                      name={`products.${i}.unitPrice`}
                      addonTextBefore={s.currency}
                      value={row.unit_price}
                      onChange={(v: string | number) => setProduct(row.key, { unit_price: String(v) })}
                    />
                  )}
                />
                <Table.Column
                  title={t.quantity}
                  dataIndex="quantity"
                  width={130}
                  cell={(_v: unknown, i: number, row: ProductRow) => (
                    <NumberPicker
                      id={`products.${i}.quantity`}
                      {...inputAttrs({ name: `products.${i}.quantity` })}
                      min={1}
                      value={row.quantity ?? undefined}
                      onChange={(v: unknown) =>
                        setProduct(row.key, {
                          quantity: typeof v === 'number' && Number.isFinite(v) ? v : null,
                        })
                      }
                    />
                  )}
                />
                <Table.Column
                  title={t.lineTotal}
                  dataIndex="key"
                  width={130}
                  cell={(_v: unknown, i: number) => (
                    <span className="ta-line-total" id={`products.${i}.lineTotal`}>
                      {money(c.lines[i] ?? null)}
                    </span>
                  )}
                />
                <Table.Column
                  title={t.action}
                  dataIndex="key"
                  width={70}
                  cell={(_v: unknown, _i: number, row: ProductRow) => (
                    <Button
                      text
                      type="primary"
                      disabled={s.products.length <= 1}
                      onClick={() =>
                        setS((prev) => ({
                          ...prev,
                          products: prev.products.filter((p) => p.key !== row.key),
                        }))
                      }
                    >
                      {t.remove}
                    </Button>
                  )}
                />
              </Table>
              <div className="ta-product-total">
                {t.productTotal}: <span id="productTotal">{money(c.productTotal)}</span>
              </div>
            </Item>
          </Section>

          <Section
            id="ta-section-shipping"
            title={t.sectionShipping}
            extra={
              <a className="ta-help-link" href="#help">
                {t.shippingHelp} [?]
              </a>
            }
          >
            <Item label={t.shippingAddress} required extra={<Hint>{t.addressHint}</Hint>}>
              <div className="ta-address">
                <Select
                  id="country"
                  name="country"
                  showSearch
                  className="ta-country"
                  placeholder={t.countryPlaceholder}
                  dataSource={opt.countries}
                  value={s.destination || null}
                  onChange={(v: unknown) => set({ destination: v ? String(v) : '' })}
                />
                <Input
                  id="address"
                  name="address"
                  className="ta-address-detail"
                  placeholder={t.addressPlaceholder}
                  value={s.shipping_address}
                  onChange={(v: string | number) => set({ shipping_address: String(v) })}
                />
              </div>
            </Item>
            <Item label={t.shippingMethod} required>
              <Select
                id="shippingMethod"
                name="shippingMethod"
                placeholder={t.pleaseSelect}
                dataSource={opt.shippingMethods}
                value={s.shipping_method || null}
                onChange={(v: unknown) => set({ shipping_method: v ? String(v) : '' })}
              />
            </Item>
            <Item label={t.tradeTerm} required>
              <Select
                id="tradeTerm"
                name="tradeTerm"
                placeholder={t.pleaseSelect}
                dataSource={opt.tradeTerms}
                value={s.trade_term || null}
                onChange={(v: unknown) => set({ trade_term: v ? String(v) : '' })}
              />{' '}
              <a className="ta-help-link" href="#incoterms">
                {t.tradeTermHelp}
              </a>
            </Item>
            <Item label={t.freight}>
              <Input
                id="freight"
                name="freight"
                className="ta-money"
                addonTextBefore={s.currency}
                placeholder="0.00"
                value={s.freight}
                onChange={(v: string | number) => set({ freight: String(v) })}
              />
            </Item>
            <Item label={t.insurance}>
              <Input
                id="insurance"
                name="insurance"
                className="ta-money"
                addonTextBefore={s.currency}
                placeholder="0.00"
                value={s.insurance}
                onChange={(v: string | number) => set({ insurance: String(v) })}
              />
            </Item>
            <Item label={t.shipDate} required extra={<Hint warn>{t.shipDaysHint}</Hint>}>
              <div className="ta-ship-date" role="radiogroup">
                <div className="ta-ship-row">
                  <Radio
                    id="shipDateKindDays"
                    name="shipDateKind"
                    value="days"
                    checked={s.ship_date_kind === 'days'}
                    onChange={(checked: boolean) => checked && set({ ship_date_kind: 'days' })}
                  >
                    {t.shipWithinBefore}
                  </Radio>
                  <NumberPicker
                    id="shipWithinDays"
                    {...inputAttrs({ name: 'shipWithinDays', placeholder: t.pleaseSelect })}
                    className="ta-days"
                    min={0}
                    max={365}
                    value={s.ship_within_days ?? undefined}
                    onChange={(v: unknown) =>
                      set({
                        ship_within_days: typeof v === 'number' && Number.isFinite(v) ? v : null,
                        ship_date_kind: 'days',
                      })
                    }
                  />
                  <span className="ta-ship-suffix">{t.shipWithinAfter}</span>
                </div>
                <div className="ta-ship-row">
                  <Radio
                    id="shipDateKindDate"
                    name="shipDateKind"
                    value="date"
                    checked={s.ship_date_kind === 'date'}
                    onChange={(checked: boolean) => checked && set({ ship_date_kind: 'date' })}
                  >
                    {t.shipByDate}
                  </Radio>
                  <DatePicker
                    id="shipByDate"
                    name="shipByDate"
                    format="YYYY-MM-DD"
                    placeholder={t.shipDatePlaceholder}
                    value={s.ship_by_date ? moment(s.ship_by_date, 'YYYY-MM-DD') : null}
                    onChange={(v: unknown) => {
                      const m = moment.isMoment(v) ? v : null;
                      set({
                        ship_by_date: m?.isValid() ? m.format('YYYY-MM-DD') : null,
                        ...(m ? { ship_date_kind: 'date' as const } : {}),
                      });
                    }}
                  />{' '}
                  <a className="ta-help-link" href="#ship-date">
                    [?] {t.shipByDateHelp}
                  </a>
                </div>
              </div>
            </Item>
            <Item
              label={t.exportMode}
              required
              extra={
                <>
                  <Hint>
                    {t.exportModeNote}{' '}
                    <a className="ta-help-link" href="#export-modes">
                      {t.exportModeIntro}
                    </a>
                  </Hint>
                  {isDpo ? <Hint warn>{t.dpoNoConvenient}</Hint> : null}
                  <Hint>{t.exportModeTip}</Hint>
                </>
              }
            >
              <Radio.Group
                id="exportMode"
                name="exportMode"
                className="ta-export-modes"
                itemDirection="ver"
                value={s.export_mode}
                onChange={(v: string | number | boolean) => set({ export_mode: String(v) })}
              >
                {opt.exportModes.map((m) => (
                  <Radio
                    key={m.value}
                    value={m.value}
                    id={`exportMode-${m.value}`}
                    disabled={isDpo && m.value === 'convenient'}
                  >
                    <span className="ta-mode-name">{m.name}</span>
                    <span className="ta-mode-hint">{m.hint}</span>
                  </Radio>
                ))}
              </Radio.Group>
            </Item>
          </Section>

          <Section id="ta-section-payment" title={t.sectionPayment}>
            <Item label={t.orderTotal}>
              <p className="next-form-text-align ta-amount ta-amount-strong" id="orderTotal">
                {money(c.orderTotal)}
              </p>
            </Item>
            <Item label={t.advance} required extra={<Hint>{t.advanceHint}</Hint>}>
              <Input
                id="advance"
                name="advance"
                className="ta-money"
                addonTextBefore={s.currency}
                placeholder={t.advancePlaceholder}
                value={s.advance}
                onChange={(v: string | number) => set({ advance: String(v) })}
              />
            </Item>
            <Item label={t.balance}>
              <p className="next-form-text-align ta-amount" id="balanceAmount">
                {money(c.balance)}
              </p>
            </Item>
            <Item label={t.supportedMethods}>
              <p className="next-form-text-align ta-methods-summary">
                {s.payment_method.length
                  ? methods
                      .filter((m) => s.payment_method.includes(m.value))
                      .map((m) => m.label)
                      .join(' / ')
                  : '--'}{' '}
                <a className="ta-help-link" href="#fees">
                  {t.feeIntro}
                </a>
              </p>
            </Item>
            <Item label={t.valueAdded} extra={<Hint>{t.valueAddedHint}</Hint>}>
              <Checkbox
                id="valueAddedSgs"
                name="valueAddedSgs"
                checked={s.value_added}
                onChange={(checked: boolean) => set({ value_added: checked })}
              >
                {t.valueAddedSgs}
              </Checkbox>
            </Item>
          </Section>

          <Section id="ta-section-submit" title={t.sectionSubmit}>
            <Item label={`${t.remark} (${t.remarkOptional})`} extra={<Hint>{t.remarkHint}</Hint>}>
              <Input.TextArea
                id="remark"
                name="remark"
                className="ta-remark"
                rows={4}
                maxLength={2000}
                showLimitHint
                cutString={false}
                placeholder={t.remarkPlaceholder}
                value={s.remark}
                onChange={(v: string | number) => set({ remark: String(v) })}
              />
            </Item>
            <Item label=" " colon={false} extra={<Hint>{t.submitHint}</Hint>}>
              <Button
                type="primary"
                size="large"
                id="submitOrder"
                className="ta-submit"
                onClick={() => setSubmitted(onSubmit())}
              >
                {t.submit}
              </Button>
            </Item>
          </Section>
        </Form>
        <div className="ta-state-echo">
          <div className="ta-state-echo-title">{t.stateEcho}</div>
          <pre id="replica-state">{JSON.stringify(snap, null, 2)}</pre>
        </div>
      </div>
    </div>
  );
}
