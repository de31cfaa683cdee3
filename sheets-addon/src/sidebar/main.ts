/**
 * The sidebar (dist/Sidebar.html): fee calculator and seller settings, en/zh. Every fee is computed here,
 * by core bundled into this page; the server is called only to save settings. The server appends a
 * <script type="application/json" id="ta-boot"> with {tab, lang, settings}.
 */
import type { CurrencyCode, Lang, Message, Settings } from '@ta-toolkit/core/types';
import {
  type CalcInput,
  type CalcResult,
  calculate,
  chartSvg,
  DEFAULT_INPUT,
  EXPORT_MODE_OPTIONS,
  METHOD_OPTIONS,
} from './calc.ts';

interface Boot {
  tab: 'calculator' | 'settings';
  lang: Lang;
  settings: Settings;
}

interface ScriptRun {
  withSuccessHandler(f: (v: unknown) => void): ScriptRun;
  withFailureHandler(f: (e: Error) => void): ScriptRun;
  saveSettings(json: string): void;
}
declare const google: { script: { run: ScriptRun } } | undefined;

const L = {
  calculator: { en: 'Fee calculator', zh: '费用计算器' },
  settings: { en: 'Settings', zh: '设置' },
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
  tableFee: { en: "Buyer's fee", zh: '买家手续费' },
  seller: { en: "Seller's fees", zh: '卖家费用' },
  serviceFee: { en: 'Service fee', zh: '服务费' },
  withdrawalFee: { en: 'Withdrawal fee', zh: '提现手续费' },
  net: { en: 'Net received', zh: '实际到账' },
  membership: { en: 'Membership', zh: '会员类型' },
  paid: { en: 'paid', zh: '付费会员' },
  free: { en: 'free', zh: '免费会员' },
  region: { en: 'Region', zh: '地区' },
  mainland: { en: 'mainland China', zh: '中国大陆' },
  verified: { en: 'Real-name verified (free members)', zh: '已实名认证（免费会员）' },
  violationPoints: { en: 'Violation points', zh: '违规扣分' },
  complaints: { en: 'Serious-infringement complaints', zh: '严重侵权投诉次数' },
  taQuota: { en: 'Available TA quota (USD)', zh: '可用信保额度（美元）' },
  fxQuota: { en: 'Advance-FX quota (USD)', zh: '预收外汇额度（美元）' },
  usdCny: { en: 'USD→CNY rate for comparisons', zh: '美元兑人民币汇率（比较用）' },
  settlementRate: { en: 'Settlement rate (CNY withdrawals)', zh: '结汇汇率（人民币提现）' },
  serviceFeeRate: { en: 'Own service-fee rate (e.g. 0.015)', zh: '自定服务费率（如 0.015）' },
  save: { en: 'Save settings', zh: '保存设置' },
  saved: { en: 'Saved. Check orders uses these settings.', zh: '已保存，“检查订单”将使用这些设置。' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  notSet: { en: 'not set', zh: '未设置' },
} satisfies Record<string, Message>;

function readBoot(): Boot {
  const el = document.getElementById('ta-boot');
  const fallback: Boot = {
    tab: 'calculator',
    lang: /^zh/i.test(navigator.language) ? 'zh' : 'en',
    settings: {},
  };
  if (!el?.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(el.textContent) as Partial<Boot>) };
  } catch {
    return fallback;
  }
}

const state: { boot: Boot; input: CalcInput; status: string } = {
  boot: { tab: 'calculator', lang: 'en', settings: {} },
  input: { ...DEFAULT_INPUT },
  status: '',
};

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function t(m: Message): string {
  return esc(m[state.boot.lang]);
}
function options(list: { value: string; label: string }[], selected: string): string {
  return list
    .map(
      (o) =>
        `<option value="${esc(o.value)}"${o.value === selected ? ' selected' : ''}>${esc(o.label)}</option>`,
    )
    .join('');
}
function field(id: string, label: Message, control: string): string {
  return `<div><label for="${id}">${t(label)}</label>${control}</div>`;
}

function header(): string {
  const { tab, lang } = state.boot;
  return `<header>
    <button type="button" data-tab="calculator" aria-pressed="${tab === 'calculator'}">${t(L.calculator)}</button>
    <button type="button" data-tab="settings" aria-pressed="${tab === 'settings'}">${t(L.settings)}</button>
    <span class="spacer"></span>
    <button type="button" data-lang="en" aria-pressed="${lang === 'en'}">EN</button>
    <button type="button" data-lang="zh" aria-pressed="${lang === 'zh'}">中文</button>
  </header>`;
}

