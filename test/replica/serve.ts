/**
 * The replica page for Playwright tests, built on demand:
 *
 *   const html = await replicaHtml('zh');
 *   await context.route('https://biz.alibaba.com/**', (r) =>
 *     r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
 *
 * dist/ is not committed: the first call builds it (≈ 0.3 s) and later calls reuse it unless a
 * source file is newer than the built file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReplica, REPLICA_SRC, type ReplicaLang, replicaPath } from './build';

export type { ReplicaLang } from './build';
export type { FormState, ReplicaHook, ReplicaSnapshot } from './src/hook';

/** URL the replica pretends to be (the real draft page lives under biz.alibaba.com/ta/). */
export const REPLICA_URL = 'https://biz.alibaba.com/ta/order/draft.htm';

const BUILD_SCRIPT = fileURLToPath(new URL('./build.ts', import.meta.url));

let building: Promise<unknown> | null = null;

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

async function newestSource(): Promise<number> {
  const files = (await readdir(REPLICA_SRC)).map((f) => path.join(REPLICA_SRC, f));
  const times = await Promise.all([...files, BUILD_SCRIPT].map(mtime));
  return Math.max(0, ...times.map((t) => t ?? 0));
}

async function isFresh(): Promise<boolean> {
  const [zh, en, src] = await Promise.all([
    mtime(replicaPath('zh')),
    mtime(replicaPath('en')),
    newestSource(),
  ]);
  return zh !== null && en !== null && zh >= src && en >= src;
}

/** Builds the replica if dist/ is missing or older than the sources. */
export async function ensureReplicaBuilt(): Promise<void> {
  if (await isFresh()) return;
  building ??= buildReplica().finally(() => {
    building = null;
  });
  await building;
}

/** The self-contained HTML of the draft-form replica in one language. */
export async function replicaHtml(lang: ReplicaLang): Promise<string> {
  await ensureReplicaBuilt();
  return readFile(replicaPath(lang), 'utf8');
}
