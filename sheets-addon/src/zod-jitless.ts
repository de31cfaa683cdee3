/**
 * zod compiles fast object parsers with `new Function` unless told not to. Apps Script and the sidebar's
 * sandboxed iframe are no places to rely on eval, so switch it off before anything parses. Imported first
 * by every entry file (core may set it too; setting it twice is harmless).
 */
import * as z from 'zod';

z.config({ jitless: true });
