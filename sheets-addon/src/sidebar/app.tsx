/**
 * The sidebar (dist/Sidebar.html): the Problems list of the last check, the fee calculator and the seller
 * settings, en/zh. Rendered with Preact, which escapes every text and attribute: nothing from a sheet is ever
 * parsed as HTML. The calculator computes in the page (core is bundled in); the server is called to save
 * settings and to select a cell.
 */
import { feeSeries } from '@ta-toolkit/core/fee-curve';
import { FEE_LABELS, SETTING_LABELS, SETTING_VALUE_LABELS } from '@ta-toolkit/core/tables/labels';
import type { CurrencyCode, Lang, Message, Settings } from '@ta-toolkit/core/types';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FeeChart, FeeLegend } from '../../../extension/src/ui/chart.tsx';
import { SEVERITY_MARK } from '../i18n.ts';
import type { ProblemGroup, Problems } from '../problems.ts';
import type { SidebarBoot, SidebarTab } from './boot.ts';
import {
  type CalcInput,
  type CalcResult,
  calculate,
  chartMaxMinor,
  DEFAULT_INPUT,
  EXPORT_MODE_OPTIONS,
  METHOD_OPTIONS,
} from './calc.ts';

interface ScriptRun {
  withSuccessHandler(f: (v: unknown) => void): ScriptRun;
  withFailureHandler(f: (e: Error) => void): ScriptRun;
  saveSettings(json: string): void;
  selectCell(sheet: string, cell: string): void;
}
declare const google: { script: { run: ScriptRun } } | undefined;

