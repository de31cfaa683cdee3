// Fusion ships typings for its package root and types/*, not for its per-locale ES modules.
declare module '@alifd/next/es/locale/*' {
  const locale: import('@alifd/next/types/locale/types').Locale;
  export default locale;
}
