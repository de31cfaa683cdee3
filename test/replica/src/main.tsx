import { ConfigProvider } from '@alifd/next';
import enUS from '@alifd/next/es/locale/en-us';
import zhCN from '@alifd/next/es/locale/zh-cn';
import moment from 'moment';
import 'moment/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { App, INITIAL_STATE, SAVED_DRAFT, snapshot } from './App';
import type { ReplicaSnapshot } from './hook';
import type { ReplicaLang } from './text';

function pickLang(): ReplicaLang {
  const q = new URLSearchParams(window.location.search).get('lang');
  const raw = q ?? window.__REPLICA_DEFAULT_LANG__ ?? 'zh';
  return raw.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

const lang = pickLang();
const initial =
  new URLSearchParams(window.location.search).get('draft') === 'saved' ? SAVED_DRAFT : INITIAL_STATE;
moment.locale(lang === 'zh' ? 'zh-cn' : 'en');
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

let current: ReplicaSnapshot = snapshot(initial, lang, 0);
window.__replica = { state: () => current, submitted: 0, ready: false };

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <App
        lang={lang}
        initial={initial}
        onState={(snap) => {
          current = snap;
          window.__replica.ready = true;
        }}
        onSubmit={() => {
          window.__replica.submitted += 1;
          return window.__replica.submitted;
        }}
      />
    </ConfigProvider>,
  );
}
