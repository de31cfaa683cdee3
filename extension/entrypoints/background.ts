import { listenForInspect } from '../src/background/page-tools.ts';

/** Only the toolbar click's page inspection (src/background/page-tools.ts); no network, no other work. */
export default defineBackground(() => {
  listenForInspect();
});
