import { describe, expect, it } from 'vitest';
import { proposeLinks } from '../../src/linking/engine.ts';
import type { LinkOrder, LinkReceipt, LinkResult } from '../../src/linking/types.ts';
import { order, receipt, usd } from './fixtures.ts';

/** "row:part:minor" per link of the receipt's proposal, or null when it was not proposed. */
function proposed(result: LinkResult, receiptIndex: number, orders: readonly LinkOrder[]): string[] | null {
  const p = result.proposals.find((x) => x.receipt === receiptIndex);
  if (p === undefined) return null;
  return p.reading.links.map((l) => `${orders[l.order]?.row}:${l.part}:${l.amount.minor}`);
}

const codes = (result: LinkResult, receiptIndex: number) =>
  result.proposals.find((x) => x.receipt === receiptIndex)?.reading.reasons.map((r) => r.code) ?? [];

function run(orders: LinkOrder[], receipts: LinkReceipt[]) {
  const result = proposeLinks(orders, receipts);
  return {
    result,
    links: (i: number) => proposed(result, i, orders),
    codes: (i: number) => codes(result, i),
  };
}

describe('proposeLinks', () => {
  it('links a receipt carrying the order number and the exact advance', () => {
    const orders = [
      order(2, { advance: 75_000, balance: 175_000 }),
      order(3, { advance: 75_000, ref: '29887766554433' }),
    ];
    const { result, links, codes } = run(orders, [receipt(2, 75_000, { memo: 'ORDER 31189390501026002' })]);
    expect(links(0)).toEqual(['2:advance:75000']);
    expect(codes(0)).toEqual(['reference', 'payer-name', 'date', 'amount-exact']);
    const reading = result.proposals[0]?.reading;
    expect(reading?.shortfall).toEqual(usd(0));
    expect(reading?.confidence).toBeGreaterThanOrEqual(0.95);
    expect(reading?.findings.map((f) => f.rule)).toEqual(['linking/irreversible']);
  });

  it('proposes the exact small advance, not "advance + a balance short by all of it" (no link of 0 or less)', () => {
    // USD 0.63 advance and 0.57 balance: the tolerance (USD 50) is larger than the whole order.
    const orders = [order(2, { advance: 63, balance: 57 })];
    const { links } = run(orders, [receipt(2, 63, { memo: 'ORDER 31189390501026002' })]);
    expect(links(0)).toEqual(['2:advance:63']);
    // An unknown payer and no order number: only candidates, and none is "advance 0.63 + balance 0.00".
    const weak = run(orders, [receipt(2, 63, { memo: 'x', payer: 'NOBODY' })]).result;
    const candidates = weak.unmatched.flatMap((u) => u.candidates);
    expect(candidates.map((c) => c.links.map((l) => `${l.part}:${l.amount.minor}`))).toEqual([
      ['advance:63'],
    ]);
  });

  it('accepts a receipt short by bank charges within the tolerance, and says by how much', () => {
    const orders = [order(2, { advance: 77_500, balance: 100_000 })];
    const { result, links, codes } = run(orders, [receipt(2, 75_000, { memo: 'PO 31189390501026002' })]);
    expect(links(0)).toEqual(['2:advance:75000']);
    expect(result.proposals[0]?.reading.shortfall).toEqual(usd(2_500));
    expect(codes(0)).toContain('amount-short');
    expect(result.proposals[0]?.reading.reasons.find((r) => r.code === 'amount-short')?.message.en).toBe(
      'USD 750.00 is USD 25.00 short of the USD 775.00 outstanding on the advance of order 31189390501026002: bank charges within the USD 50.00 tolerance.',
    );
  });

  it('reads a receipt short by more than the tolerance as an instalment, with no shortfall', () => {
    const orders = [order(2, { advance: 80_000, balance: 100_000 })];
    const { result, links, codes } = run(orders, [receipt(2, 74_000, { memo: 'ORDER 31189390501026002' })]);
    expect(links(0)).toEqual(['2:advance:74000']);
    expect(result.proposals[0]?.reading.shortfall).toEqual(usd(0));
    expect(codes(0)).toContain('amount-partial');
  });

  it('takes instalments in received order: the second pays what the first left', () => {
    const orders = [order(2, { advance: 100_000, balance: 200_000 })];
    const receipts = [
      receipt(3, 59_970, { memo: 'ORDER 31189390501026002', receivedAt: Date.UTC(2026, 9, 20) }),
      receipt(2, 40_000, { memo: 'ORDER 31189390501026002', receivedAt: Date.UTC(2026, 9, 12) }),
    ];
    const { result, links } = run(orders, receipts);
    expect(links(1)).toEqual(['2:advance:40000']);
    expect(links(0)).toEqual(['2:advance:59970']);
    expect(result.proposals.find((p) => p.receipt === 0)?.reading.shortfall).toEqual(usd(30));
  });

  it('links one transfer to the advance and the balance together', () => {
    const orders = [order(2, { advance: 30_000, balance: 70_000 })];
    const { links, codes } = run(orders, [receipt(2, 100_000)]);
    expect(links(0)).toEqual(['2:advance:30000', '2:balance:70000']);
    expect(codes(0)).toEqual(['payer-name', 'date', 'amount-combined', 'amount-exact']);
  });

  it('links one transfer to two orders of one buyer, the shortfall on the last part', () => {
    const orders = [
      order(2, { advance: 45_000, balance: 105_000 }),
      order(3, { advance: 120_000, balance: 280_000 }),
    ];
    const { result, links, codes } = run(orders, [receipt(2, 163_000, { memo: 'GOODS PAYMENT' })]);
    expect(links(0)).toEqual(['2:advance:45000', '3:advance:118000']);
    expect(result.proposals[0]?.reading.shortfall).toEqual(usd(2_000));
    expect(codes(0)).toContain('amount-combined');
  });

  it('proposes nothing when two orders of the buyer fit equally: ranked candidates and why', () => {
    const orders = [
      order(2, { advance: 60_000, balance: 90_000 }),
      order(3, { advance: 60_000, balance: 140_000 }),
    ];
    const { result } = run(orders, [receipt(2, 60_000)]);
    expect(result.proposals).toEqual([]);
    const unmatched = result.unmatched[0];
    expect(unmatched?.candidates.slice(0, 2).map((c) => orders[c.links[0]?.order ?? -1]?.row)).toEqual([
      2, 3,
    ]);
    expect(unmatched?.why.en).toBe(
      'Two readings are about equally likely: choose by hand (a link cannot be undone).',
    );
    // A second such receipt: the first may pay either order, so neither is favoured by its row in the sheet.
    const again = run(orders, [receipt(2, 60_000), receipt(3, 60_000)]).result.unmatched[1];
    expect(again?.candidates.map((c) => c.confidence)).toEqual([
      again?.candidates[0]?.confidence,
      again?.candidates[0]?.confidence,
    ]);
  });

  it('links an amount to the cent that only one open order owes, from a related company with a bare memo', () => {
    // ACME HOLDINGS is only related to the buyer Acme Trading: alone, it and the exact amount are too weak.
    const agent = { payer: 'ACME HOLDINGS LTD', memo: 'GOODS PAYMENT' };
    const orders = [
      order(2, { advance: 514_387, balance: 1_200_000 }),
      order(3, { advance: 500_000, buyerName: 'Borealis Imports LLC' }),
    ];
    const { links, codes } = run(orders, [receipt(2, 514_387, agent)]);
    expect(links(0)).toEqual(['2:advance:514387']);
    expect(codes(0).filter((c) => c === 'amount-exact')).toHaveLength(2);
    // Near misses: a round amount (many orders' price), and an amount to the cent that two orders owe.
    expect(run(orders, [receipt(2, 500_000, agent)]).links(0)).toBeNull();
    const twins = [...orders, order(4, { advance: 514_387, buyerName: 'Borealis Imports LLC' })];
    expect(run(twins, [receipt(2, 514_387, agent)]).links(0)).toBeNull();
  });

  it('reads no payer (no column, a blank cell) as no evidence, not as an unknown payer', () => {
    const orders = [order(2, { advance: 75_000, balance: 175_000 })];
    const { result } = run(orders, [receipt(2, 75_000, { payer: '', memo: 'PO 31189390501026002' })]);
    const reasons = result.proposals[0]?.reading.reasons.map((r) => r.code);
    expect(reasons).toEqual(['reference', 'date', 'amount-exact']);
  });

  it('proposes nothing for a stranger whose amount matches an order (noise)', () => {
    const orders = [order(2, { advance: 150_000, balance: 350_000 })];
    const { result } = run(orders, [receipt(2, 150_000, { payer: 'NORDIC FREIGHT AS', memo: 'INV 55812' })]);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched[0]?.candidates[0]?.reasons.map((r) => r.code)).toContain('payer-unknown');
  });

  it('identifies the buyer by its registered payer, and warns when the payer is not the registered one', () => {
    const orders = [
      order(2, {
        advance: 50_000,
        balance: 50_000,
        registeredPayer: 'Orient Forwarding LLC',
        buyerName: 'Vela S.A.',
      }),
    ];
    const { result, links, codes } = run(orders, [
      receipt(2, 48_000, { payer: 'ORIENT FORWARDING L.L.C.' }),
      receipt(3, 50_000, { payer: 'VELA SA', memo: 'ORDER 31189390501026002', receivedOn: '2026-11-02' }),
    ]);
    expect(links(0)).toEqual(['2:advance:48000']);
    expect(codes(0)).toContain('payer-registered');
    expect(result.proposals[0]?.reading.findings.map((f) => f.rule)).toEqual(['linking/irreversible']);
    expect(links(1)).toEqual(['2:balance:50000']);
    expect(result.proposals[1]?.reading.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['linking/payer-mismatch', 'warning'],
      ['linking/irreversible', 'info'],
    ]);
  });

  it('finds the order by a memo with one digit wrong, or only the last digits, or cut off', () => {
    const orders = [
      order(2, { advance: 40_000, buyerName: 'Kestrel GmbH', ref: '311893905010267091' }),
      order(3, { advance: 40_000, buyerName: 'Kestrel GmbH', ref: '298877665544332211' }),
      order(4, { advance: 40_000, buyerName: 'Kestrel GmbH', ref: '275512340000999888' }),
    ];
    const { links, codes } = run(orders, [
      receipt(2, 40_000, { payer: 'KESTREL GMBH', memo: 'ORDER 311893905010267081' }),
      receipt(3, 40_000, { payer: 'KESTREL GMBH', memo: 'PO 332211' }),
      receipt(4, 40_000, { payer: 'KESTREL GMBH', memo: '/RFB/ALIBABA ORDER NO 27551234000' }),
    ]);
    expect([links(0), links(1), links(2)]).toEqual([
      ['2:advance:40000'],
      ['3:advance:40000'],
      ['4:advance:40000'],
    ]);
    expect([codes(0)[0], codes(1)[0], codes(2)[0]]).toEqual([
      'reference-near',
      'reference-near',
      'reference-near',
    ]);
  });

  it('keeps what a receipt pays beyond everything outstanding unlinked, and says so', () => {
    const orders = [order(2, { advance: 30_000, balance: 70_000 })];
    const { result, links } = run(orders, [receipt(2, 110_000, { memo: 'ORDER 31189390501026002' })]);
    expect(links(0)).toEqual(['2:advance:30000', '2:balance:70000']);
    const reading = result.proposals[0]?.reading;
    expect(reading?.unlinked).toEqual(usd(10_000));
    expect(reading?.reasons.find((r) => r.code === 'amount-partial')?.message.en).toContain(
      'USD 100.00 stays unlinked',
    );
  });

  it('weakens a receipt that arrived before the buyer confirmed', () => {
    const orders = [order(2, { advance: 30_000, confirmedOn: '2026-10-20' })];
    const { result } = run(orders, [receipt(2, 30_000)]);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched[0]?.candidates[0]?.reasons.map((r) => r.code)).toContain(
      'date-before-confirmation',
    );
  });

  it('never links to a closed order, a paid part, or across currencies', () => {
    const orders = [
      order(2, { advance: 30_000, closed: true }),
      { ...order(3), advance: { amount: usd(30_000), paid: usd(30_000) } },
      order(4, { advance: 30_000, currency: 'CNY' }),
    ];
    const { result } = run(orders, [
      receipt(2, 30_000, { memo: 'ORDER 31189390501026002 31189390501026003' }),
    ]);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched[0]?.why.en).toBe('No open order is in USD.');
  });

  it('says when a receipt is already linked in full', () => {
    const { result } = run([order(2, { advance: 30_000 })], [receipt(2, 30_000, { linked: usd(30_000) })]);
    expect(result.unmatched[0]?.why.en).toBe('Nothing is left to link: the receipt is linked in full.');
  });

  it('checks an intended link instead of proposing one, and counts it for later receipts', () => {
    const orders = [order(2, { advance: 50_000, balance: 50_000 })];
    const { result, links } = run(orders, [
      receipt(2, 60_000, { intended: { order: '31189390501026002', part: 'advance', amount: usd(60_000) } }),
      receipt(3, 50_000, { memo: 'ORDER 31189390501026002' }),
    ]);
    expect(result.intended[0]?.findings.map((f) => [f.rule, f.severity, f.field])).toEqual([
      ['linking/over-outstanding', 'error', 'link_amount'],
      ['linking/irreversible', 'info', 'amount'],
    ]);
    expect(result.intended[0]?.findings[0]?.message.en).toBe(
      'The link of USD 600.00 is more than the USD 500.00 outstanding on the advance of order 31189390501026002.',
    );
    expect(links(1)).toEqual(['2:balance:50000']);
  });
});

