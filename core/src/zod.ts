import * as z from 'zod/mini';

// The extension's pages and Apps Script forbid eval: zod must not compile validators with new Function.
// Every schema of core imports z from here, so this runs before any schema is built.
z.config({ jitless: true });

export { z };
