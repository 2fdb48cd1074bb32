import { describe, expect, it } from 'vitest';
import { parseScan } from './parse-scan';

/**
 * Agreement with the published unit tests of the GS1 Barcode Syntax Engine (github.com/gs1/gs1-syntax-engine,
 * ai.c / dl.c / scandata.c): inputs and whether they must be accepted. "^" is FNC1: in first position it becomes
 * the ]C1 identifier, elsewhere GS. Deliberate differences are listed in the report, not here.
 */
const options = { referenceDate: new Date('2026-06-15T00:00:00Z') };
const fnc1 = (s: string) => `]C1${s.slice(1).replaceAll('^', '\u001d')}`;

const ELEMENT_STRINGS: readonly (readonly [string, boolean])[] = [
  ['^991234', true],
  ['^891234', false],
  ['^99~ABC', false],
  ['^0112345678901231', true],
  ['^01A2345678901231', false],
  ['^0112345678901234', false],
  ['^011234567890123', false],
  ['^01123456789012312', false],
  ['^0112345678901231^', true],
  ['^011234567890123^', false],
  ['^01123456789012345^', false],
  ['^0112345678901231991234', true],
  ['^0112345678901231^991234', true],
  ['^242123456^10ABC123', true],
  ['^242123456^', true],
  ['^2421234567', false],
  ['^81111234', true],
  ['^8111123', false],
  ['^811112345', false],
  ['^800112341234512398', true],
  ['^80011234123451239', false],
  ['^8001123412345123981', false],
  ['^800112341234512398^0112345678901231', true],
  ['^7007211225211231', true],
  ['^7007211225', true],
  ['^70072112252', false],
  ['^70072112252212311', false],
  ['^800302112345678900ABC', true],
  ['^800302112345678901ABC', false],
  ['^800302112345678900', true],
  ['^800302112345678900ABCDEFGHIJKLMNOPQ', false],
  ['^7230121234567890123456789012345678', true],
  ['^7230123', true],
  ['^723012', false],
];

const BRACKETED: readonly (readonly [string, boolean])[] = [
  ['(01)12345678901231(10)12345', true],
  ['(3100)123456(10)12345', true],
  ['(3900)12345(11)991225', true],
  ['(10)12345\\(11)991225', true],
  ['(10)(11)98765', false],
  ['(10)12345(11)', false],
  ['(1A)12345', false],
  ['12345', false],
  ['()12345', false],
  ['(12345)12345', false],
  ['(15', false],
  ['(01)123456789012312(10)12345', false],
  ['(10)12345^', false],
  ['(17)9(90)217', false],
  ['(00)123456789012345675', true],
  ['(00)A23456789012345675', false],
  ['(10) ', false],
  ['(8010)123456_', false],
  ['(8013)123456ABOO', false],
  ['(8030)ABC:123', false],
  ['(8030)123=', false],
  ['(8030)12=', true],
  ['(8030)1==', true],
  ['(8013)123456ABXX', false],
  ['(8013)A', false],
  ['(401)123', false],
  ['(7023)12A4', false],
  ['(7040)1AB=', false],
  ['(8001)12340000012311', false],
  ['(8003)112345678901281234567890123456', false],
  ['(8011)023456789012', false],
  ['(4321)2', false],
  ['(8001)12341234512321', false],
  ['(426)987', false],
  ['(7030)987ABC', false],
  ['(4307)AA', false],
  ['(3910)9870', false],
  ['(8007)AB1234', false],
  ['(8007)FR12_45678901234', false],
  ['(8007)AB12345678901234', false],
  ['(8007)FR12345678901234', false],
  ['(8008)20122515300', false],
  ['(4326)201300', false],
  ['(4326)201200', false],
  ['(4324)2012252400', false],
  ['(4324)2012252360', false],
  ['(8008)201225230060', false],
  ['(8026)123456789012310099', false],
  ['(8026)123456789012310100', false],
  ['(8026)123456789012310302', false],
  ['(4300)ABC%0g', false],
  ['(4309)18000000010000000000', false],
  ['(4309)00000000003600000001', false],
  ['(4330)000000X', false],
  ['(01)95012345678903(3103)000123', true],
  ['(01)95012345678902(3103)000123', false],
  ['(01)95012345678903(11)131313', false],
];

