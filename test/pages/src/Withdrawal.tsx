import { Button, Form, Input, Radio, Select } from '@alifd/next';
import { useState } from 'react';
import { L, type PagesLang } from './text';

/** What the form holds (window.__pages.state()): option values, the typed amount as typed. */
export interface WithdrawalState {
  from: string;
  currency: string;
  to: string;
  amount: string;
}

/**
 * 发起提现/转款 (seed 000, step 6): 提现账户, 提现币种, 收款账号, 提现金额, 实际到账金额 (需扣除手续费 —
 * the platform's own page shows only that hint here), 提现密码, 附言, and the fee table with its notes.
 * "确认并提交申请" is counted (window.__pages.submitClicks) and does nothing else.
 */
export function Withdrawal(props: {
  lang: PagesLang;
  onState: (s: WithdrawalState) => void;
  onSubmit: () => void;
}) {
  const { lang } = props;
  const t = (b: { zh: string; en: string }) => b[lang];
  const [state, setState] = useState<WithdrawalState>({ from: '', currency: 'USD', to: '', amount: '' });
  const set = (patch: Partial<WithdrawalState>) => {
    const next = { ...state, ...patch };
    setState(next);
    props.onState(next);
  };
  const item = (label: string, children: React.ReactNode, id: string) => (
    <Form.Item label={label} required>
      <span id={`${id}-wrap`}>{children}</span>
    </Form.Item>
  );
  return (
    <div className="pages-shell">
      <p className="withdraw-nav">{t(L.withdrawNav)}</p>
      <h2>{t(L.withdrawTitle)}</h2>
      <Form labelCol={{ fixedSpan: 8 }} wrapperCol={{ span: 14 }} className="withdraw-form">
        {item(
          t(L.from),
          <Select
            id="fromAccount"
            placeholder={t(L.choose)}
            value={state.from || undefined}
            onChange={(v) => set({ from: String(v) })}
            dataSource={[
              { value: 'self', label: `${t(L.selfAccount)}  USD 15,044.81` },
              { value: 'onetouch', label: `${t(L.onetouchAccount)}  USD 1,511.51` },
            ]}
            style={{ width: 320 }}
          />,
          'from',
        )}
        {item(
          t(L.currency),
          <Radio.Group
            id="currency"
            value={state.currency}
            onChange={(v) => set({ currency: String(v) })}
            dataSource={[
              { value: 'USD', label: t(L.usd) },
              { value: 'CNY', label: t(L.cny) },
            ]}
          />,
          'currency',
        )}
        {item(
          t(L.toAccount),
          <Select
            id="toAccount"
            placeholder={t(L.choose)}
            value={state.to || undefined}
            onChange={(v) => set({ to: String(v) })}
            dataSource={[
              { value: 'corporate', label: `${t(L.corporate)} ****6021` },
              { value: 'personal', label: `${t(L.personal)} ****3318` },
            ]}
            style={{ width: 320 }}
          />,
          'to',
        )}
        {item(
          t(L.amount),
          <Input
            id="amount"
            value={state.amount}
            onChange={(v) => set({ amount: String(v) })}
            style={{ width: 200 }}
          />,
          'amount',
        )}
        <Form.Item label={t(L.net)} required>
          <span className="net-hint">{t(L.netHint)}</span>
        </Form.Item>
        <Form.Item label={t(L.password)} required>
          <Input.Password id="password" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t(L.memo)}>
          <Input.TextArea id="memo" placeholder={t(L.memoHint)} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" onClick={props.onSubmit}>
            {t(L.submit)}
          </Button>
        </Form.Item>
      </Form>
      <p className="accounts-note">{t(L.accountsNote)}</p>
      <table className="fee-table">
        <thead>
          <tr>
            {L.feeTable.head.map((c) => (
              <th key={c.en}>{t(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {L.feeTable.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed table
            <tr key={i}>
              {row.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed table
                <td key={j}>{t(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {L.feeNotes.map((n) => (
        <p key={n.en} className="fee-note">
          {t(n)}
        </p>
      ))}
      <p>{t(L.dpoWithdraw)}</p>
    </div>
  );
}
