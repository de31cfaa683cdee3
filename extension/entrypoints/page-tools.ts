import { CLICK_FEATURES } from '../src/features/index.ts';
import { type PageToolsReport, startPageTools } from '../src/features/page-tools.ts';

/**
 * Injected on the seller's toolbar click (src/background/page-tools.ts: activeTab + scripting), as one
 * self-contained classic script: nothing is imported, so nothing needs to be web-accessible. The first
 * injection starts the features and watches the page until the tab navigates; every injection returns
 * what they found, which the popup shows.
 */
export default defineUnlistedScript((): PageToolsReport => startPageTools(document, CLICK_FEATURES));
