/** unzipper (exceljs's zip reader) ships no types: the central-directory reader xlsx-stream.ts uses. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  const unzipper: {
    Open: { file(path: string): Promise<{ files: { path: string; stream(): Readable }[] }> };
  };
  export default unzipper;
}
