#!/usr/bin/env node
// ta-check: the bundled CLI (built by `npm run build -w core`, which `npm install` runs).
import { main } from '../dist/cli.js';

main().catch((error) => {
  process.stderr.write(
    `ta-check: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
});
