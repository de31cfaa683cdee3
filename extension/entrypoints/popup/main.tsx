import { render } from 'preact';
import { loadPrefs } from '../../src/prefs.ts';
import { Calculator } from '../../src/ui/calculator.tsx';
import { PageReport } from '../../src/ui/page-report.tsx';
import { uiLang } from '../../src/ui/page-strings.ts';

const app = document.getElementById('app');
void loadPrefs().then((prefs) => {
  const lang = uiLang(prefs.lang, navigator.language);
  // the page's language is the one it is written in (screen readers, fonts, hyphenation)
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  if (app)
    render(
      <>
        <PageReport lang={lang} />
        <Calculator prefs={prefs} />
      </>,
      app,
    );
});
