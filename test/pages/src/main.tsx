import { ConfigProvider } from '@alifd/next';
import enUS from '@alifd/next/es/locale/en-us';
import zhCN from '@alifd/next/es/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { type FundFixture, FundLinking } from './FundLinking';
import type { PageKind } from './hook';
import { OrderDetail, type VisionSchema } from './OrderDetail';
import { OrderList } from './OrderList';
import type { PagesLang } from './text';
import { Withdrawal, type WithdrawalState } from './Withdrawal';

const config = window.__PAGES_CONFIG__ ?? { page: 'list' as PageKind, lang: 'zh' as PagesLang };
const { page, lang } = config;
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

let withdrawal: WithdrawalState = { from: '', currency: 'USD', to: '', amount: '' };
window.__pages = { page, lang, ready: false, confirmClicks: 0, submitClicks: 0, state: () => withdrawal };
const ready = () => {
  window.__pages.ready = true;
};

function Page() {
  switch (page) {
    case 'list':
      return <OrderList lang={lang} onLoaded={ready} />;
    case 'detail':
      return <OrderDetail lang={lang} schema={window.VISION_SCHEMA as VisionSchema} />;
    case 'fund':
      return (
        <FundLinking
          lang={lang}
          data={window.__FUND_DATA__ as FundFixture}
          onConfirm={() => {
            window.__pages.confirmClicks += 1;
          }}
        />
      );
    case 'withdraw':
      return (
        <Withdrawal
          lang={lang}
          onState={(s) => {
            withdrawal = s;
          }}
          onSubmit={() => {
            window.__pages.submitClicks += 1;
          }}
        />
      );
  }
}

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <Page />
    </ConfigProvider>,
  );
  if (page !== 'list') setTimeout(ready, 0);
}
