import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCanonicalAsn } from '../../../../test/fakes/canonical-asn';
import { storeImportedAsns } from '../../db/asn-intake';
import { openDocksideDb, type DocksideDb } from '../../db/schema';
import { recordArrival, type DockDeps } from '../../receiving/dock-commands';
import { handleDockScan } from './dock-scan';

const station = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' };
const asn = generateCanonicalAsn('R-1', { pallets: 2, cartonsPerPallet: 2, linesPerCarton: 1, items: 3 });
const [pallet1] = asn.units;
const pallet = pallet1?.sscc ?? '';
let db: DocksideDb;
let deps: DockDeps;

beforeEach(async () => {
  db = openDocksideDb(`dock-scan-${crypto.randomUUID()}`);
  deps = { db, station };
  await storeImportedAsns(db, [asn]);
});
afterEach(async () => {
  await db.delete();
});

const arrive = () => recordArrival(deps, 'R-1', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });

describe('a scan at the dock', () => {
  it('receives an SSCC in any form a scanner sends it, naming the unit and keeping the full SSCC', async () => {
    await arrive();
    const result = await handleDockScan(deps, `]C100${pallet}`, () => 1);
    expect(result.recorded).toBe(true);
    expect(result.feedback).toMatchObject({ tone: 'success', title: 'Pallet received' });
    expect(result.feedback.detail).toContain(`SSCC ${pallet} · R-1`);
    expect((await handleDockScan(deps, pallet, () => 2)).feedback).toMatchObject({
      tone: 'warning',
      title: 'Already received',
    });
  });

  it('refuses an SSCC before the arrival, writing nothing', async () => {
    const result = await handleDockScan(deps, pallet);
    expect(result).toMatchObject({ recorded: false, feedback: { tone: 'error', title: 'Record the arrival first' } });
    expect(await db.journal.count()).toBe(0);
  });

  it('sends a location label to putaway while a unit waits, and says so when none waits', async () => {
    await arrive();
    const idle = await handleDockScan(deps, 'A-01-02');
    expect(idle.feedback).toMatchObject({ tone: 'error', title: 'Nothing to put away' });
    await handleDockScan(deps, pallet);
    const wrong = await handleDockScan(deps, 'Q-01-01');
    expect(wrong).toMatchObject({ recorded: false, feedback: { tone: 'error', title: 'Wrong location' } });
    const right = await handleDockScan(deps, 'A-01-02');
    expect(right).toMatchObject({ recorded: true, feedback: { tone: 'success', title: 'Put away' } });
    expect((await db.unitStates.where('sscc').equals(pallet).first())?.location).toBe('A-01-02');
  });

  it("gives anything else the parser's own words", async () => {
    expect((await handleDockScan(deps, '395060000999999991')).feedback).toMatchObject({
      title: 'Label misread or misprinted',
    });
    expect((await handleDockScan(deps, '12345')).feedback).toMatchObject({ tone: 'error', title: 'Not an SSCC label' });
  });

  it('says "Not saved" when the database fails, and never throws', async () => {
    await arrive();
    db.close();
    const result = await handleDockScan(deps, pallet);
    expect(result).toMatchObject({ recorded: false, feedback: { tone: 'error', title: 'Not saved' } });
    expect(result.feedback.detail).toContain(`The scan of ${pallet} could not be saved`);
  });
});