function calculatorForm(): string {
  const i = state.input;
  const lang = state.boot.lang;
  return `<form id="calc" autocomplete="off">
    ${field('amount', L.amount, `<input id="amount" name="amount" inputmode="decimal" value="${esc(i.amount)}">`)}
    <div class="row">
      ${field(
        'currency',
        L.currency,
        `<select id="currency" name="currency">${options(
          ['USD', 'CNY'].map((c) => ({ value: c, label: c })),
          i.currency,
        )}</select>`,
      )}
      ${field(
        'orderType',
        L.orderType,
        `<select id="orderType" name="orderType">${options(
          [
            { value: 'TA', label: lang === 'zh' ? '信用保障 TA' : 'TA' },
            { value: 'DPO', label: lang === 'zh' ? 'e收汇 DPO' : 'DPO' },
          ],
          i.orderType,
        )}</select>`,
      )}
    </div>
    <div class="row">
      ${field(
        'exportMode',
        L.exportMode,
        `<select id="exportMode" name="exportMode">${options(
          EXPORT_MODE_OPTIONS().map((m) => ({ value: m.id, label: m.name[lang] })),
          i.exportMode,
        )}</select>`,
      )}
      ${field(
        'logistics',
        L.logistics,
        `<select id="logistics" name="logistics">${options(
          [
            { value: '', label: L.logisticsNone[lang] },
            { value: 'platform', label: L.platform[lang] },
            { value: 'third-party', label: L.thirdParty[lang] },
          ],
          i.logistics,
        )}</select>`,
      )}
    </div>
    ${field(
      'method',
      L.method,
      `<select id="method" name="method">${options(
        METHOD_OPTIONS().map((m) => ({ value: m.id, label: m.name[lang] })),
        i.method,
      )}</select>`,
    )}
    <div class="row">
      ${field('cardBrand', L.cardBrand, `<select id="cardBrand" name="cardBrand">${options([{ value: '', label: L.any[lang] }, ...['visa', 'mastercard', 'amex'].map((b) => ({ value: b, label: b }))], i.cardBrand)}</select>`)}
      ${field(
        'cardRegion',
        L.cardRegion,
        `<select id="cardRegion" name="cardRegion">${options(
          [
            { value: '', label: L.any[lang] },
            { value: 'apac', label: L.apac[lang] },
            { value: 'other', label: L.other[lang] },
          ],
          i.cardRegion,
        )}</select>`,
      )}
    </div>
    <div class="row">
      ${field(
        'withdrawCurrency',
        L.withdrawCurrency,
        `<select id="withdrawCurrency" name="withdrawCurrency">${options(
          [
            { value: '', label: L.noWithdrawal[lang] },
            { value: 'CNY', label: 'CNY' },
            { value: 'USD', label: 'USD' },
          ],
          i.withdrawCurrency,
        )}</select>`,
      )}
      ${field(
        'withdrawTo',
        L.withdrawTo,
        `<select id="withdrawTo" name="withdrawTo">${options(
          [
            { value: 'corporate', label: L.corporate[lang] },
            { value: 'personal', label: L.personal[lang] },
          ],
          i.withdrawTo,
        )}</select>`,
      )}
    </div>
  </form>
  <div id="results"></div>`;
}

function resultsHtml(r: CalcResult): string {
  const lang = state.boot.lang;
  if (r.amountError) return `<p class="error" role="alert">${esc(r.amountError)}</p>`;
  const rows = r.methods
    .map(
      (
        m,
      ) => `<tr data-method="${esc(m.id)}" class="${m.selected ? 'selected' : ''}${m.allowed ? '' : ' disallowed'}">
        <td>${esc(m.name)}${m.notes.map((n) => `<span class="note">${esc(n)}</span>`).join('')}</td>
        <td class="num">${esc(m.text)}</td></tr>`,
    )
    .join('');
  const seller = [
    `<tr data-fee="service"><td>${t(L.serviceFee)}${r.service.notes.map((n) => `<span class="note">${esc(n)}</span>`).join('')}</td><td class="num">${esc(r.service.text)}</td></tr>`,
  ];
  if (r.withdrawal) {
    seller.push(
      `<tr data-fee="withdrawal"><td>${t(L.withdrawalFee)}${r.withdrawal.notes.map((n) => `<span class="note">${esc(n)}</span>`).join('')}</td><td class="num">${esc(r.withdrawal.text)}</td></tr>`,
      `<tr data-fee="net"><td>${t(L.net)}</td><td class="num">${esc(r.withdrawal.netText)}</td></tr>`,
    );
  }
  return `<table id="methods"><thead><tr><th>${t(L.tableMethod)}</th><th class="num">${t(L.tableFee)}</th></tr></thead><tbody>${rows}</tbody></table>
    <div class="chart" id="chart">${chartSvg(r, lang)}</div>
    <h2>${t(L.seller)}</h2>
    <table id="seller"><tbody>${seller.join('')}</tbody></table>`;
}

