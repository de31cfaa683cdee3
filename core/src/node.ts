/** Node-only entry: reading CSV/XLSX files and the ta-check command. */

export { runCli } from './cli/main.ts';
export { type OpenedSheet, openSheet, type SheetRow } from './sheet/open-sheet.ts';
export { type Grid, parseCsv, SheetReadError } from './sheet/read-file.ts';
