/**
 * Where the automatic features run, by address only (as refined-github's page detection): content.js
 * imports this file alone, so deciding costs nothing on every other page and loads nothing there.
 */

/** The order list (所有订单). Its data comes from /list/ajax/ta/mainv2.json: the page is that /list/ app's. */
export function isOrderList(url: URL): boolean {
  return (
    url.hostname === 'biz.alibaba.com' &&
    url.pathname.startsWith('/list/') &&
    !url.pathname.includes('/ajax/')
  );
}

/** The order detail: https://biz.alibaba.com/ta/detail.htm?orderId=… */
export function isOrderDetail(url: URL): boolean {
  return (
    url.hostname === 'biz.alibaba.com' && url.pathname === '/ta/detail.htm' && url.searchParams.has('orderId')
  );
}

/** Any page an automatic feature (features/index.ts AUTO_FEATURES) runs on. */
export function hasAutoFeature(href: string): boolean {
  try {
    const url = new URL(href);
    return isOrderList(url) || isOrderDetail(url);
  } catch {
    return false;
  }
}
