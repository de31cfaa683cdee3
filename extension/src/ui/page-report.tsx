/**
 * The popup's first lines: what the page-tools script found on the page the toolbar button was clicked
 * on (the fund-linking page, the withdrawal form), asked again every second while the popup is open (the
 * confirm dialog appears later).
 */
import type { Lang } from '@ta-toolkit/core/types';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { INSPECT_TAB, type InspectAnswer } from '../background/page-tools.ts';

const ASK_EVERY_MS = 1000;

const T = {
  title: { en: 'This page', zh: '当前页面' },
  asking: { en: 'Reading the page…', zh: '正在读取页面…' },
  nothing: {
    en: 'Nothing to check here. On the fund-linking page and the withdrawal form, click this button to check them.',
    zh: '此页面没有可检查的内容。在外汇关联页面和提现页面点击此按钮即可检查。',
  },
  unreadable: { en: 'This page cannot be read by extensions.', zh: '扩展无法读取此页面。' },
};

export function PageReport({ lang }: { lang: Lang }) {
  const [answer, setAnswer] = useState<InspectAnswer | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const ask = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const a = (await browser.runtime.sendMessage({ type: INSPECT_TAB, tabId: tab.id })) as InspectAnswer;
      if (!alive) return;
      setAnswer(a);
      timer = setTimeout(ask, ASK_EVERY_MS);
    };
    void ask();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, []);
  let lines: string[];
  if (answer === null) lines = [T.asking[lang]];
  else if (!answer.ok) lines = [T.unreadable[lang]];
  else if (answer.report.found.length === 0) lines = [T.nothing[lang]];
  else lines = answer.report.found.map((m) => m[lang]);
  // one line above the calculator: the popup stays under Chrome's 600 px cap
  return (
    <p class="page-report" data-ta-page-report={answer?.ok ? answer.report.features.join(' ') : ''}>
      <b>{T.title[lang]}</b>
      {lang === 'zh' ? '：' : ': '}
      {lines.join(lang === 'zh' ? '；' : ' · ')}
    </p>
  );
}
