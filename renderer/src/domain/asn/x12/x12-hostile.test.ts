import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AsnImportResult } from '../asn-importer';
import { x12AsnImporter } from './x12-asn-importer';

/**
 * Hostile and broken files (issue 4, item 6): each is rejected with a message a person can act on, pointing at
 * the line when there is one; nothing is half-imported; the importer never throws and never hangs, however big
 * or strange the input.
 */
const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*U*00401*000000007*0*P*>~';

function file(...body: string[]): string {
  return fileOf(body);
}

function fileOf(body: readonly string[]): string {
  const set = ['ST*856*0001', 'BSN*00*SHIP1*20240101*1200*0001'].concat(body);
  const segments = ['GS*SH*SENDER*RECEIVER*20240101*1200*7*X*004010', ...set, `SE*${set.length + 1}*0001`];
  return [ISA, ...segments.map((s) => `${s}~`), 'GE*1*7~', 'IEA*1*000000007~'].join('\n');
}

const GOOD = file(
  'HL*1**S',
  'HL*2*1*O',
  'PRF*PO1',
  'HL*3*2*P',
  'MAN*GM*00000010012345614788',
  'HL*4*3*I',
  'LIN*1*UP*008815509183',
  'SN1**4*EA',
);

function read(text: string): AsnImportResult {
  return x12AsnImporter.read({ text, fileName: 'hostile.x12' });
}

function errorOf(text: string): { code: string; message: string; line?: number | undefined } {
  const result = read(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  const [error] = result.errors;
  if (!error) throw new Error('rejected without an error');
  return { code: error.code, message: error.message, line: error.at?.line };
}

describe('x12AsnImporter with hostile input', () => {
  it('reads the well-formed baseline', () => {
    expect(read(GOOD)).toMatchObject({ ok: true, asns: [{ asnId: 'SHIP1', warnings: [] }] });
  });

  it('rejects a file cut anywhere before the end of its transaction set, and never throws', () => {
    const end = GOOD.indexOf('SE*');
    for (let cut = 0; cut < end; cut++) {
      const result = read(GOOD.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message.length).toBeGreaterThan(10);
    }
    expect(errorOf(GOOD.slice(0, GOOD.indexOf('SN1')))).toMatchObject({ code: 'x12-set-cut-off' });
    expect(errorOf(GOOD.slice(0, 50))).toMatchObject({ code: 'x12-isa-truncated', line: 1 });
  });

  it('accepts a file cut after its SE with a warning about the missing GE/IEA', () => {
    const result = read(GOOD.slice(0, GOOD.indexOf('GE*')));
    expect(result.ok && result.asns[0]?.warnings.map((w) => w.code).sort()).toEqual([
      'x12-ge-missing',
      'x12-iea-missing',
    ]);
  });

  it('rejects binary garbage as binary', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(errorOf(new TextDecoder().decode(bytes)).message).toContain('binary');
    expect(errorOf(`${ISA}\n\u0000\u0001\u0002\u0003~`)).toMatchObject({ code: 'x12-bad-segment', line: 2 });
  });

  it('fails fast on 50 MB of junk, with or without an ISA in front', () => {
    const junk = 'Lorem ipsum dolor sit amet '.repeat(2_000_000);
    for (const text of [
      junk,
      `${ISA}\n${junk}`,
      `${ISA}\nST*856*1~${'x'.repeat(50_000_000)}`,
      `ISA${'*'.repeat(50_000_000)}`,
    ]) {
      const started = performance.now();
      const result = read(text);
      expect(result.ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });

  it('survives a hierarchy nested 50,000 deep and 50,000 HL loops with empty parents', () => {
    const deep = Array.from({ length: 50_000 }, (_, i) => `HL*${i + 2}*${i + 1}*P`);
    const nested = read(fileOf(['HL*1**S'].concat(deep, ['LIN*1*UP*008815509183', 'SN1**4*EA'])));
    expect(nested).toMatchObject({ ok: true, asns: [{ units: expect.any(Array) as unknown }] });
    const flat = Array.from({ length: 50_000 }, (_, i) => `HL*${i + 2}**I\nLIN*1*UP*008815509183\nSN1**1*EA`);
    const inferred = read(fileOf(['HL*1**S'].concat(flat.flatMap((chunk) => chunk.split('\n')))));
    expect(inferred.ok && inferred.asns[0]?.lines).toHaveLength(50_000);
  });

  it('rejects an ISA with no segment terminator, naming what follows ISA16', () => {
    const broken = GOOD.replace('*P*>~', '*P*>');
    expect(errorOf(broken)).toMatchObject({ code: 'x12-isa-no-terminator', line: 1 });
    expect(errorOf(broken).message).toContain('next segment ends with "~"');
    expect(errorOf(ISA.slice(0, -1))).toMatchObject({ code: 'x12-isa-no-terminator' });
  });

  it('rejects wrong segment order that leaves the hierarchy meaningless', () => {
    expect(errorOf(file('LIN*1*UP*008815509183', 'SN1**4*EA', 'HL*1**S'))).toMatchObject({
      code: 'x12-segment-order',
      line: 5,
    });
    expect(errorOf(file('HL*1**S', 'HL*2*9*I', 'LIN*1*UP*008815509183', 'SN1**4*EA'))).toMatchObject({
      code: 'x12-hl',
    });
    expect(errorOf(file('HL*1**S', 'HL*1**O'))).toMatchObject({ code: 'x12-hl' });
    expect(errorOf(GOOD.replace('ST*856*0001~', ''))).toMatchObject({ code: 'x12-segment-order' });
    expect(errorOf(GOOD.replace('BSN*00*SHIP1*20240101*1200*0001~', ''))).toMatchObject({ code: 'x12-bsn-missing' });
    expect(errorOf(GOOD.replace('GS*SH', 'ST*856*0000~\nGS*SH'))).toMatchObject({ code: 'x12-set-cut-off', line: 3 });
  });

  it('rejects quantities that are not decimals, with the segment and line', () => {
    for (const quantity of ['1,5', '4 EA', '1e3', '', '-4', '0x10', '.5']) {
      const error = errorOf(GOOD.replace('SN1**4*EA', `SN1**${quantity}*EA`));
      expect(error, quantity).toMatchObject({ code: 'x12-quantity', line: 12 });
      expect(error.message).toContain('SN1');
    }
  });

  it('rejects a ship notice with nothing to receive, and files with no 856 at all', () => {
    expect(errorOf(file('HL*1**S', 'HL*2*1*O', 'PRF*PO1'))).toMatchObject({ code: 'x12-nothing-to-receive' });
    expect(errorOf(GOOD.replace('ST*856', 'ST*810')).message).toContain('an 810 invoice, not an 856 ship notice');
    expect(errorOf(`${ISA}\nIEA*0*000000007~`)).toMatchObject({ code: 'x12-no-856' });
    expect(read(file('HL*1**S').replace('BSN*00', 'BSN*01'))).toMatchObject({
      ok: true,
      asns: [{ status: 'cancelled' }],
    });
  });

  it('never throws on random damage to a good file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(GOOD.length), fc.nat(4), fc.string({ maxLength: 3, unit: 'binary' })), {
          maxLength: 6,
        }),
        (edits) => {
          let text = GOOD;
          for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
          const result = read(text);
          // x12-internal would mean a bug caught by the safety net, not a file problem explained.
          if (!result.ok)
            expect(result.errors[0]).toMatchObject({ code: expect.not.stringMatching(/internal/) as unknown });
          else expect(result.asns.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
