import { render } from 'preact';
import { loadPrefs } from '../../src/prefs.ts';
import { OptionsForm } from '../../src/ui/options-form.tsx';

const app = document.getElementById('app');
void loadPrefs().then((prefs) => {
  if (app) render(<OptionsForm initial={prefs} />, app);
});
