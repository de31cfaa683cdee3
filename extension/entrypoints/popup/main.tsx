import { render } from 'preact';
import { loadPrefs } from '../../src/prefs.ts';
import { Calculator } from '../../src/ui/calculator.tsx';
import { PageReport } from '../../src/ui/page-report.tsx';
import { uiLang } from '../../src/ui/page-strings.ts';

const app = document.getElementById('app');
void loadPrefs().then((prefs) => {
  if (app)
    render(
      <>
        <PageReport lang={uiLang(prefs.lang, navigator.language)} />
        <Calculator prefs={prefs} />
      </>,
      app,
    );
});