const L = {
  problems: { en: 'Problems', zh: '问题' },
  calculator: { en: 'Fee calculator', zh: '费用计算器' },
  settings: { en: 'Settings', zh: '设置' },
  noProblems: { en: 'No problems: every order passed.', zh: '没有问题：所有订单均通过检查。' },
  noCheck: { en: 'Run Check orders to list the problems here.', zh: '运行“检查订单”后，问题会列在这里。' },
  error: { en: 'Errors', zh: '错误' },
  warning: { en: 'Warnings', zh: '警告' },
  info: { en: 'Notes', zh: '提示' },
  rows: { en: 'orders checked', zh: '个订单已检查' },
  more: { en: 'more in the Findings column', zh: '条见“检查结果”列' },
  row: { en: 'Row', zh: '第' },
  rowSuffix: { en: '', zh: ' 行' },
  clickToSelect: { en: 'Select the cell', zh: '选中该单元格' },
  amount: { en: 'Order amount', zh: '订单金额' },
  currency: { en: 'Currency', zh: '币种' },
  orderType: { en: 'Order type', zh: '订单类型' },
  exportMode: { en: 'Export mode', zh: '出口方式' },
  logistics: { en: 'Logistics', zh: '物流' },
  logisticsNone: { en: 'not given (1–2%)', zh: '未指定（1–2%）' },
  platform: { en: 'Alibaba.com logistics (1%)', zh: '平台物流（1%）' },
  thirdParty: { en: 'third-party (2%)', zh: '第三方物流（2%）' },
  method: { en: 'Payment method', zh: '支付方式' },
  cardBrand: { en: 'Card brand', zh: '卡组织' },
  cardRegion: { en: 'Card region', zh: '发卡地区' },
  any: { en: '—', zh: '—' },
  apac: { en: 'Asia-Pacific', zh: '亚太' },
  other: { en: 'other', zh: '其他' },
  withdrawCurrency: { en: 'Withdraw in', zh: '提现币种' },
  noWithdrawal: { en: 'no withdrawal', zh: '不提现' },
  withdrawTo: { en: 'Withdraw to', zh: '收款账户' },
  corporate: { en: 'corporate account', zh: '对公账户' },
  personal: { en: "legal rep.'s personal account", zh: '法人个人账户' },
  tableMethod: { en: 'Method', zh: '支付方式' },
  seller: { en: "Seller's fees", zh: '卖家费用' },
  chartTitle: { en: "Buyer's fee by amount", zh: '买家手续费随金额变化' },
  notDrawn: { en: 'Not drawn (another currency or not stated)', zh: '未绘制（其他币种或未说明）' },
  save: { en: 'Save settings', zh: '保存设置' },
  saved: { en: 'Saved. Check orders uses these settings.', zh: '已保存，“检查订单”将使用这些设置。' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  notSet: { en: 'not set', zh: '未设置' },
  noServer: { en: 'google.script.run is not available here.', zh: '此处无法使用 google.script.run。' },
  disclaimer: {
    en: 'ta-toolkit is not affiliated with or endorsed by Alibaba.com. Nothing leaves this spreadsheet.',
    zh: 'ta-toolkit 与阿里巴巴（Alibaba.com）无关联，也未获其认可。数据不会离开此表格。',
  },
} satisfies Record<string, Message>;

type Option = { value: string; label: string };

function Field(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      {props.children}
    </div>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function ProblemList(props: { problems: Problems | null; lang: Lang }) {
  const { problems, lang } = props;
  if (!problems) return <p class="empty">{L.noCheck[lang]}</p>;
  const select = (cell: string) => {
    if (typeof google !== 'undefined') google.script.run.selectCell(problems.sheet, cell);
  };
  const bySeverity = (['error', 'warning', 'info'] as const).map((s) => ({
    severity: s,
    groups: problems.groups.filter((g) => g.severity === s),
  }));
  return (
    <div id="problems">
      <p class="counts">
        <span class="count severity-error" data-count="error">
          {SEVERITY_MARK.error} {problems.counts.error} {L.error[lang]}
        </span>
        <span class="count severity-warning" data-count="warning">
          {SEVERITY_MARK.warning} {problems.counts.warning} {L.warning[lang]}
        </span>
        <span class="count severity-info" data-count="info">
          {SEVERITY_MARK.info} {problems.counts.info} {L.info[lang]}
        </span>
        <span class="rows">
          {problems.rows} {L.rows[lang]}
        </span>
      </p>
      {problems.groups.length === 0 && <p class="empty">{L.noProblems[lang]}</p>}
      {bySeverity
        .filter((s) => s.groups.length > 0)
        .map((s) => (
          <section key={s.severity} class={`severity severity-${s.severity}`} data-severity={s.severity}>
            <h2>
              {SEVERITY_MARK[s.severity]} {L[s.severity][lang]}
            </h2>
            {s.groups.map((g) => (
              <RuleGroup key={g.rule} group={g} lang={lang} onSelect={select} />
            ))}
          </section>
        ))}
    </div>
  );
}

function RuleGroup(props: { group: ProblemGroup; lang: Lang; onSelect: (cell: string) => void }) {
  const { group, lang } = props;
  const rest = group.count - group.items.length;
  return (
    <details class="rule" data-rule={group.rule} open>
      <summary>
        <code>{group.rule}</code> <span class="badge">{group.count}</span>
      </summary>
      <ul>
        {group.items.map((item) => (
          <li key={`${item.cell}:${item.field}`}>
            <button
              type="button"
              class="cell"
              data-cell={item.cell}
              title={L.clickToSelect[lang]}
              onClick={() => props.onSelect(item.cell)}
            >
              {item.cell}
            </button>{' '}
            <span class="where">
              {L.row[lang]} {item.row}
              {L.rowSuffix[lang]}
              {item.ref ? ` · ${item.ref}` : ''}
            </span>
            <span class="message">{item.message[lang]}</span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <p class="more">
          +{rest} {L.more[lang]}
        </p>
      )}
    </details>
  );
}

function Calculator(props: { lang: Lang; settings: Settings }) {
  const { lang } = props;
  const [input, setInput] = useState<CalcInput>({ ...DEFAULT_INPUT });
  const set = (key: keyof CalcInput) => (value: string) => setInput((i) => ({ ...i, [key]: value }));
  const result = calculate(input, props.settings, lang);
  const none = { value: '', label: L.any[lang] };
  return (
    <>
      <form id="calc" autocomplete="off" onSubmit={(e) => e.preventDefault()}>
        <Field id="amount" label={L.amount[lang]}>
          <input
            id="amount"
            name="amount"
            inputMode="decimal"
            value={input.amount}
            onInput={(e) => set('amount')((e.currentTarget as HTMLInputElement).value)}
          />
        </Field>
        <div class="row">
          <Select
            id="currency"
            label={L.currency[lang]}
            value={input.currency}
            options={['USD', 'CNY'].map((c) => ({ value: c, label: c }))}
            onChange={(v) => setInput((i) => ({ ...i, currency: v as CurrencyCode }))}
          />
          <Select
            id="orderType"
            label={L.orderType[lang]}
            value={input.orderType}
            options={[
              { value: 'TA', label: lang === 'zh' ? '信用保障 TA' : 'TA' },
              { value: 'DPO', label: lang === 'zh' ? 'e收汇 DPO' : 'DPO' },
            ]}
            onChange={set('orderType')}
          />
        </div>
        <div class="row">
          <Select
            id="exportMode"
            label={L.exportMode[lang]}
            value={input.exportMode}
            options={EXPORT_MODE_OPTIONS().map((m) => ({ value: m.id, label: m.name[lang] }))}
            onChange={set('exportMode')}
          />
          <Select
            id="logistics"
            label={L.logistics[lang]}
            value={input.logistics}
            options={[
              { value: '', label: L.logisticsNone[lang] },
              { value: 'platform', label: L.platform[lang] },
              { value: 'third-party', label: L.thirdParty[lang] },
            ]}
            onChange={set('logistics')}
          />
        </div>
        <Select
          id="method"
          label={L.method[lang]}
          value={input.method}
          options={METHOD_OPTIONS().map((m) => ({ value: m.id, label: m.name[lang] }))}
          onChange={set('method')}
        />
        <div class="row">
          <Select
            id="cardBrand"
            label={L.cardBrand[lang]}
            value={input.cardBrand}
            options={[none, ...['visa', 'mastercard', 'amex'].map((b) => ({ value: b, label: b }))]}
            onChange={set('cardBrand')}
          />
          <Select
            id="cardRegion"
            label={L.cardRegion[lang]}
            value={input.cardRegion}
            options={[none, { value: 'apac', label: L.apac[lang] }, { value: 'other', label: L.other[lang] }]}
            onChange={set('cardRegion')}
          />
        </div>
        <div class="row">
          <Select
            id="withdrawCurrency"
            label={L.withdrawCurrency[lang]}
            value={input.withdrawCurrency}
            options={[
              { value: '', label: L.noWithdrawal[lang] },
              { value: 'CNY', label: 'CNY' },
              { value: 'USD', label: 'USD' },
            ]}
            onChange={set('withdrawCurrency')}
          />
          <Select
            id="withdrawTo"
            label={L.withdrawTo[lang]}
            value={input.withdrawTo}
            options={[
              { value: 'corporate', label: L.corporate[lang] },
              { value: 'personal', label: L.personal[lang] },
            ]}
            onChange={set('withdrawTo')}
          />
        </div>
      </form>
      <div id="results">
        {result.amountError ? (
          <p class="error" role="alert">
            {result.amountError}
          </p>
        ) : (
          <>
            <table id="methods">
              <thead>
                <tr>
                  <th>{L.tableMethod[lang]}</th>
                  <th class="num">{FEE_LABELS.buyerFee[lang]}</th>
                </tr>
              </thead>
              <tbody>
                {result.methods.map((m) => (
                  <tr
                    key={m.id}
                    data-method={m.id}
                    class={`${m.selected ? 'selected' : ''}${m.allowed ? '' : ' disallowed'}`}
                  >
                    <td>
                      {m.name}
                      <Notes notes={m.notes} />
                    </td>
                    <td class="num">{m.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Chart result={result} lang={lang} />
            <h2>{L.seller[lang]}</h2>
            <table id="seller">
              <tbody>
                <tr data-fee="service">
                  <td>
                    {FEE_LABELS.serviceFee[lang]}
                    <Notes notes={result.service.notes} />
                  </td>
                  <td class="num">{result.service.text}</td>
                </tr>
                {result.withdrawal && (
                  <>
                    <tr data-fee="withdrawal">
                      <td>
                        {FEE_LABELS.withdrawalFee[lang]}
                        <Notes notes={result.withdrawal.notes} />
                      </td>
                      <td class="num">{result.withdrawal.text}</td>
                    </tr>
                    <tr data-fee="net">
                      <td>{FEE_LABELS.net[lang]}</td>
                      <td class="num">{result.withdrawal.netText}</td>
                    </tr>
                  </>
                )}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  );
}

function Notes(props: { notes: string[] }) {
  return (
    <>
      {props.notes.map((n) => (
        <span key={n} class="note">
          {n}
        </span>
      ))}
    </>
  );
}

const NUMBER_SETTINGS = [
  'violationPoints',
  'infringementComplaints',
  'taQuota',
  'fxQuota',
  'usdCny',
  'settlementRate',
  'serviceFeeRate',
] as const;

/** The one fee chart (shared with the extension's popup): each allowed method's fee across amounts. */
function Chart(props: { result: CalcResult; lang: Lang }) {
  const { result, lang } = props;
  if (!result.amount) return null;
  const maxMinor = chartMaxMinor(result.amount.minor);
  const allowed = result.methods.filter((m) => m.allowed).map((m) => m.id);
  const { series, skipped } = feeSeries(allowed, result.amount.currency, maxMinor, lang);
  return (
    <div class="chart" id="chart">
      <FeeChart
        series={series}
        maxMinor={maxMinor}
        marker={result.amount.minor}
        currency={result.amount.currency}
        title={L.chartTitle[lang]}
      />
      <FeeLegend series={series} />
      {skipped.length > 0 && (
        <p class="note">
          {L.notDrawn[lang]}: {skipped.join(lang === 'zh' ? '、' : ', ')}
        </p>
      )}
    </div>
  );
}

function SettingsForm(props: { lang: Lang; settings: Settings; onSaved: (s: Settings) => void }) {
  const { lang, settings } = props;
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const wanted: Record<string, unknown> = {};
    for (const [k, v] of new FormData(form).entries()) {
      const val = String(v).trim();
      if (val === '' || k === 'verified') continue;
      wanted[k] = k === 'violationPoints' || k === 'infringementComplaints' ? Number(val) : val;
    }
    if ((form.elements.namedItem('verified') as HTMLInputElement | null)?.checked) wanted.verified = true;
    if (typeof google === 'undefined') {
      setStatus({ text: L.noServer[lang], error: true });
      return;
    }
    setStatus({ text: L.saving[lang], error: false });
    google.script.run
      .withSuccessHandler((v) => {
        const res = v as { settings: Settings; findings: { message: Message }[] };
        props.onSaved(res.settings);
        const problems = res.findings.map((f) => f.message[lang]).join(' ');
        setStatus({
          text: problems ? `${L.saved[lang]} ${problems}` : L.saved[lang],
          error: problems !== '',
        });
      })
      .withFailureHandler((err) => setStatus({ text: err.message, error: true }))
      .saveSettings(JSON.stringify(wanted));
  };
  return (
    <form id="settings" autocomplete="off" onSubmit={submit}>
      <div class="row">
        <Field id="membership" label={SETTING_LABELS.membership[lang]}>
          <select id="membership" name="membership">
            {[
              ['', L.notSet[lang]],
              ['paid', SETTING_VALUE_LABELS.membership.paid[lang]],
              ['free', SETTING_VALUE_LABELS.membership.free[lang]],
            ].map(([value, label]) => (
              <option key={value} value={value} selected={(settings.membership ?? '') === value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="region" label={SETTING_LABELS.region[lang]}>
          <select id="region" name="region">
            {[
              ['', L.notSet[lang]],
              ['mainland', SETTING_VALUE_LABELS.region.mainland[lang]],
              ['HK', SETTING_VALUE_LABELS.region.HK[lang]],
              ['TW', SETTING_VALUE_LABELS.region.TW[lang]],
            ].map(([value, label]) => (
              <option key={value} value={value} selected={(settings.region ?? '') === value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label>
        <input type="checkbox" id="verified" name="verified" defaultChecked={settings.verified === true} />{' '}
        {SETTING_LABELS.verified[lang]}
      </label>
      {NUMBER_SETTINGS.map((id) => (
        <Field key={id} id={id} label={SETTING_LABELS[id][lang]}>
          <input
            id={id}
            name={id}
            inputMode="decimal"
            placeholder={L.notSet[lang]}
            defaultValue={settings[id] === undefined ? '' : String(settings[id])}
          />
        </Field>
      ))}
      <button type="submit" class="primary">
        {L.save[lang]}
      </button>
      <div class={status.error ? 'status error' : 'status'} id="status" role="status">
        {status.text}
      </div>
    </form>
  );
}

export function App(props: { boot: SidebarBoot }) {
  const [tab, setTab] = useState<SidebarTab>(props.boot.tab);
  const [lang, setLang] = useState<Lang>(props.boot.lang);
  const [settings, setSettings] = useState<Settings>(props.boot.settings);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const tabs: SidebarTab[] = props.boot.problems
    ? ['problems', 'calculator', 'settings']
    : ['calculator', 'settings'];
  return (
    <>
      <header>
        {tabs.map((t) => (
          <button key={t} type="button" data-tab={t} aria-pressed={tab === t} onClick={() => setTab(t)}>
            {L[t][lang]}
          </button>
        ))}
        <span class="spacer" />
        <button type="button" data-lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
          EN
        </button>
        <button type="button" data-lang="zh" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')}>
          中文
        </button>
      </header>
      {tab === 'problems' && <ProblemList problems={props.boot.problems} lang={lang} />}
      {tab === 'calculator' && <Calculator lang={lang} settings={settings} />}
      {tab === 'settings' && (
        <SettingsForm key={lang} lang={lang} settings={settings} onSaved={setSettings} />
      )}
      <footer>{L.disclaimer[lang]}</footer>
    </>
  );
}
