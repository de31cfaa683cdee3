import { describe, expect, it } from 'vitest';
import { nameSimilarity, normalizeName } from '../../src/linking/names.ts';

const sim = (a: string, b: string) => nameSimilarity(normalizeName(a), normalizeName(b));

describe('payer and buyer names', () => {
  it('drops case, punctuation and legal forms', () => {
    expect(normalizeName('ACME TRADING CO., LTD.').compact).toBe('acmetrading');
    expect(normalizeName('Acme Trading Company Limited').compact).toBe('acmetrading');
    expect(normalizeName('Hofmann Maschinen GmbH').compact).toBe('hofmannmaschinen');
    expect(normalizeName('Vela S.A.').compact).toBe('vela');
    expect(normalizeName('深圳市科维拉贸易有限公司').compact).toBe('深圳市科维拉贸易');
    expect(normalizeName('Acme Trading L.L.C.').compact).toBe('acmetrading');
  });

  it('reads one company under its variants as the same name', () => {
    expect(sim('Acme Trading Co., Ltd.', 'ACME TRADING CO LTD')).toBe(1);
    expect(sim('Acme Trading LLC', 'Acme Trading Limited')).toBe(1);
    expect(sim('深圳市科维拉贸易有限公司', '深圳市科维拉贸易股份有限公司')).toBe(1);
  });

  it('reads a name without its accents, as banks print it, as the same name', () => {
    expect(sim('Société Générale Import SARL', 'SOCIETE GENERALE IMPORT SARL')).toBe(1);
    expect(sim('Müller Maschinenbau GmbH', 'MULLER MASCHINENBAU GMBH')).toBe(1);
    expect(sim('Großhandel Weiß GmbH', 'GROSSHANDEL WEISS GMBH')).toBe(1);
    expect(sim('Müller Maschinenbau GmbH', 'MUELLER MASCHINENBAU GMBH')).toBe(1);
    expect(sim('Müller & Söhne GmbH', 'MUELLER AND SOEHNE GMBH')).toBe(1);
    // other scripts keep their marks: a Hindi name is not mangled
    expect(normalizeName('हिन्दी ट्रेडर्स').compact).toBe('हिन्दीट्रेडर्स');
  });

  it('reads a name without the city it opens with as near (banks and payers drop it)', () => {
    expect(sim('Shenzhen Huaxin Trading Co., Limited', 'HUAXIN TRADING CO LIMITED')).toBeGreaterThanOrEqual(
      0.75,
    );
    expect(sim('Hong Kong Brightway Industrial Limited', 'BRIGHTWAY INDUSTRIAL LTD')).toBeGreaterThanOrEqual(
      0.75,
    );
    // a place alone tells no company apart
    expect(
      sim('Shenzhen Huaxin Trading Co., Limited', 'Shenzhen Kaida Trading Co., Limited'),
    ).toBeLessThanOrEqual(0.5);
  });

  it("reads SWIFT's ordering customer as banks export it: the account line and a structured field's address left out", () => {
    const buyer = 'Pampas Agro S.R.L.';
    expect(sim(buyer, '/AR0170099220000067797370 PAMPAS AGRO SRL')).toBe(1);
    expect(sim(buyer, '/AR0170099220000067797370\nPAMPAS AGRO SRL\nAV CORRIENTES 1234\nBUENOS AIRES')).toBe(
      0.95,
    );
    expect(sim(buyer, '1/PAMPAS AGRO SRL 2/AV CORRIENTES 1234 3/AR/BUENOS AIRES')).toBe(1);
    expect(
      sim(buyer, '/AR0170099220000067797370\n1/PAMPAS\n8/AGRO SRL\n2/AV CORRIENTES 1234\n3/AR/BUENOS AIRES'),
    ).toBe(1);
    // Near miss: another company's structured field stays another company.
    expect(sim(buyer, '1/PAMPERO LOGISTICA SA 2/AV CORRIENTES 1234 3/AR/BUENOS AIRES')).toBeLessThanOrEqual(
      0.5,
    );
  });

  it('reads a name cut at a bank line as the same name', () => {
    expect(
      sim('Brightstar Home Furnishings International Co., Ltd.', 'BRIGHTSTAR HOME FURNISHINGS INTERN'),
    ).toBe(0.95);
  });

  it('keeps a typo in the distinctive word close', () => {
    expect(sim('Dosol International Inc.', 'Doosl International Inc.')).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps one typo in a short distinctive word near, where bigrams would lose it', () => {
    expect(sim('Helran Supply LLC', 'Helarn Supply LLC')).toBeGreaterThanOrEqual(0.75);
    expect(sim('Luxvor Pty Ltd', 'LXUVOR PTY LTD')).toBeGreaterThanOrEqual(0.75);
    expect(sim('Marqui Ltd', 'Maqrui Ltd')).toBeGreaterThanOrEqual(0.75);
    // Near misses: another generic word (another company of a group?), or a word too short to tell a typo.
    expect(sim('Helran Supply LLC', 'Helarn Trading LLC')).toBeLessThan(0.75);
    expect(sim('Kaos Ltd', 'Kaso Ltd')).toBeLessThan(0.75);
  });

  it('ranks a related company (same distinctive word) as related, below a typo', () => {
    expect(sim('Acme Holdings Ltd', 'Acme Trading Co., Ltd.')).toBe(0.7);
  });

  it('does not take two names of generic words only for one company', () => {
    expect(sim('Global Trading LLC', 'GLOBAL TRADING GROUP LTD')).toBeLessThanOrEqual(0.5);
    expect(sim('Global Trading LLC', 'GLOBAL TRADING LTD')).toBe(1);
  });

  it('keeps companies told apart by a number apart', () => {
    expect(sim('Star 1 Electronics', 'Star 7 Electronics')).toBeLessThanOrEqual(0.5);
    expect(sim('Buyer 12 Trading Co. Ltd.', 'Buyer 13 Trading Co. Ltd.')).toBeLessThanOrEqual(0.5);
    expect(sim('Buyer 12 Trading Co. Ltd.', 'BUYER 12 TRADING CO LTD')).toBe(1);
  });

  it('keeps different companies apart even when their generic words agree', () => {
    expect(sim('Apex Trading Co., Ltd.', 'Acme Trading Co., Ltd.')).toBeLessThanOrEqual(0.5);
    expect(sim('Swift Pay Services Ltd', 'Acme Trading Co., Ltd.')).toBeLessThan(0.3);
    expect(sim('', 'Acme')).toBe(0);
  });
});
