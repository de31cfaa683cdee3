import { render } from 'preact';
import { loadPrefs } from '../../src/prefs.ts';
import { Calculator } from '../../src/ui/calculator.tsx';

const app = document.getElementById('app');
void loadPrefs().then((prefs) => {
  if (app) render(<Calculator prefs={prefs} />, app);
});
