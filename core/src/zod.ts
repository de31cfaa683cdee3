import { config } from 'zod/mini';

// The extension's pages and Apps Script forbid eval: zod must not compile validators with new Function.
// Every module of core that builds a schema imports this file first, so this runs before any schema exists.
config({ jitless: true });
