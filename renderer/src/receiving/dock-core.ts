import { uuidv7 } from 'uuidv7';
import { ofAsn } from '../db/asn-rows';
import type { AsnRow, DocksideDb, ExpectedUnitRow, JournalRow, UnitStage, UnitStateRow } from '../db/schema';
import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';
import { type InspectionRule } from '../domain/receiving/inspection-rules';
import { type PutawayConfig } from '../domain/receiving/putaway-rules';
import type { StationIdentity } from '../domain/station-records';
import {
  receiptSessionMachine,
  runCommand,
  type Announcement,
  type CommandMeta,
  type MachineName,
  type PersistedMachine,
  type ReceivingFact,
  type SupervisorRequest,
} from '../machines';
import { boundDockTables, dockTableList, loadMachine, machineRow, type DockTables } from './dock-tables';
import { draftsFor, type FactContext } from './fact-events';
import { appendEvents } from './journal-append';
import { receiptRowOf } from './projections';

/**
 * What every dock command shares (the commands are one file each beside this one): the dependencies, the one
 * strict transaction per command, running the receipt session, writing facts as journal events with the
 * discrepancy list, and the small naming helpers the screens' words come from.
 */
export interface DockDeps {
  readonly db: DocksideDb;
  readonly station: StationIdentity;
  readonly now?: () => Date;
  /** Where received stock goes (putaway-rules.ts); the station's configuration, or the default below. */
  readonly putaway?: PutawayConfig;
  /** Which received units are inspected (inspection-rules.ts); none by default. */
  readonly inspectionRules?: readonly InspectionRule[];
}

export interface DockOutcome {
  readonly announcements: readonly Announcement[];
  readonly supervisorRequests: readonly SupervisorRequest[];
  readonly events: readonly JournalRow[];
  readonly receiptId: string | null;
}

export const DEFAULT_PUTAWAY: PutawayConfig = {
  quarantineZone: 'Q',
  defaultZone: 'A',
  rules: [],
  allowOtherBinInZone: true,
};

/** Where the station remembers its last command, for undo (one level: the dock's last action). */
export const LAST_COMMAND_KEY = 'dock.lastCommand';

export interface LastCommand {
  readonly machine: MachineName;
  readonly key: string;
  readonly receiptId: string;
  readonly unitId: string | null;
}

export async function inTransaction(
  deps: DockDeps,
  command: (t: DockTables, meta: CommandMeta) => Promise<DockOutcome>,
): Promise<DockOutcome> {
  const meta: CommandMeta = {
    commandId: uuidv7(),
    at: (deps.now ?? (() => new Date()))().toISOString(),
    operator: deps.station.operator,
  };
  return deps.db.transaction('rw', dockTableList(deps.db), async (tx) => {
    try {
      return await command(boundDockTables(tx), meta);
    } catch (error) {
      if (tx.active) tx.abort();
      throw error;
    }
  });
}

export function refused(text: string): DockOutcome {
  return { announcements: [{ tone: 'error', text }], supervisorRequests: [], events: [], receiptId: null };
}

export type SessionEvent = Parameters<typeof receiptSessionMachine.transition>[1];

export async function runSession(
  t: DockTables,
  asn: AsnRow,
  meta: CommandMeta,
  event: SessionEvent | readonly [SessionEvent, ...SessionEvent[]],
  /** The session's row when the command already read it (a scan reads it to check that receiving is open). */
  known?: PersistedMachine,
): Promise<{ facts: ReceivingFact[]; announcements: Announcement[]; supervisorRequests: SupervisorRequest[] }> {
  const result = runCommand({
    name: 'receiptSession',
    machine: receiptSessionMachine,
    stored: known ?? (await loadMachine(t, 'receiptSession', asn.asnId)),
    input: {
      receiptId: asn.asnId,
      basis: 'asn',
      asnVersion: asn.senderVersion,
      expectedUnits: asn.unitCount,
      expectedSeals: asn.header.carrier.seals,
      mode: 'trust',
    },
    event,
  });
  if (result.kind === 'already-applied') return { facts: [], announcements: [], supervisorRequests: [] };
  await t.machines.put(machineRow('receiptSession', asn.asnId, result.persisted, meta.at));
  const previous = await t.receipts.get(asn.asnId);
  await t.receipts.put(receiptRowOf(result.snapshot.value, result.snapshot.context, previous, meta.at));
  return { facts: result.facts, announcements: result.announcements, supervisorRequests: result.supervisorRequests };
}

