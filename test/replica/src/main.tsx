import { ConfigProvider } from '@alifd/next';
import enUS from '@alifd/next/es/locale/en-us';
import zhCN from '@alifd/next/es/locale/zh-cn';
import moment from 'moment';
import 'moment/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { App, INITIAL_STATE, type ReplicaSnapshot, snapshot } from './App';
import type { ReplicaLang } from './text';

declare global {
  interface Window {
    /** Test hook: the replica's React state and how often "Submit order" was clicked. */
    __replica: { state: () => ReplicaSnapshot; submitted: number; ready: boolean };
    /** Set by the HTML file (draft-zh.html / draft-en.html): the language when ?lang= is absent. */
    __REPLICA_DEFAULT_LANG__?: string;
  }
}

function pickLang(): ReplicaLang {
  const q = new URLSearchParams(window.location.search).get('lang');
  const raw = q ?? window.__REPLICA_DEFAULT_LANG__ ?? 'zh';
  return raw.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

const lang = pickLang();
moment.locale(lang === 'zh' ? 'zh-cn' : 'en');
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

let current: ReplicaSnapshot = snapshot(INITIAL_STATE, lang, 0);
window.__replica = { state: () => current, submitted: 0, ready: false };

const rootEl = document.getElementById('root');
if (rootEl) {
  createRoot(rootEl).render(
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <App
        lang={lang}
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
