/**
 * The popup calculator, usable on any page: amount, currency, order type, export mode, method and the
 * withdrawal; every number comes from core. Includes the hand-made SVG chart of the methods' fees.
 */

import {
  EXPORT_MODES,
  FEE_LABELS,
  formatFee,
  formatMinor,
  ORDER_TYPE_NAMES,
  PAYMENT_METHODS,
  parseAmount,
  quoteOrder,
  todayInPacific,
} from '@ta-toolkit/core';
import { feeSeries } from '@ta-toolkit/core/fee-curve';
import type { CurrencyCode, Fee, Finding } from '@ta-toolkit/core/types';
import { useState } from 'preact/hooks';
import type { Prefs } from '../prefs.ts';
import { FeeChart, FeeLegend } from './chart.tsx';
import { p, uiLang } from './page-strings.ts';

function niceAmount(minor: number): number {
  const v = Math.max(minor * 2, 100_000);
  const pow = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= v) return m * pow;
  return 10 * pow;
}

/** A labelled select: options are [value, text] pairs. */
function Picker(props: {
  label: string;
  id: string;
  value: string;
  onPick: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <label>
      {props.label}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onPick((e.target as HTMLSelectElement).value)}
      >
        {props.options.map(([value, text]) => (
          <option value={value} key={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Calculator({ prefs }: { prefs: Prefs }) {
  const lang = uiLang(prefs.lang, globalThis.navigator?.language);
  const [amount, setAmount] = useState('2500');
  const [currency, setCurrency] = useState<CurrencyCode>('USD');
  const [orderType, setOrderType] = useState<'TA' | 'DPO'>('TA');
  const [exportMode, setExportMode] = useState('self');
  const [method, setMethod] = useState('card');
  const [logistics, setLogistics] = useState('');
  const [wCurrency, setWCurrency] = useState('CNY');
  const [wTo, setWTo] = useState('corporate');

  const methods = PAYMENT_METHODS.filter((m) => m.orderTypes.includes(orderType));
  const modes = EXPORT_MODES.filter((m) => m.orderTypes.includes(orderType));
  const chosenMethod = methods.some((m) => m.id === method) ? method : (methods[0]?.id ?? '');
  const chosenMode = modes.some((m) => m.id === exportMode) ? exportMode : (modes[0]?.id ?? '');
  const parsed = parseAmount(amount);
  const money = parsed.ok ? { minor: parsed.minor, currency } : null;
  const findings: Finding[] = [];
  const rows: { label: string; value: string; id: string; why?: string | undefined }[] = [];
  if (money) {
    // one payment of the whole amount, withdrawn in full: core's one quote prices it all
    const text = formatMinor(money.minor, money.currency);
    const quote = quoteOrder(
      {
        order_type: orderType,
        currency,
        order_total: text,
        advance: text,
        payment_method: chosenMethod,
        export_mode: chosenMode,
        ...(logistics ? { logistics } : {}),
        withdraw_amount: text,
        withdraw_currency: wCurrency,
        withdraw_to: wTo,
      },
      prefs.settings,
      todayInPacific(),
    );
    const pay = quote.methods.find((m) => m.id === chosenMethod);
    const { service, withdrawal } = quote;
    const all = [...(pay?.findings ?? []), ...service.findings, ...(withdrawal?.findings ?? [])];
    findings.push(...all.filter((f, i) => all.findIndex((o) => o.key === f.key) === i));
    // a fee that waits for the user's rate says so, instead of "not stated"
    const needsRate = (withdrawal?.findings ?? []).some((f) => f.rule === 'fx/rate-missing');
    const shown = (fee: Fee | null | undefined) =>
      fee == null && needsRate ? FEE_LABELS.needsRate[lang] : formatFee(fee ?? null, lang);
    rows.push(
      {
        id: 'payment',
        label: p('buyerFee', lang),
        value: formatFee(pay?.fee ?? null, lang),
        why: pay?.why?.[lang],
      },
      {
        id: 'service',
        label: FEE_LABELS.serviceFee[lang],
        value: formatFee(service.fee, lang),
        why: service.why?.[lang],
      },
      {
        id: 'withdrawal',
        label: FEE_LABELS.withdrawalFee[lang],
        value: shown(withdrawal?.fee),
        why: withdrawal?.fee ? withdrawal.why?.[lang] : undefined,
      },
      { id: 'net', label: FEE_LABELS.net[lang], value: shown(withdrawal?.net) },
    );
  }
  const maxMinor = niceAmount(money?.minor ?? 0);
  const { series, skipped } = feeSeries(
    methods.map((m) => m.id),
    currency,
    maxMinor,
    lang,
  );
  const openOptions = (e: Event) => {
    e.preventDefault();
    void chrome.runtime?.openOptionsPage?.();
  };
  return (
    <main lang={lang === 'zh' ? 'zh-CN' : 'en'} class="calculator">
      <section class="calc">
        <div class="top">
          <h1>{p('calcTitle', lang)}</h1>
          <a href="options.html" onClick={openOptions}>
            {p('options', lang)}
          </a>
        </div>
        <div class="grid">
          <label>
            {p('amount', lang)}
            <input
              id="calc-amount"
              value={amount}
              inputMode="decimal"
              aria-invalid={!money}
              onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
            />
          </label>
          <Picker
            label={p('currency', lang)}
            id="calc-currency"
            value={currency}
            onPick={(v) => setCurrency(v as CurrencyCode)}
            options={['USD', 'CNY', 'EUR'].map((c) => [c, c])}
          />
          <Picker
            label={p('orderType', lang)}
            id="calc-order-type"
            value={orderType}
            onPick={(v) => setOrderType(v === 'DPO' ? 'DPO' : 'TA')}
            options={[
              ['TA', ORDER_TYPE_NAMES.TA[lang]],
              ['DPO', ORDER_TYPE_NAMES.DPO[lang]],
            ]}
          />
          <Picker
            label={p('exportMode', lang)}
            id="calc-export-mode"
            value={chosenMode}
            onPick={setExportMode}
            options={modes.map((m) => [m.id, m.name[lang]])}
          />
          <Picker
            label={p('method', lang)}
            id="calc-method"
            value={chosenMethod}
            onPick={setMethod}
            options={methods.map((m) => [m.id, m.name[lang]])}
          />
          <Picker
            label={p('logistics', lang)}
            id="calc-logistics"
            value={logistics}
            onPick={setLogistics}
            options={[
              ['', p('logisticsUnknown', lang)],
              ['platform', p('logisticsPlatform', lang)],
              ['third-party', p('logisticsThird', lang)],
            ]}
          />
          <Picker
            label={p('withdrawCurrency', lang)}
            id="calc-w-currency"
            value={wCurrency}
            onPick={setWCurrency}
            options={[
              ['CNY', 'CNY'],
              ['USD', 'USD'],
            ]}
          />
          <Picker
            label={p('withdrawTo', lang)}
            id="calc-w-to"
            value={wTo}
            onPick={setWTo}
            options={[
              ['corporate', p('corporate', lang)],
              ['personal', p('personal', lang)],
            ]}
          />
        </div>
        {money ? (
          <table class="results" id="calc-results">
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-fee={r.id}>
                  <th>{r.label}</th>
                  <td>
                    <span class="value">{r.value}</span>
                    {r.why ? <div class="why">{r.why}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="finding sev-error">{p('amountInvalid', lang)}</p>
        )}
        {findings.map((f) => (
          <div class={`finding sev-${f.severity}`} data-rule={f.rule} key={`${f.rule}|${f.message.en}`}>
            {f.message[lang]}
          </div>
        ))}
      </section>
      <section class="chart">
        <h1>{p('chartTitle', lang)}</h1>
        <FeeChart
          series={series}
          maxMinor={maxMinor}
          currency={currency}
          title={p('chartTitle', lang)}
          {...(money ? { marker: money.minor } : {})}
        />
        <FeeLegend series={series} />
        {skipped.length > 0 ? (
          <p class="note">
            {p('notDrawn', lang)}: {skipped.join(lang === 'zh' ? '、' : ', ')}
          </p>
        ) : null}
        <p class="note">{p('chartNote', lang)}</p>
        <p class="foot">{p('offline', lang)}</p>
      </section>
    </main>
  );
}
