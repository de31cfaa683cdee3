/**
 * Every feature beyond the draft form, by how it starts:
 * - AUTO_FEATURES run by themselves on biz.alibaba.com pages whose address says so (pages.ts): content.js
 *   imports the page-features module only there.
 * - CLICK_FEATURES run when the seller clicks the toolbar button on a page whose address is not public
 *   (no host permission): the popup has the background inject the page-tools script (activeTab +
 *   scripting), which recognises the page by what it shows.
 * Each entrypoint imports only its list, so neither bundle carries the other's features.
 */
import type { Feature } from './feature.ts';
import { fundLinking } from './fund-linking.ts';
import { orderDetailFees } from './order-detail-fees.ts';
import { orderListBadges } from './order-list-badges.ts';
import { withdrawalForm } from './withdrawal-form.ts';

export const AUTO_FEATURES: readonly Feature[] = [orderListBadges, orderDetailFees];
export const CLICK_FEATURES: readonly Feature[] = [fundLinking, withdrawalForm];
