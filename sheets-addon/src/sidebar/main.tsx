/** The sidebar's entry: read the boot JSON the server appended, render the App. */
import { render } from 'preact';
import { App } from './app.tsx';
import type { SidebarBoot } from './boot.ts';

function readBoot(): SidebarBoot {
  const fallback: SidebarBoot = {
    tab: 'calculator',
    lang: /^zh/i.test(navigator.language) ? 'zh' : 'en',
    settings: {},
    problems: null,
  };
  const text = document.getElementById('ta-boot')?.textContent;
  if (!text) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(text) as Partial<SidebarBoot>) };
  } catch {
    return fallback;
  }
}

function start(): void {
  const root = document.getElementById('app');
  if (root) render(<App boot={readBoot()} />, root);
}

// The boot data is appended after this script by the server: start once the whole page is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
