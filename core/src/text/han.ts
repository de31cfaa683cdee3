/**
 * Traditional Chinese → Simplified for the words an order sheet is made of (headers such as 訂單總價 and
 * 買家郵箱, values such as 美國, 電匯, 自營出口). Character by character: every pair here is one-to-one in
 * this vocabulary, so no word-level table is needed.
 */
const PAIRS =
  '訂订單单號号編编類类買买賣卖郵邮國国幣币種种價价數数產产總总運运費费險险預预額额組组織织發发區区輸输貿贸術术語语' +
  '貨货實实際际帳账賬账戶户備备註注現现達达營营電电匯汇聯联審审務务個个對对業业計计稅税條条從从時时間间離离關关歐欧' +
  '羅罗爾尔蘭兰馬马亞亚麥麦紐纽內内臘腊瑪玛烏乌維维陸陆灣湾島岛門门韓韩敘叙蓋盖麗丽緬缅紹绍衛卫濟济團团東东廣广機机' +
  '場场選选擇择';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i] as string;
    const to = chars[i + 1] as string;
    map.set(from, to);
  }
  return map;
})();

const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'gu');

export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => TO_SIMPLIFIED.get(ch) ?? ch);
}
