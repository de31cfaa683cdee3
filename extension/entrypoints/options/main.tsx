import { render } from 'preact';
import { loadPrefs } from '../../src/prefs.ts';
import { OptionsForm } from '../../src/ui/options-form.tsx';
import { uiLang } from '../../src/ui/page-strings.ts';

const app = document.getElementById('app');
void loadPrefs().then((prefs) => {
  // the page's language is the one it is written in (screen readers, fonts, hyphenation)
  document.documentElement.lang = uiLang(prefs.lang, navigator.language) === 'zh' ? 'zh-CN' : 'en';
  if (app) render(<OptionsForm initial={prefs} />, app);
});