describe('proposeLinks: what a later receipt makes clear', () => {
  const confirmed = Date.UTC(2026, 9, 1);
  const day = (n: number) => confirmed + n * 86_400_000;

  it('reads an unmatched receipt again once a later one took the other order', () => {
    // Two orders of one buyer, both USD 1,000.00: the first transfer names neither, the second names order 3.
    const orders = [order(2, { advance: 100_000 }), order(3, { advance: 100_000 })];
    const receipts = [
      receipt(2, 100_000, { receivedAt: day(3) }),
      receipt(3, 100_000, { memo: 'ORDER 31189390501026003', receivedAt: day(5) }),
    ];
    const { links, result } = run(orders, receipts);
    expect(links(1)).toEqual(['3:advance:100000']);
    expect(links(0)).toEqual(['2:advance:100000']);
    expect(result.unmatched).toEqual([]);
  });

  it('links two instalments of one payer that add up to a part, less each transfer’s bank charges', () => {
    // USD 4,000.00 + 5,970.00 = 9,970.00: order 2's USD 10,000.00 advance less USD 30.00; order 3's USD 7,000.00
    // advance cannot take both.
    const orders = [order(2, { advance: 1_000_000 }), order(3, { advance: 700_000 })];
    const receipts = [
      receipt(2, 400_000, { receivedAt: day(2) }),
      receipt(3, 597_000, { receivedAt: day(9) }),
    ];
    const { links, result } = run(orders, receipts);
    expect(links(0)).toEqual(['2:advance:400000']);
    expect(links(1)).toEqual(['2:advance:597000']);
    expect(result.proposals.find((p) => p.receipt === 1)?.reading.shortfall).toEqual(usd(3_000));
    const pair = result.proposals
      .find((p) => p.receipt === 0)
      ?.reading.reasons.filter((r) => r.code === 'amount-partial')
      .map((r) => r.message);
    expect(pair?.[1]).toEqual({
      en: 'With receipt R-3 (USD 5,970.00) from the same payer it adds up to USD 9,970.00: the USD 10,000.00 outstanding less USD 30.00 of bank charges.',
      zh: '与同一付款人的到账“R-3”（USD 5,970.00）合计 USD 9,970.00，即未付金额 USD 10,000.00 减去银行扣费 USD 30.00。',
    });
  });

  it('does not pair a small payment (under a fifth of the part) with another as instalments', () => {
    // USD 150.00 (a sample fee?) + 9,830.00 = 9,980.00 would fit the USD 10,000.00 advance.
    const orders = [order(2, { advance: 1_000_000 }), order(3, { advance: 700_000 })];
    const receipts = [
      receipt(2, 15_000, { receivedAt: day(2) }),
      receipt(3, 983_000, { receivedAt: day(9) }),
    ];
    expect(run(orders, receipts).links(0)).toBeNull();
  });
  it('pays a small part in one transfer: two payments adding up to a USD 585.11 advance are not instalments', () => {
    // USD 179.00 (a sample fee?) + 364.00 = 543.00 is the USD 585.11 advance less 42.11: a coincidence, since each
    // transfer costs the buyer its own bank charges. USD 1,790.00 + 4,040.00 of a USD 5,851.10 advance are
    // instalments.
    const pair = (first: number, second: number) => [
      receipt(2, first, { receivedAt: day(2) }),
      receipt(3, second, { receivedAt: day(9) }),
    ];
    expect(run([order(2, { advance: 58_511 })], pair(17_900, 36_400)).links(0)).toBeNull();
    expect(run([order(2, { advance: 585_110 })], pair(179_000, 404_000)).links(0)).toEqual([
      '2:advance:179000',
    ]);
  });

  it('does not pair two payments as instalments when the buyer also sent one transfer that pays the part whole', () => {
    // USD 4,000.00 + 5,970.00 would fit the USD 10,000.00 advance, but USD 9,990.00 pays it in one go.
    const orders = [order(2, { advance: 1_000_000 }), order(3, { advance: 700_000 })];
    const receipts = [
      receipt(2, 400_000, { receivedAt: day(2) }),
      receipt(3, 597_000, { receivedAt: day(9) }),
      receipt(4, 999_000, { receivedAt: day(12) }),
    ];
    const { result, links } = run(orders, receipts);
    expect(links(0)).toBeNull();
    const first = result.unmatched.find((u) => u.receipt === 0)?.candidates[0];
    expect(first?.links.map((l) => l.amount.minor)).toEqual([400_000]);
    expect(first?.reasons.filter((r) => r.code === 'amount-partial')).toHaveLength(1);
    // Without the whole payment the two are instalments (the test above, 'links two instalments …').
    expect(run(orders, receipts.slice(0, 2)).links(0)).toEqual(['2:advance:400000']);
  });

  it('links one transfer to the two orders its memo names, even from a payer unknown to the buyer', () => {
    const orders = [
      order(2, { advance: 187_500, balance: 437_500 }),
      order(3, { advance: 150_000, balance: 350_000 }),
    ];
    const agent = { payer: 'ATLAS FREIGHT FORWARDERS' };
    // USD 3,334.00: both advances (3,375.00) less USD 41.00 of charges.
    const memo = 'PAYMENT FOR 31189390501026002 / 31189390501026003';
    const { result, links, codes } = run(orders, [receipt(2, 333_400, { memo, ...agent })]);
    expect(links(0)).toEqual(['2:advance:187500', '3:advance:145900']);
    expect(codes(0).filter((c) => c === 'reference')).toHaveLength(2);
    // Each order the memo names counts: not only the stronger one.
    expect(result.proposals[0]?.reading.confidence).toBeGreaterThanOrEqual(0.95);
    // An agent's transfer that only adds up to the two advances, no order named: candidates, no proposal.
    expect(run(orders, [receipt(2, 333_400, { memo: 'GOODS', ...agent })]).links(0)).toBeNull();
  });
});

