import { describe, expect, it } from 'vitest';
import { numberCell } from '../../src/cells.ts';
import { fieldForHeader, headerCandidates } from '../../src/sheet/columns.ts';
import { classifyRow, findTable } from '../../src/sheet/find-table.ts';

describe('headers as people write them', () => {
  it.each([
    ['单价（USD）', 'unit_price'],
    ['单价(USD)', 'unit_price'],
    ['单价 USD', 'unit_price'],
    ['订单类型（TA/DPO）*', 'order_type'],
    ['订单编号(Order Number)', 'order_ref'],
    ['Order Number (订单编号)', 'order_ref'],
    ['＊订单总价（美元）', 'order_total'],
    ['订单　总价', 'order_total'],
    ['訂單總價', 'order_total'],
    ['買家郵箱', 'buyer_email'],
    ['訂單類型', 'order_type'],
    ['預付款', 'advance'],
    ['Buyer E-mail', 'buyer_email'],
    ['PO Number', 'order_ref'],
    ['Down payment', 'advance'],
    ['Total Amount', 'order_total'],
    ['Ship within (days)', 'ship_within_days'],
    ['ORDER_TYPE', 'order_type'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('names no field for a header it does not know', () => {
    expect(headerCandidates('Salesperson')).toEqual([]);
    expect(headerCandidates('')).toEqual([]);
  });
});

describe('findTable', () => {
  const header = ['订单号', '订单类型', '订单总价', '买家邮箱'];
  const order = ['PO-1', 'TA', '100', 'a@example.com'];

  it('finds the header under a title row and a date line whose label is a known header', () => {
    const search = findTable([['2026年11月 信用保障订单汇总'], ['日期：', '2026-11-20'], [], header, order]);
    expect(search).toEqual({
      found: true,
      layout: {
        headerIndex: 3,
        columns: ['order_ref', 'order_type', 'order_total', 'buyer_email'],
        unknown: [],
        duplicates: [],
      },
    });
  });

  it('reports unknown columns and duplicate fields', () => {
    const search = findTable([
      ['Order Type', 'Salesperson', 'Total', 'Order Amount'],
      ['TA', 'Li', '1', '1'],
    ]);
    expect(search.found && search.layout).toEqual({
      headerIndex: 0,
      columns: ['order_type', null, 'order_total', null],
      unknown: [{ column: 1, header: 'Salesperson' }],
      duplicates: ['order_total'],
    });
  });

  it('maps `Shipping` by its values: amounts are the freight, names are the method', () => {
    const amounts = findTable([
      ['Order type', 'Shipping'],
      ['TA', '25.00'],
      ['TA', numberCell(30)],
    ]);
    expect(amounts.found && amounts.layout.columns).toEqual(['order_type', 'freight']);
    const methods = findTable([
      ['Order type', 'Shipping'],
      ['TA', 'Sea'],
      ['TA', 'Air'],
    ]);
    expect(methods.found && methods.layout.columns).toEqual(['order_type', 'shipping_method']);
  });

  it('with a shipping method column already there, `Shipping` over amounts is still the freight', () => {
    const search = findTable([
      ['Order type', 'Ship method', 'Shipping'],
      ['TA', 'Sea', '12'],
    ]);
    expect(search.found && search.layout.columns).toEqual(['order_type', 'shipping_method', 'freight']);
  });

  it('refuses a sheet with no order type or amount column, and one with no header at all', () => {
    expect(
      findTable([
        ['Email', 'Country'],
        ['a@b.com', 'US'],
      ]),
    ).toEqual({
      found: false,
      reason: 'no-order-column',
      bestRow: 0,
      known: ['buyer_email', 'destination'],
    });
    expect(
      findTable([
        ['Name', 'Phone'],
        ['Li', '123'],
      ]),
    ).toMatchObject({ found: false, reason: 'no-header' });
    expect(findTable([])).toEqual({ found: false, reason: 'no-header' });
  });
});

describe('classifyRow', () => {
  it('tells orders, blank rows and totals rows apart', () => {
    expect(classifyRow(['', ' ', ''], 1)).toBe('blank');
    expect(classifyRow(['合计', '', numberCell(900)], 1)).toBe('totals');
    expect(classifyRow(['', '總計', '', '900'], 2)).toBe('totals');
    expect(classifyRow(['Total:', '', '900'], 1)).toBe('totals');
    expect(classifyRow(['PO-1', 'TA', '900'], 1)).toBe('order');
    // A first cell that says Total but an order type of its own: an order (its ref happens to be "Total").
    expect(classifyRow(['Total', 'TA', '900'], 1)).toBe('order');
  });
});