export async function writeFacts(
  t: DockTables,
  meta: CommandMeta,
  deps: DockDeps,
  facts: readonly ReceivingFact[],
  base: ContextBase,
): Promise<JournalRow[]> {
  const context = await resolveContext(t, base, facts);
  const planned = facts.map((fact) => ({ fact, drafts: draftsFor(fact, context) }));
  const stamp = { commandId: meta.commandId, at: meta.at, station: deps.station };
  const rows = await appendEvents(
    t.journal,
    stamp,
    planned.flatMap((p) => p.drafts),
  );
  // The discrepancy list supervisors work from, beside the events that raised and approved them.
  let offset = 0;
  for (const { fact, drafts } of planned) {
    const mine = rows.slice(offset, offset + drafts.length);
    offset += drafts.length;
    if (fact.type === 'discrepancy.recorded') {
      const d = fact.discrepancy;
      const event = mine.find((r) => r.type === 'discrepancy.recorded');
      await t.discrepancies.put({
        ...d,
        receiptId: context.asnId,
        status: d.needsApproval ? 'open' : 'accepted',
        raisedAt: meta.at,
        raisedBySeq: event?.seq ?? 0,
        eventId: event?.eventId ?? null,
        approvedBy: null,
      });
    } else if (fact.type === 'discrepancy.approved') {
      await t.discrepancies.update(fact.discrepancyId, { status: 'approved', approvedBy: fact.supervisor });
    } else if (fact.type === 'reversed') {
      await t.discrepancies
        .where('receiptId')
        .equals(context.asnId)
        .filter((d) => d.discrepancyId.startsWith(`${fact.supersedes}/`))
        .modify({ status: 'reversed' });
    }
  }
  return rows;
}

/** What a command hands to writeFacts: the ASN and the rows it touched. The rest is read as the facts need it. */
export interface ContextBase {
  readonly asn: AsnRow;
  readonly rows: readonly ExpectedUnitRow[];
  readonly closingSummary?: FactContext['closingSummary'];
}

/** Kept async so every command reads the same way; nothing is read until writeFacts knows the facts. */
export function factContext(_t: DockTables, asn: AsnRow, rows: readonly ExpectedUnitRow[]): Promise<ContextBase> {
  return Promise.resolve({ asn, rows });
}

/**
 * The lookups the facts of one command need, and only those: every read is a round trip on the scan path
 * (scan-feedback benchmark), so a receipt scan reads nothing here while an approval reads the receipt's
 * discrepancies and a disposition its journal.
 */
export async function resolveContext(
  t: DockTables,
  base: ContextBase,
  facts: readonly ReceivingFact[],
): Promise<FactContext> {
  const { asn, rows } = base;
  const units = new Map<string, AsnLogisticUnit>(rows.flatMap((r) => r.units.map((u) => [u.unitId, u])));
  const lines = new Map<string, AsnLine[]>();
  for (const line of rows.flatMap((r) => r.lines)) {
    if (line.unitId === null) continue;
    const held = lines.get(line.unitId);
    if (held) held.push(line);
    else lines.set(line.unitId, [line]);
  }
  const of = <T extends ReceivingFact['type']>(type: T) =>
    facts.filter((f): f is Extract<ReceivingFact, { type: T }> => f.type === type);

  const eventsOfCommand = new Map<string, JournalRow[]>();
  for (const { supersedes } of of('reversed')) {
    eventsOfCommand.set(supersedes, await t.journal.where('commandId').equals(supersedes).toArray());
  }
  const putAway = of('unit.put-away').map((f): [string, string] => [asn.asnId, f.unitId]);
  const suggested = new Map(
    putAway.length === 0
      ? []
      : (await t.unitStates.bulkGet(putAway)).flatMap((st) => (st ? [[st.unitId, st.suggestedLocation] as const] : [])),
  );
  const raised = new Map<string, string | null>();
  if (of('discrepancy.approved').length > 0) {
    for (const d of await t.discrepancies.where('receiptId').equals(asn.asnId).toArray())
      raised.set(d.discrepancyId, d.eventId);
  }
  const mode = of('unit.counted').length > 0 ? (await t.receipts.get(asn.asnId))?.mode : undefined;
  const photoIds = of('unit.inspected').flatMap((f) => f.photoIds);
  const photos = new Map(
    photoIds.length === 0
      ? []
      : (await t.photos.bulkGet(photoIds)).flatMap((ph) => (ph ? [[ph.photoId, ph] as const] : [])),
  );
  const quarantines = new Map<string, string>();
  const disposed = new Set(of('quarantine.disposition-decided').map((f) => f.unitId));
  if (disposed.size > 0) {
    await t.journal
      .where('asnId')
      .equals(asn.asnId)
      .each((row) => {
        if (row.event.type === 'unit.quarantined' && disposed.has(row.event.unit.unitId)) {
          quarantines.set(row.event.unit.unitId, row.eventId);
        }
      });
  }
  return {
    ...(base.closingSummary === undefined ? {} : { closingSummary: base.closingSummary }),
    photoOf: (id) => photos.get(id),
    quarantineEventIdOf: (unitId) => quarantines.get(unitId),
    countMode: mode === 'blind' ? 'blind' : 'audit',
    discrepancyEventIdOf: (id) => raised.get(id) ?? undefined,
    asnId: asn.asnId,
    asnVersion: asn.senderVersion,
    units,
    linesOf: (unitId) => lines.get(unitId) ?? [],
    suggestedLocationOf: (unitId) => suggested.get(unitId) ?? null,
    eventsOfCommand,
  };
}