function settingsForm(): string {
  const s = state.boot.settings;
  const lang = state.boot.lang;
  const num = (id: keyof Settings, label: Message) =>
    field(
      id,
      label,
      `<input id="${id}" name="${id}" inputmode="decimal" placeholder="${t(L.notSet)}" value="${esc(s[id] === undefined ? '' : String(s[id]))}">`,
    );
  return `<form id="settings" autocomplete="off">
    <div class="row">
      ${field(
        'membership',
        L.membership,
        `<select id="membership" name="membership">${options(
          [
            { value: '', label: L.notSet[lang] },
            { value: 'paid', label: L.paid[lang] },
            { value: 'free', label: L.free[lang] },
          ],
          s.membership ?? '',
        )}</select>`,
      )}
      ${field(
        'region',
        L.region,
        `<select id="region" name="region">${options(
          [
            { value: '', label: L.notSet[lang] },
            { value: 'mainland', label: L.mainland[lang] },
            { value: 'HK', label: 'HK' },
            { value: 'TW', label: 'TW' },
          ],
          s.region ?? '',
        )}</select>`,
      )}
    </div>
    <label><input type="checkbox" id="verified" name="verified"${s.verified ? ' checked' : ''}> ${t(L.verified)}</label>
    ${num('violationPoints', L.violationPoints)}
    ${num('infringementComplaints', L.complaints)}
    ${num('taQuota', L.taQuota)}
    ${num('fxQuota', L.fxQuota)}
    ${num('usdCny', L.usdCny)}
    ${num('settlementRate', L.settlementRate)}
    ${num('serviceFeeRate', L.serviceFeeRate)}
    <button type="submit" class="primary">${t(L.save)}</button>
    <div class="status" id="status" role="status">${esc(state.status)}</div>
  </form>`;
}

function settingsFromForm(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const data = new FormData(form);
  for (const [k, v] of data.entries()) {
    const val = String(v).trim();
    if (val === '' || k === 'verified') continue;
    out[k] = k === 'violationPoints' || k === 'infringementComplaints' ? Number(val) : val;
  }
  if ((form.elements.namedItem('verified') as HTMLInputElement | null)?.checked) out.verified = true;
  return out;
}

function renderResults(): void {
  const box = document.getElementById('results');
  if (box) box.innerHTML = resultsHtml(calculate(state.input, state.boot.settings, state.boot.lang));
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = state.boot.lang === 'zh' ? 'zh-CN' : 'en';
  app.innerHTML = header() + (state.boot.tab === 'calculator' ? calculatorForm() : settingsForm());
  if (state.boot.tab === 'calculator') renderResults();
}

function onInput(e: Event): void {
  const target = e.target as HTMLInputElement | HTMLSelectElement | null;
  if (!target?.name || !(target.closest('form')?.id === 'calc')) return;
  (state.input as unknown as Record<string, string>)[target.name] = target.value;
  if (target.name === 'currency') state.input.currency = target.value as CurrencyCode;
  renderResults();
}

function onClick(e: Event): void {
  const el = (e.target as HTMLElement | null)?.closest('button');
  if (!el) return;
  if (el.dataset.tab) {
    state.boot.tab = el.dataset.tab as Boot['tab'];
    state.status = '';
    render();
  } else if (el.dataset.lang) {
    state.boot.lang = el.dataset.lang as Lang;
    render();
  }
}

function onSubmit(e: Event): void {
  const form = e.target as HTMLFormElement;
  if (form.id !== 'settings') return;
  e.preventDefault();
  const lang = state.boot.lang;
  const wanted = settingsFromForm(form);
  const status = document.getElementById('status');
  const show = (text: string, error = false) => {
    state.status = text;
    if (status) {
      status.textContent = text;
      status.className = error ? 'status error' : 'status';
    }
  };
  if (typeof google === 'undefined') {
    show('google.script.run is not available here.', true);
    return;
  }
  show(L.saving[lang]);
  google.script.run
    .withSuccessHandler((v) => {
      const res = v as { settings: Settings; findings: { message: Message }[] };
      state.boot.settings = res.settings;
      const problems = res.findings.map((f) => f.message[lang]).join(' ');
      show(problems ? `${L.saved[lang]} ${problems}` : L.saved[lang], problems !== '');
    })
    .withFailureHandler((err) => show(err.message, true))
    .saveSettings(JSON.stringify(wanted));
}

function start(): void {
  state.boot = readBoot();
  document.addEventListener('input', onInput);
  document.addEventListener('change', onInput);
  document.addEventListener('click', onClick);
  document.addEventListener('submit', onSubmit);
  render();
}

// The boot data is appended after this script by the server: start once the whole page is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
