/** The options page: seller settings (order-sheet.md "Seller settings") and the language. */
import { parseSettings, SETTING_LABELS, SETTING_VALUE_LABELS } from '@ta-toolkit/core';
import type { Finding, Settings } from '@ta-toolkit/core/types';
import { useState } from 'preact/hooks';
import { type LangPref, type Prefs, savePrefs } from '../prefs.ts';
import { p, uiLang } from './page-strings.ts';

type Form = Record<string, string>;

const TEXT_KEYS = ['taQuota', 'fxQuota', 'usdCny', 'settlementRate', 'serviceFeeRate'] as const;
const COUNT_KEYS = ['violationPoints', 'infringementComplaints'] as const;

function toForm(s: Settings): Form {
  const f: Form = {};
  for (const [k, v] of Object.entries(s)) f[k] = v === undefined ? '' : String(v);
  return f;
}

/** Form strings -> the JSON parseSettings reads (blank = not set). */
export function formToJson(f: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) if (f[k]?.trim()) out[k] = f[k].trim();
  for (const k of COUNT_KEYS)
    if (f[k]?.trim()) out[k] = /^\d+$/.test(f[k].trim()) ? Number(f[k].trim()) : f[k].trim();
  if (f.membership) out.membership = f.membership;
  if (f.region) out.region = f.region;
  if (f.verified) out.verified = f.verified === 'true';
  return out;
}

export function OptionsForm({ initial }: { initial: Prefs }) {
  const [lang, setLang] = useState<LangPref>(initial.lang);
  const [form, setForm] = useState<Form>(toForm(initial.settings));
  const [status, setStatus] = useState<{ ok: boolean; findings: Finding[] } | null>(null);
  const ui = uiLang(lang, globalThis.navigator?.language);
  const set = (k: string) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const bad = new Set((status?.findings ?? []).map((f) => f.message.en));
  const save = async (e: Event) => {
    e.preventDefault();
    const { settings, findings } = parseSettings(formToJson(form));
    if (findings.length > 0) {
      setStatus({ ok: false, findings });
      return;
    }
    await savePrefs({ settings, lang });
    setStatus({ ok: true, findings: [] });
  };
  const text = (k: (typeof TEXT_KEYS)[number] | (typeof COUNT_KEYS)[number]) => (
    <label key={k}>
      {SETTING_LABELS[k][ui]}
      <input
        id={`opt-${k}`}
        name={k}
        value={form[k] ?? ''}
        inputMode="decimal"
        aria-invalid={[...bad].some((m) => m.includes(k))}
        onInput={set(k)}
      />
    </label>
  );
  return (
    <main lang={ui === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{p('optTitle', ui)}</h1>
      <p class="note">{p('settingsHelp', ui)}</p>
      <form class="grid" onSubmit={save}>
        <label>
          {p('language', ui)}
          <select
            id="opt-lang"
            value={lang}
            onChange={(e) => setLang((e.target as HTMLSelectElement).value as LangPref)}
          >
            <option value="auto">{p('langAuto', ui)}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {SETTING_LABELS.membership[ui]}
          <select id="opt-membership" value={form.membership ?? ''} onChange={set('membership')}>
            <option value="">{p('notSet', ui)}</option>
            <option value="paid">{SETTING_VALUE_LABELS.membership.paid[ui]}</option>
            <option value="free">{SETTING_VALUE_LABELS.membership.free[ui]}</option>
          </select>
        </label>
        <label>
          {SETTING_LABELS.region[ui]}
          <select id="opt-region" value={form.region ?? ''} onChange={set('region')}>
            <option value="">{p('notSet', ui)}</option>
            <option value="mainland">{SETTING_VALUE_LABELS.region.mainland[ui]}</option>
            <option value="HK">{SETTING_VALUE_LABELS.region.HK[ui]}</option>
            <option value="TW">{SETTING_VALUE_LABELS.region.TW[ui]}</option>
          </select>
        </label>
        <label>
          {SETTING_LABELS.verified[ui]}
          <select id="opt-verified" value={form.verified ?? ''} onChange={set('verified')}>
            <option value="">{p('notSet', ui)}</option>
            <option value="true">✓</option>
            <option value="false">✗</option>
          </select>
        </label>
        {COUNT_KEYS.map(text)}
        {TEXT_KEYS.map(text)}
        <div>
          <button type="submit" class="save" id="opt-save">
            {p('save', ui)}
          </button>
        </div>
      </form>
      {status ? (
        <div class="status" data-status={status.ok ? 'saved' : 'invalid'}>
          <p class={status.ok ? 'finding sev-info' : 'finding sev-error'}>
            {p(status.ok ? 'saved' : 'notSaved', ui)}
          </p>
          {status.findings.map((f) => (
            <p class="finding sev-error" data-rule={f.rule} key={f.message.en}>
              {f.message[ui]}
            </p>
          ))}
        </div>
      ) : null}
      <p class="foot">{p('offline', ui)}</p>
    </main>
  );
}
