import { readFile } from 'node:fs/promises';
import { parseIsoDate, todayInPacific } from '../check/dates.ts';
import { parseSettings } from '../settings.ts';
import type { Lang, Message, Settings } from '../types.ts';

/** The parseArgs declarations of the options every command takes. */
export const COMMON_ARGS = {
  format: { type: 'string', short: 'f' },
  settings: { type: 'string', short: 's' },
  today: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options of `--format csv`, for every command that writes CSV. */
export const CSV_ARGS = {
  'csv-safe': { type: 'boolean' },
  'no-bom': { type: 'boolean' },
} as const;

/** The options ta-check and ta-check link share, as given on the command line. */
export interface CommonValues {
  lang?: string;
  today?: string;
  settings?: string;
}

export type CommonOptions =
  | { ok: true; lang: Lang; today: string; settings: Settings; stderr: string }
  | { ok: false; error: Message };

/**
 * --lang, --today (US Pacific by default) and --settings (a JSON file through core's parseSettings: a bad key
 * is a line on stderr naming it, the other settings still apply), read the same way by every command.
 */
export async function readCommonOptions(values: CommonValues, command: string): Promise<CommonOptions> {
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh')
    return {
      ok: false,
      error: {
        en: `--lang must be en or zh, not "${values.lang}"`,
        zh: `--lang 应为 en 或 zh，而不是“${values.lang}”`,
      },
    };
  const lang: Lang = values.lang === 'zh' ? 'zh' : 'en';
  let today = todayInPacific();
  if (values.today !== undefined) {
    const parsed = parseIsoDate(values.today);
    if (parsed === null)
      return {
        ok: false,
        error: {
          en: `--today must be a date YYYY-MM-DD, not "${values.today}"`,
          zh: `--today 应为日期 YYYY-MM-DD，而不是“${values.today}”`,
        },
      };
    today = parsed;
  }
  let settings: Settings = {};
  let stderr = '';
  if (values.settings !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(values.settings, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why: Message =
        code === 'ENOENT'
          ? { en: 'no such file', zh: '文件不存在' }
          : code
            ? { en: 'cannot be read', zh: '无法读取' }
            : { en: 'not valid JSON', zh: '不是有效的 JSON' };
      return {
        ok: false,
        error: { en: `${values.settings}: ${why.en}`, zh: `${values.settings}：${why.zh}` },
      };
    }
    const parsed = parseSettings(json);
    settings = parsed.settings;
    for (const f of parsed.findings) stderr += `${command}: ${values.settings}: ${f.message[lang]}\n`;
  }
  return { ok: true, lang, today, settings, stderr };
}