const DIGITAL_LINKS: readonly (readonly [string, boolean])[] = [
  ['http://a/00/006141411234567890', true],
  ['HTTPS://a/00/006141411234567890', true],
  ['https://00/006141411234567890', false],
  ['http://a/b/', false],
  ['https://a:65535/01/12312312312333', true],
  ['https://[2001:db8::1]/01/12312312312333', true],
  ['https://[fe80::1%25lo]/01/12312312312333', false],
  ['https://a$/006141411234567890', false],
  ['https://a/more/stem/00/006141411234567890', true],
  ['https://a/00/faux/00/006141411234567890', true],
  ['https://a/gtin/12312312312333', false],
  ['https://a/01/12312312312333/22/TEST/10/ABC/21/XYZ', true],
  ['https://a/01/12312312312333/235/TEST', true],
  ['https://a/253/1231231231232TEST5678901234567', true],
  ['https://a/253/1231231231232TEST56789012345678', false],
  ['https://a/8018/123456789012345675/8019/123', true],
  ['https://a/stem/00/006141411234567890/', false],
  ['https://a/stem/00/006141411234567890?', true],
  ['https://a/01/12312312312333?99=', false],
  ['https://a/01/12312312312333?99=ABC&999=faux', false],
  ['https://a/01/12312312312333?&&&99=ABC&&&&&&98=XYZ&&&', true],
  ['https://a/01/12312312312333?singleton1&unknown1=555&99=ABC&98=XYZ&singleton3', true],
  ['https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987', true],
  ['https://a/01/12312312312333/22/ABC+123?99=ABC&98=XYZ%2f987', true],
  ['https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ+987', false],
  ['https://a/01/12312312312333/22/test/10/abc/21/xyz#fragment', true],
  ['https://id.gs1.org/00/952012345678912345?02=09520123456788&37=25&10=ABC123', true],
  ['https://id.gs1.org/414/9520123456788/254/32a%2Fb', true],
  ['https://example.com/8004/9520614141234567?01=9520123456788', true],
  ['https://example.com/01/09520123456788?10=ABC123', false],
  ['https://id.gs1.org/01/09520123456788/235/XYZ?10=ABC123', true],
  ['https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&01=09520123456788', false],
  ['https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&99=XYZ789', false],
  ['https://example.com/01/09520123456788/89/ABC123?99=XYZ', false],
  ['https://example.com/01/09520123456788?99=XYZ&89=ABC123', false],
];

const SCAN_DATA: readonly (readonly [string, boolean])[] = [
  ['', false],
  ['ABC', false],
  [']e0', false],
  [']Q3', false],
  [']Q1TESTING', true],
  [']d1TESTING', true],
  [']Q3011231231231233310ABC123\u001d99TESTING', true],
  [']Q1https://example.com/01/12312312312333?99=TEST', true],
  [']e0011231231231233310ABC123\u001d1199122598TESTING\u001d97XYZ', true],
  [']E0123456789012', false],
  [']E012345678901234', false],
  [']E01234ABC890123', false],
  [']E02112345678901', false],
  [']E02112345678900', true],
  [']E02112345678900|]e099COMPOSITE\u001d98XYZ', true],
  [']E41234567', false],
  [']E4123456789', false],
  [']E412ABC678', false],
  [']E402345674', false],
  [']E402345673', true],
];

describe('agreement with the GS1 Barcode Syntax Engine test suite', () => {
  it.each(ELEMENT_STRINGS)('element string %j → valid %s', (input, valid) => {
    expect(parseScan(fnc1(input), options).valid).toBe(valid);
  });
  it.each(BRACKETED)('bracketed %j → valid %s', (input, valid) => {
    expect(parseScan(input, options).valid).toBe(valid);
  });
  it.each(DIGITAL_LINKS)('Digital Link %j → valid %s', (input, valid) => {
    expect(parseScan(input, options).valid).toBe(valid);
  });
  it.each(SCAN_DATA)('scan data %j → valid %s', (input, valid) => {
    expect(parseScan(input, options).valid).toBe(valid);
  });
});
