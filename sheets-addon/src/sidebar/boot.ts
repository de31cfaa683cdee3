import type { Lang, Settings } from '@ta-toolkit/core/types';
import type { Problems } from '../problems.ts';

export type SidebarTab = 'problems' | 'calculator' | 'settings';

/** What the server hands the sidebar, as JSON in <script type="application/json" id="ta-boot">. */
export interface SidebarBoot {
  tab: SidebarTab;
  lang: Lang;
  settings: Settings;
  /** The last check's problems (null when the sidebar was opened for the calculator or settings). */
  problems: Problems | null;
}
