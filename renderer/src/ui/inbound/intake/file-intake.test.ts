import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn } from '../../../../../test/fakes/canonical-asn';
import { openDocksideDb, type DocksideDb } from '../../../db/schema';
import type { CanonicalAsn } from '../../../domain/asn/canonical-asn';
import { writeX12_856 } from '../../../domain/asn/x12/write-856';
import { importFiles, type FileProgress, type FileReport } from './file-intake';
import type { ParseAsnFile } from './parse-client';
import { parseAndPrepare } from './prepare-file';

const delimiters = { element: '*', component: ':', segment: '~' };
const x12 = (asn: CanonicalAsn): string => writeX12_856([asn], delimiters, { lineBreaks: true });
const inline: ParseAsnFile = (input, onProgress) => parseAndPrepare(input, onProgress);
// Local times: the 856 writer appends a "Z" to DTM times that the reader then ignores with a warning (reported
// to the importer's owners); the intake's own sentences are what this suite checks.
const v1: CanonicalAsn = {
  ...generateCanonicalAsn('ASN-77', { pallets: 1, cartonsPerPallet: 2, linesPerCarton: 2, items: 3 }),
  shippedAt: '2026-11-22T08:00',
  expectedArrival: '2026-11-23T08:00',
};
let db: DocksideDb;

beforeEach(() => {
  db = openDocksideDb(`file-intake-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const sentences = (reports: FileReport[]) =>
  reports.flatMap((r) => (r.kind === 'stored' ? r.asns.map((a) => a.sentence) : [r.kind]));

describe('importFiles', () => {
  it('stores a good file, reports progress, and says so in the receiver’s words', async () => {
    const progress: FileProgress[] = [];
    const reports = await importFiles([{ name: 'asn77.edi', text: x12(v1) }], {
      db,
      parse: inline,
      onProgress: (p) => progress.push(p),
    });
    expect(sentences(reports)).toEqual(['Imported ASN ASN-77 (v1): 3 units, 4 lines']);
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['parsing', 'preparing', 'writing', 'stored']);
    expect(progress.at(-1)).toMatchObject({ linesDone: 4, totalLines: 4 });
    expect(progress.every((p) => p.fileName === 'asn77.edi' && p.fileCount === 1)).toBe(true);
    expect(await db.asns.count()).toBe(1);
  });

  it('says "no changes, already imported" for the same file twice and writes nothing', async () => {
    const file = { name: 'asn77.edi', text: x12(v1) };
    await importFiles([file], { db, parse: inline });
    const before = await db.asns.get('ASN-77');
    const reports = await importFiles([file], { db, parse: inline });
    expect(sentences(reports)).toEqual(['ASN ASN-77: no changes, already imported (v1)']);
    expect(await db.asns.get('ASN-77')).toEqual(before);
  });

  it('reports what a revision changed', async () => {
    await importFiles([{ name: 'v1.edi', text: x12(v1) }], { db, parse: inline });
    const [first, ...rest] = v1.lines;
    if (!first) throw new Error('no line');
    const v2: CanonicalAsn = { ...v1, version: 2, lines: [{ ...first, quantity: '99' }, ...rest] };
    const reports = await importFiles([{ name: 'v2.edi', text: x12(v2) }], { db, parse: inline });
    expect(sentences(reports)).toEqual(['Imported ASN ASN-77 (v2): 1 line changed']);
    expect((await db.asns.get('ASN-77'))?.revisions.at(-1)?.changes.join(' ')).toMatch(/99/);
  });

  it('rejects a broken file with its line numbers and stores nothing; other files still import', async () => {
    const broken = x12(v1).replace(/^SN1\*.*$/m, 'SN1*1*twelve*EA');
    const reports = await importFiles(
      [
        { name: 'broken.edi', text: broken },
        { name: 'big.edi', error: 'big.edi is 250 MB; Dockside imports ASN files up to 200 MB.' },
        { name: 'good.edi', text: x12({ ...v1, asnId: 'ASN-78' }) },
      ],
      { db, parse: inline },
    );
    const [rejected, unreadable, stored] = reports;
    expect(rejected?.kind).toBe('rejected');
    if (rejected?.kind === 'rejected') expect(rejected.errors.some((e) => e.at?.line !== undefined)).toBe(true);
    expect(unreadable).toEqual({
      name: 'big.edi',
      kind: 'unreadable',
      error: expect.stringContaining('250 MB') as unknown,
    });
    expect(stored?.kind).toBe('stored');
    expect((await db.asns.toArray()).map((a) => a.asnId)).toEqual(['ASN-78']);
  });

  it('turns a parser crash into a rejection, not an exception', async () => {
    const reports = await importFiles([{ name: 'x.edi', text: 'ISA' }], {
      db,
      parse: () => Promise.reject(new Error('worker died')),
    });
    expect(reports[0]).toMatchObject({
      kind: 'rejected',
      errors: [{ message: expect.stringContaining('worker died') as unknown }],
    });
  });
});
