/** Node-only entry: reading CSV/XLSX files and the ta-check command. */

export { runCli } from './cli/main.ts';
export { type Grid, parseCsv, parseXlsx, readSheetFile, SheetReadError } from './sheet/read-file.ts';
