/** The message a content script sends to have the background open the options page (entrypoints/background.ts). */
export const OPEN_OPTIONS_MESSAGE = 'ta-toolkit:open-options';
