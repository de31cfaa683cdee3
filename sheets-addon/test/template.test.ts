import {
  checkRows,
  matchHeaders,
  resolveCardBrand,
  resolveCardRegion,
  resolveDrafter,
  resolveExportMode,
  resolveIncoterm,
  resolveLogistics,
  resolveOrderCurrency,
  resolveOrderType,
  resolvePaymentMethod,
  resolveWithdrawAccount,
  resolveWithdrawTo,
} from '@ta-toolkit/core';
import { describe, expect, it } from 'vitest';
import { templateSpec } from '../src/template.ts';

const RESOLVE: Record<string, (v: string) => unknown> = {
  order_type: resolveOrderType,
  drafted_by: resolveDrafter,
  currency: resolveOrderCurrency,
  payment_method: resolvePaymentMethod,
  card_brand: resolveCardBrand,
  card_region: resolveCardRegion,
  export_mode: resolveExportMode,
  logistics: resolveLogistics,
  trade_term: (v) => (resolveIncoterm(v).kind === 'current' ? v : null),
  withdraw_currency: resolveOrderCurrency,
  withdraw_to: resolveWithdrawTo,
  withdraw_from: resolveWithdrawAccount,
};

describe.each(['en', 'zh'] as const)('order template (%s)', (lang) => {
  const t = templateSpec(lang);
  it('has every order-sheet column, recognised by core', () => {
    const m = matchHeaders(t.headers);
    expect(m.columns.every((c) => c !== null)).toBe(true);
    expect(m.missingRequired).toEqual([]);
    if (lang === 'zh') expect(t.headers).toContain('订单类型');
    else expect(t.headers).toContain('order_type');
  });
  it('has dropdowns for the enumerated columns, every value accepted by core', () => {
    const fields = t.validations.map((v) => v.field);
    for (const f of [
      'order_type',
      'drafted_by',
      'currency',
      'payment_method',
      'export_mode',
      'logistics',
      'withdraw_currency',
      'withdraw_to',
      'card_region',
    ]) {
      expect(fields).toContain(f);
    }
    for (const v of t.validations) {
      const resolve = RESOLVE[v.field];
      expect(resolve, v.field).toBeDefined();
      for (const value of v.values) expect(resolve?.(value), `${v.field}: ${value}`).not.toBeNull();
      expect(t.headers[v.col]).toBe(t.headers[t.validations.find((x) => x.field === v.field)?.col ?? -1]);
    }
    expect(t.validations.find((v) => v.field === 'payment_method')?.values).toHaveLength(10);
  });
  it('has example rows without errors', () => {
    const report = checkRows([t.headers, ...t.examples.map((r) => r.map(String))], {}, '2026-11-20');
    expect(report.summary.rows).toBe(t.examples.length);
    expect(report.summary.errors).toBe(0);
    // the only warning: the OneTouch RMB 480 cap needs a USD/CNY rate the template cannot know
    const warnings = report.rows.flatMap((r) =>
      r.findings.filter((f) => f.severity === 'warning').map((f) => f.rule),
    );
    expect(warnings).toEqual(['fx/rate-missing']);
    expect(report.summary.warnings).toBe(1);
    for (const ex of t.examples) expect(ex).toHaveLength(t.headers.length);
  });
});
