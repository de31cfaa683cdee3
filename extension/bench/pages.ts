/**
 * Benchmark (not a test) of the features beyond the draft, on the production build:
 * - sizes: content.js (every biz.alibaba.com page), page-features.js (imported on the order list and
 *   detail only), page-tools.js (injected on the toolbar click only);
 * - idle: on another biz.alibaba.com page the extension loads nothing and marks nothing;
 * - time from the page having rendered its data to the marks being shown (order list: badges; detail: the
 *   fee comparison), median of SAMPLES loads. It includes the features' 150 ms debounce after a change.
 *
 *   npm run bench -w extension
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DETAIL_ORDERS, DETAIL_URL, IDLE_URL, LIST_URL } from '../../test/pages/serve.ts';
import { ensureProdBuild, launchOnPages, PROD_DIR } from '../test/pages/harness.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

ensureProdBuild();
const sizes = Object.fromEntries(
  ['content-scripts/content.js', 'page-features.js', 'page-tools.js'].map((f) => {
    const code = readFileSync(path.join(PROD_DIR, f));
    return [
      f,
      {
        rawKB: +(code.length / 1024).toFixed(1),
        gzipKB: +(gzipSync(code, { level: 9 }).length / 1024).toFixed(1),
      },
    ];
  }),
);
console.log('sizes of the after-the-draft code');
console.table(sizes);

const h = await launchOnPages(PROD_DIR, 'zh');
try {
  const idle = await h.open(IDLE_URL);
  await idle.waitForTimeout(1500);
  const loaded = h.requests.filter((u) => u.startsWith(`chrome-extension://${h.extensionId}/`)).length;
  const marks = await idle.locator('[data-ta-toolkit-mark]').count();
  console.log(`idle biz.alibaba.com page (${IDLE_URL}): ${loaded} extension files loaded, ${marks} marks`);
  await idle.close();

  const timeToMarks = async (url: string, selector: string) => {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const page = await h.open(url); // resolves once window.__pages.ready (the data is rendered)
      const t0 = Date.now();
      await page.locator(selector).first().waitFor({ state: 'attached' });
      times.push(Date.now() - t0);
      await page.close();
    }
    return median(times);
  };
  const list = await timeToMarks(LIST_URL, '[data-ta-badge]');
  const detail = await timeToMarks(`${DETAIL_URL}${DETAIL_ORDERS.differs}`, '[data-ta-fee-compare]');
  console.log(
    `order list: badges ${list} ms after the test saw the list rendered (median of ${SAMPLES}; the features re-run 150 ms after the page's last change)`,
  );
  console.log(`order detail: fee comparison ${detail} ms after the page rendered (median of ${SAMPLES})`);
  console.log(
    JSON.stringify({
      sizes,
      idleExtensionFiles: loaded,
      idleMarks: marks,
      listBadgesMs: list,
      detailCompareMs: detail,
    }),
  );
} finally {
  await h.close();
}
