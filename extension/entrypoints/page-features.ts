import { AUTO_FEATURES } from '../src/features/index.ts';
import { type FeatureRunner, runFeatures } from '../src/features/run.ts';
import { loadPrefs, watchPrefs } from '../src/prefs.ts';

/** What content.js gets from /page-features.js (an ES module, like form-checker.js). */
export interface PageFeaturesModule {
  start(doc: Document): Promise<FeatureRunner>;
}

/**
 * The order list and order detail features (src/features), packaged at /page-features.js and imported by
 * content.js only on those pages (src/features/pages.ts).
 */
export default defineUnlistedScript({
  globalName: false,
  main: (): PageFeaturesModule => ({
    async start(doc) {
      const runner = runFeatures(doc, AUTO_FEATURES, await loadPrefs());
      watchPrefs((p) => runner.setPrefs(p));
      return runner;
    },
  }),
});