/** A unit's state row once received; every unit received by one scan shares the seq of its first event. */
export function stateRowOf(
  asnId: string,
  unit: AsnLogisticUnit,
  stage: UnitStateRow['stage'],
  meta: CommandMeta,
  row: ExpectedUnitRow,
  suggestedLocation: string | null,
  receivedBySeq: number,
): UnitStateRow {
  return {
    asnId,
    unitId: unit.unitId,
    ...(unit.sscc === undefined ? {} : { sscc: unit.sscc }),
    status: 'received',
    receivedAt: meta.at,
    receivedBySeq,
    counted: row.lines.filter((l) => l.unitId === unit.unitId).map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
    removedInVersion: null,
    announced: unit,
    stage,
    suggestedLocation,
    location: null,
  };
}

export async function remember(t: DockTables, last: LastCommand): Promise<void> {
  await t.meta.put({ key: LAST_COMMAND_KEY, value: last });
}

export async function rowHolding(t: DockTables, asnId: string, unitId: string): Promise<ExpectedUnitRow | undefined> {
  const [from, to] = ofAsn(asnId);
  const rows = await t.expectedUnits.where(':id').between(from, to, true, true).toArray();
  return rows.find((r) => r.units.some((u) => u.unitId === unitId));
}

export function unitWithDescendants(units: readonly AsnLogisticUnit[], root: AsnLogisticUnit): AsnLogisticUnit[] {
  const all = [root];
  const seen = new Set([root.unitId]);
  for (let i = 0; i < all.length; i++) {
    const id = all[i]?.unitId;
    for (const child of units) {
      if (child.parentUnitId !== id || seen.has(child.unitId)) continue;
      seen.add(child.unitId);
      all.push(child);
    }
  }
  return all;
}

/**
 * The unit the dock is working on in one of these stages: the most recently received one. The screens ask it
 * through the database, the commands through their transaction's table; both pass their `unitStates`.
 */
export async function latestUnitIn(
  unitStates: DocksideDb['unitStates'],
  stages: readonly UnitStage[],
): Promise<UnitStateRow | null> {
  const rows = await unitStates
    .where('stage')
    .anyOf([...stages])
    .toArray();
  return rows.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0] ?? null;
}

/** Units waiting for putaway: into stock, or (quarantined) into the quarantine zone. */
export const AWAITING_PUTAWAY: readonly UnitStage[] = ['awaiting-putaway', 'quarantined'];

/** "ASN 4711", but "ASN-AHD-24051" as it is: ids that already say ASN are not prefixed twice. */
export function asnName(asnId: string): string {
  return /^asn/i.test(asnId) ? asnId : `ASN ${asnId}`;
}

/** "Pallet …4821": how the dock names a unit aloud (the last digits are what a worker checks on the label). */
export function labelOf(unit: AsnLogisticUnit): string {
  const kind = unit.kind.charAt(0).toUpperCase() + unit.kind.slice(1);
  return unit.sscc === undefined ? `${kind} ${unit.unitId}` : `${kind} …${unit.sscc.slice(-4)}`;
}

export function stockOf(asn: AsnRow, row: ExpectedUnitRow, unit: AsnLogisticUnit) {
  const line = row.lines.find((l) => l.unitId === unit.unitId) ?? row.lines[0];
  return { itemId: line?.gtin ?? line?.itemIds[0]?.value ?? '', supplierId: asn.supplierId, quarantined: false };
}