describe('proposeLinks: payer names as banks print them', () => {
  it('finds the buyer behind a payer name with two letters swapped', () => {
    const orders = [
      order(2, { advance: 123_456, buyerName: 'Luxvor Trading Pty Ltd' }),
      order(3, { advance: 123_456, buyerName: 'Marendo Imports LLC' }),
    ];
    const { links, codes } = run(orders, [receipt(2, 123_456, { payer: 'LXUVOR TRADING PTY LTD' })]);
    expect(links(0)).toEqual(['2:advance:123456']);
    expect(codes(0)).toContain('payer-name');
  });

  it('takes receipts of the same moment by what they are, not by their row (a day-only statement, sorted otherwise)', () => {
    const orders = [order(2, { advance: 100_000 })];
    const at = Date.UTC(2026, 9, 10);
    const pays = (rowA: number, rowB: number) => {
      const receipts = [
        receipt(rowA, 100_000, { ref: 'TT-A', memo: 'ORDER 31189390501026002', receivedAt: at }),
        receipt(rowB, 100_000, { ref: 'TT-B', memo: 'ORDER 31189390501026002', receivedAt: at }),
      ];
      const result = proposeLinks(orders, receipts);
      return result.proposals.map((p) => receipts[p.receipt]?.ref);
    };
    expect(pays(2, 3)).toEqual(['TT-A']);
    expect(pays(3, 2)).toEqual(['TT-A']);
  });

  it("counts the seller's intended links before any proposal, even those of later receipts", () => {
    const orders = [order(2, { advance: 300_000 })];
    const receipts = [
      receipt(2, 300_000, { memo: 'ORDER 31189390501026002', receivedAt: Date.UTC(2026, 10, 2) }),
      receipt(3, 300_000, {
        receivedAt: Date.UTC(2026, 10, 3),
        intended: { order: '31189390501026002', part: 'advance', amount: usd(300_000) },
      }),
    ];
    const { result, links } = run(orders, receipts);
    expect(result.intended[0]?.findings.map((f) => f.rule)).toEqual(['linking/irreversible']);
    expect(links(0)).toBeNull();
  });

  it('says why a memo naming an order does not link it: closed, another currency, nothing outstanding', () => {
    const why = (o: LinkOrder, currency: 'USD' | 'CNY' = 'USD') =>
      run(
        [o, order(3, { advance: 555_555, buyerName: 'Other Buyer Ltd', ref: '29887766554433', currency })],
        [receipt(2, 100_000, { memo: 'ORDER 31189390501026002', amount: { minor: 100_000, currency } })],
      ).result.unmatched[0]?.why.en;
    expect(why(order(2, { advance: 100_000, closed: true }))).toBe(
      'The memo names order 31189390501026002, which is closed: nothing can be linked to it.',
    );
    expect(why(order(2, { advance: 100_000 }), 'CNY')).toBe(
      'The memo names order 31189390501026002, which is in USD; this receipt is in CNY.',
    );
  });

  it('does not read a shortfall of more than a tenth of the part as bank charges', () => {
    // USD 50.00 for a USD 81.00 advance: 31.00 short, within the USD 50 tolerance, but no bank takes 38 %
    const small = run([order(2, { advance: 8_100 })], [receipt(2, 5_000)]);
    expect(small.result.proposals.flatMap((p) => p.reading.reasons.map((r) => r.code))).not.toContain(
      'amount-short',
    );
    expect(
      small.result.unmatched.flatMap((u) => u.candidates.flatMap((c) => c.reasons.map((r) => r.code))),
    ).not.toContain('amount-short');
    // USD 975.00 for USD 1,000.00: charges
    expect(run([order(2, { advance: 100_000 })], [receipt(2, 97_500)]).codes(0)).toContain('amount-short');
  });
});
