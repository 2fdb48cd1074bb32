import { describe, expect, it } from 'vitest';
import { PLAIN_CODE128_WARNING } from '../../scanner/plain-code128';
import { judgeTestScan } from './test-scan';

describe('the setup screen test box', () => {
  it('shows the test label read with its GS', () => {
    const verdict = judgeTestScan(']C1010950600013435210TEST-Yz/7\u001d21SETUP42');
    expect(verdict.tone).toBe('success');
    expect(verdict.shown).toBe(']C1010950600013435210TEST-Yz/7‹GS›21SETUP42');
    expect(verdict.lines).toEqual([
      'Symbology: gs1-128 (]C1).',
      '(01) 09506000134352 · (10) TEST-Yz/7 · (21) SETUP42',
      'This is the test label, and its GS separator arrived.',
    ]);
  });

  it('warns about GS1 data printed as plain Code 128', () => {
    const verdict = judgeTestScan(']C000376104250021234569');
    expect(verdict.tone).toBe('warning');
    expect(verdict.lines[0]).toBe(PLAIN_CODE128_WARNING);
    expect(verdict.lines).toContain('(00) 376104250021234569');
  });

  it('names what is wrong with a scan whose GS was lost', () => {
    const verdict = judgeTestScan(']C100376104250021234569301210ABC');
    expect(verdict.tone).toBe('error');
    expect(verdict.lines[0]).toContain('(30)');
  });
});
