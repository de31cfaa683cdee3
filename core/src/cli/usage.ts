import type { Lang, Message } from '../types.ts';
import type { CliOutcome } from './main.ts';

/** What `ta-check --help` prints, in the language asked for. */
export const CHECK_USAGE: Message = {
  en: `Usage: ta-check FILE.csv|FILE.xlsx [--format table|json|ndjson|csv] [--settings FILE.json]
                [--today YYYY-MM-DD] [--lang en|zh] [--encoding NAME] [--sheet NAME] [--csv-safe] [--no-bom]
       ta-check link ORDERS RECEIPTS …   (ta-check link --help)

Checks every order row of a Trade Assurance / Direct Pay order sheet and prices its fees.
  --encoding  a CSV's encoding when the guess is wrong: utf-8, utf-16le, utf-16be, gb18030 (gbk), big5
  --sheet     the XLSX sheet to read when several hold orders
  --csv-safe  with --format csv: put ' before echoed cells that start with = + - @ (sheets from others)
  --no-bom    with --format csv: no UTF-8 byte-order mark
Exit codes: 0 no row has an error, 1 some row has an error, 2 the input could not be read.`,
  zh: `用法：ta-check 文件.csv|文件.xlsx [--format table|json|ndjson|csv] [--settings 设置.json]
                [--today YYYY-MM-DD] [--lang en|zh] [--encoding 编码] [--sheet 工作表] [--csv-safe] [--no-bom]
       ta-check link 订单表 收款表 …   （ta-check link --help）

检查信用保障 / e收汇订单表的每一行订单，并计算各项费用。
  --format    输出格式：table（表格，默认）、json、ndjson、csv
  --settings  设置文件（JSON：会员类型、地区、汇率等）
  --today     以此日期为今天（默认美国太平洋时间的今天）
  --lang      输出语言：en 英文，zh 中文
  --encoding  CSV 编码猜错时指定：utf-8、utf-16le、utf-16be、gb18030（gbk）、big5
  --sheet     XLSX 中有多个订单工作表时，指定要读的工作表
  --csv-safe  与 --format csv 同用：回显的单元格以 = + - @ 开头时前加 '（表格来自他人时）
  --no-bom    与 --format csv 同用：不写 UTF-8 字节顺序标记
退出码：0 没有错误，1 有行存在错误，2 无法读取输入。`,
};

/** What `ta-check link --help` prints, in the language asked for. */
export const LINK_USAGE: Message = {
  en: `Usage: ta-check link ORDERS RECEIPTS [--format table|json|csv] [--settings FILE.json]
                [--today YYYY-MM-DD] [--lang en|zh] [--orders-sheet NAME] [--receipts-sheet NAME]
                [--csv-safe] [--no-bom]

Proposes which order's advance or balance each T/T receipt pays, explains why, and flags overdue orders.
It never links anything: a link cannot be changed or undone. ORDERS and RECEIPTS are CSV or XLSX files
(one XLSX file with both sheets may be given twice).
RECEIPTS columns (English, Chinese, or as banks name them): amount (到账金额, Credit Amount, 贷方发生额), payer
(付款人, Remitter Name, 对方户名), received_at (到账时间, Value Date, 交易日期), memo (附言, 摘要, Payment Details),
currency (币种), receipt_ref, linked, and link_order / link_part / link_amount for a link you intend to make.
  --csv-safe  with --format csv: put ' before echoed cells that start with = + - @ (payers' memos come from others)
  --no-bom    with --format csv: no UTF-8 byte-order mark
Exit codes: 0 no error finding, 1 some error finding, 2 an input could not be read.`,
  zh: `用法：ta-check link 订单表 收款表 [--format table|json|csv] [--settings 设置.json]
                [--today YYYY-MM-DD] [--lang en|zh] [--orders-sheet 工作表] [--receipts-sheet 工作表]
                [--csv-safe] [--no-bom]

为每笔 T/T 到账建议应关联的订单及预付款或尾款，说明理由，并标出逾期订单。
本工具从不执行关联：关联后不能修改或撤销。订单表和收款表为 CSV 或 XLSX 文件
（两张表在同一个 XLSX 文件中时，可把该文件给两次）。
收款表的列（中文、英文或银行导出的列名均可）：到账金额（贷方发生额）、付款人（对方户名）、到账时间（交易日期）、
附言（摘要）、币种、到账编号、已关联金额，以及拟关联的关联订单 / 关联类型 / 确认关联金额。
  --format          输出格式：table（表格，默认）、json、csv
  --orders-sheet    XLSX 中订单所在的工作表
  --receipts-sheet  XLSX 中收款所在的工作表
  --csv-safe        与 --format csv 同用：回显的单元格以 = + - @ 开头时前加 '（付款人的附言来自他人）
  --no-bom          与 --format csv 同用：不写 UTF-8 字节顺序标记
退出码：0 没有错误，1 有错误，2 无法读取输入。`,
};

/** The language the command line asks for, read before its arguments are (so an error in them is said in it). */
export function argvLang(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'zh' ? 'zh' : 'en';
}

/**
 * How a command refuses to run (exit 2, one line on stderr), in the language the command line asks for: it is
 * decided before the options are read, so an error in them is said in it too.
 */
export function refusal(command: string, argv: readonly string[]): (message: Message) => CliOutcome {
  const lang = argvLang(argv);
  return (message) => ({ stdout: '', stderr: `${command}: ${message[lang]}\n`, code: 2 });
}

/** A command-line parsing error in both languages (Node words it in English only), with the usage. */
export function argsError(error: unknown, usage: Message): Message {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const zh =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `未知选项“${quoted}”`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `选项“${quoted}”缺少值或值无效`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `多余的参数“${quoted}”`
          : '命令行参数无效';
  return { en: `${message}\n${usage.en}`, zh: `${zh}\n${usage.zh}` };
}

/** A wrong --format, in both languages. */
export function formatError(format: string, formats: readonly string[]): Message {
  return {
    en: `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, not "${format}"`,
    zh: `--format 应为 ${formats.join('、')} 之一，而不是“${format}”`,
  };
}
