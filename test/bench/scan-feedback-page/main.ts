import Dexie, { type DBCore, type DBCoreTable } from 'dexie';
import { uuidv7 } from 'uuidv7';
import type { AsnLogisticUnit, CanonicalAsn } from '../../../renderer/src/domain/asn/canonical-asn';
import { readSsccScan } from '../../../renderer/src/domain/gs1/sscc-scan';
import { ReceivingEvent, type ReceiptArrived, type UnitReceivedV2 } from '../../../renderer/src/domain/receiving-event';
import { storeImportedAsns } from '../../../renderer/src/db/asn-intake';
import { ofAsn } from '../../../renderer/src/db/asn-rows';
import { openDocksideDb, type DocksideDb, type JournalRow } from '../../../renderer/src/db/schema';
import {
  receiveSscc,
  recordArrival,
  type DockDeps,
  type DockOutcome,
} from '../../../renderer/src/receiving/dock-commands';
import { generateCanonicalAsn, ssccFor } from '../../fakes/canonical-asn';
import type {
  CommandSample,
  JournalCheck,
  ProfileReport,
  RunOptions,
  RunReport,
  ScanFeedbackBenchPage,
  ScanKind,
  ScanSample,
  SeedOptions,
  SeedReport,
} from './bench-protocol';

/**
 * The scan-to-feedback benchmark page (issue 5, item 8): the dock's scan path in Chromium with real IndexedDB,
 * on a database seeded the station's way (an imported 100,000-line ASN, 200,000 journal events of earlier
 * receipts). One scan at a time, as the dock's queue hands them over: readSsccScan on the raw a GS1-128 scanner
 * sends → receiveSscc (machines, journal event, projections and snapshots in one strict-durability transaction)
 * → the announcement written into the feedback element → the next animation frame. Everything is timed here,
 * on the page, so no Playwright round trip is counted.
 */
const DB_NAME = 'scan-feedback-bench';
const ASN_ID = 'ASN-BENCH';
const STATION = { siteId: 'DC1', stationId: 'DOCK-01', dockDoor: 'D1', operator: 'ana' } as const;

interface Seeded {
  readonly db: DocksideDb;
  readonly asn: CanonicalAsn;
  /** Pallets in a seeded random order; each phase takes the next ones, so no unit is scanned twice by mistake. */
  readonly palletOrder: number[];
  next: number;
  readonly historyRows: number;
  /** Reseeded by each phase (run, profile) from its own seed, so a phase's plan does not depend on another's. */
  random: () => number;
}

let seeded: Seeded | null = null;

function ready(): Seeded {
  if (!seeded) throw new Error('seed() was not called');
  return seeded;
}

/** mulberry32: deterministic, so every run scans the same units in the same order. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ── seeding ──────────────────────────────────────────────────────────────────────────────────────────────

type UnitReceivedEvent = UnitReceivedV2;

interface Templates {
  readonly arrival: ReceiptArrived;
  readonly pallet: UnitReceivedEvent;
  readonly carton: UnitReceivedEvent;
}

/**
 * Event shapes for the history, taken from the dock commands themselves on a small scratch ASN (pallets of 4
 * cartons × 3 lines): the history then looks exactly like what the station writes, and stays so when the event
 * builders change. Only ids, seq, time, ASN and SSCCs are varied afterwards.
 */
async function historyTemplates(): Promise<Templates> {
  const name = `${DB_NAME}-templates`;
  await Dexie.delete(name);
  const db = openDocksideDb(name);
  try {
    const small = generateCanonicalAsn('ASN-T', {
      pallets: 2,
      cartonsPerPallet: 4,
      linesPerCarton: 3,
      items: 50,
      serialBase: 900_000,
    });
    await storeImportedAsns(db, [small]);
    const deps: DockDeps = { db, station: STATION };
    await recordArrival(deps, 'ASN-T', { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });
    const pallet = small.units.find((u) => u.kind === 'pallet');
    const otherCarton = small.units.find((u) => u.kind === 'carton' && u.parentUnitId !== pallet?.unitId);
    await receiveSscc(deps, pallet?.sscc ?? '');
    await receiveSscc(deps, otherCarton?.sscc ?? '');
    const events = (await db.journal.orderBy('seq').toArray()).map((r) => r.event);
    const [arrival, palletEvent, cartonEvent] = events;
    if (
      arrival?.type !== 'receipt.arrived' ||
      palletEvent?.type !== 'unit.received' ||
      palletEvent.schemaVersion !== 2 ||
      cartonEvent?.type !== 'unit.received' ||
      cartonEvent.schemaVersion !== 2
    ) {
      throw new Error(`template events: ${events.map((e) => e.type).join(', ')}`);
    }
    return { arrival, pallet: palletEvent, carton: cartonEvent };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/** A template's units given fresh SSCCs (check digits right), its contents pointing at the new unit ids. */
function relabel(template: UnitReceivedEvent, serial: number): Pick<UnitReceivedEvent, 'unit' | 'units' | 'contents'> {
  const ids = new Map<string, string>();
  const units = template.units.map((u, i) => {
    const sscc = ssccFor(serial + i);
    ids.set(u.unitId, sscc);
    return { unitId: sscc, sscc };
  });
  const unit = units[0] ?? template.unit;
  const contents = template.contents.map((c) => (c.unitId === undefined ? c : { ...c, unitId: ids.get(c.unitId) }));
  return { unit, units, contents };
}

/**
 * Earlier receipts' journal: per ASN one receipt.arrived, then unit.received events (pallet or single carton,
 * 60:40), all acknowledged by the ERP, seq 1…count gap-free, one event every 30 s of station time. Every row is
 * validated with the contract (ReceivingEvent.parse, as appendEvents does) before it is written.
 */
function* historyChunks(
  templates: Templates,
  count: number,
  chunk: number,
  next: () => number,
  timing: { validateMs: number; asns: number },
): Generator<JournalRow[]> {
  const eventsPerAsn = 50;
  const start = Date.UTC(2026, 8, 1, 6, 0, 0);
  let serial = 100_000_000;
  let rows: JournalRow[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const n = seq - 1;
    const asnNo = Math.floor(n / eventsPerAsn);
    const asnId = `ASN-H${String(asnNo).padStart(5, '0')}`;
    const occurredAt = new Date(start + n * 30_000).toISOString();
    const envelope = { eventId: uuidv7(), seq, occurredAt };
    let draft: unknown;
    if (n % eventsPerAsn === 0) {
      timing.asns = asnNo + 1;
      draft = {
        ...templates.arrival,
        ...envelope,
        asnId,
        trailer: `TR-${asnNo}`,
        seals: [{ number: `S-${asnNo}`, intact: true }],
      };
    } else {
      const template = next() < 0.6 ? templates.pallet : templates.carton;
      draft = { ...template, ...envelope, asnId, ...relabel(template, serial) };
      serial += template.units.length;
    }
    const v0 = performance.now();
    const event = ReceivingEvent.parse(draft);
    timing.validateMs += performance.now() - v0;
    rows.push({
      seq,
      eventId: event.eventId,
      type: event.type,
      asnId,
      occurredAt,
      event,
      syncState: 'acknowledged',
      syncedAt: new Date(start + n * 30_000 + 4_000).toISOString(),
      rejection: null,
      commandId: uuidv7(),
    });
    if (rows.length === chunk) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length > 0) yield rows;
}

async function seed(options: SeedOptions): Promise<SeedReport> {
  const t0 = performance.now();
  if (seeded) seeded.db.close();
  seeded = null;
  await Dexie.delete(DB_NAME);
  const db = openDocksideDb(DB_NAME);
  await db.open();
  const templates = await historyTemplates();

  // The history first: the station received other ASNs before this one arrived, so seq 1…N are theirs.
  const timing = { validateMs: 0, asns: 0 };
  let journalBytes = 0;
  let journalWriteMs = 0;
  const next = random(options.seed);
  for (const rows of historyChunks(templates, options.journalEvents, 5_000, next, timing)) {
    // The journal's size as JSON, from every 50th row: stringifying all 200,000 would only slow the seeding.
    for (let i = 0; i < rows.length; i += 50)
      journalBytes += JSON.stringify(rows[i]).length * Math.min(50, rows.length - i);
    const w0 = performance.now();
    // 5,000 rows per strict transaction, for seeding speed only: the stored rows are the same as if the dock
    // had written them one command at a time.
    await db.transaction('rw', db.journal, () => db.journal.bulkAdd(rows));
    journalWriteMs += performance.now() - w0;
  }

  const g0 = performance.now();
  const asn = generateCanonicalAsn(ASN_ID, {
    pallets: options.pallets,
    cartonsPerPallet: options.cartonsPerPallet,
    linesPerCarton: options.linesPerCarton,
  });
  const g1 = performance.now();
  const [stored] = await storeImportedAsns(db, [asn]);
  const g2 = performance.now();
  if (stored?.outcome !== 'added') throw new Error(`ASN intake said ${JSON.stringify(stored)}`);

  const journalEvents = await db.journal.count();
  const lastSeq = (await db.journal.orderBy('seq').last())?.seq ?? 0;
  if (journalEvents !== options.journalEvents || lastSeq !== journalEvents) {
    throw new Error(`journal seeded with ${journalEvents} rows, last seq ${lastSeq}`);
  }
  const estimate = await navigator.storage.estimate();
  const palletOrder = shuffle(
    asn.units.flatMap((u, i) => (u.kind === 'pallet' ? [i] : [])),
    next,
  );
  seeded = { db, asn, palletOrder, next: 0, historyRows: journalEvents, random: next };
  const shape = (e: UnitReceivedEvent) => ({ type: e.type, units: e.units.length, contents: e.contents.length });
  return {
    expectedLines: asn.lines.length,
    expectedUnits: asn.units.length,
    expectedUnitRows: await db.expectedUnits.count(),
    journalEvents,
    historyAsns: timing.asns,
    templates: [
      { type: templates.arrival.type, units: 0, contents: 0 },
      shape(templates.pallet),
      shape(templates.carton),
    ],
    journalBytes,
    generateAsnMs: g1 - g0,
    storeAsnMs: g2 - g1,
    validateMs: timing.validateMs,
    journalWriteMs,
    totalMs: performance.now() - t0,
    storageBytes: estimate.usage ?? null,
  };
}

// ── the scan plan ────────────────────────────────────────────────────────────────────────────────────────

interface PlannedScan {
  readonly kind: ScanKind;
  readonly sscc: string;
  /** The pallet a duplicate's carton belongs to (it must have been received earlier in the same phase). */
  readonly pallet?: string;
}

function cartonsOf(asn: CanonicalAsn, palletIndex: number): AsnLogisticUnit[] {
  const pallet = asn.units[palletIndex];
  const cartons: AsnLogisticUnit[] = [];
  for (let i = palletIndex + 1; i < asn.units.length; i++) {
    const unit = asn.units[i];
    if (unit?.parentUnitId !== pallet?.unitId) break;
    cartons.push(unit as AsnLogisticUnit);
  }
  return cartons;
}

/**
 * `distinct` scans of units nobody scanned yet, pallets and single cartons (of pallets never scanned) in random
 * order; then `duplicates` cartons of pallets scanned in this phase, each placed at a random point after its
 * pallet: the carton is already received with the pallet, so the dock must answer "already received".
 */
function plan(s: Seeded, distinct: number, duplicates: number, palletShare: number): PlannedScan[] {
  const take = (): number => {
    const index = s.palletOrder[s.next++];
    if (index === undefined) throw new Error('the ASN has no pallets left to scan: fewer scans, or more pallets');
    return index;
  };
  const pallets = Math.round(distinct * palletShare);
  const scans: PlannedScan[] = [];
  const palletIndexes: number[] = [];
  for (let i = 0; i < distinct; i++) {
    const index = take();
    const unit = s.asn.units[index];
    if (i < pallets) {
      palletIndexes.push(index);
      scans.push({ kind: 'pallet', sscc: unit?.sscc ?? '' });
    } else {
      const cartons = cartonsOf(s.asn, index);
      const carton = cartons[Math.floor(s.random() * cartons.length)];
      scans.push({ kind: 'carton', sscc: carton?.sscc ?? '' });
    }
  }
  shuffle(scans, s.random);
  for (const index of shuffle(palletIndexes, s.random).slice(0, duplicates)) {
    const pallet = s.asn.units[index]?.sscc ?? '';
    const cartons = cartonsOf(s.asn, index);
    const carton = cartons[Math.floor(s.random() * cartons.length)]?.sscc ?? '';
    const after = scans.findIndex((p) => p.sscc === pallet);
    const at = after + 1 + Math.floor(s.random() * (scans.length - after));
    scans.splice(at, 0, { kind: 'duplicate', sscc: carton, pallet });
  }
  return scans;
}

/** Throws when the dock did not do what the scan asks for: the benchmark measures working scans only. */
function checkOutcome(scan: PlannedScan, outcome: DockOutcome): void {
  const received = outcome.events.filter((e) => e.type === 'unit.received');
  const what = `${scan.kind} ${scan.sscc}: ${outcome.announcements.map((a) => a.text).join(' | ')}`;
  if (scan.kind === 'duplicate') {
    const flagged = outcome.events.some(
      (e) => e.event.type === 'discrepancy.recorded' && e.event.code === 'duplicate-scan',
    );
    if (received.length > 0 || !flagged) throw new Error(`duplicate not caught: ${what}`);
    return;
  }
  const [event] = received;
  const units = event?.event.type === 'unit.received' && event.event.schemaVersion === 2 ? event.event.units : [];
  const expected =
    scan.kind === 'pallet' ? 1 + ready().asn.units.filter((u) => u.parentUnitId === scan.sscc).length : 1;
  if (received.length !== 1 || units[0]?.sscc !== scan.sscc || units.length !== expected) {
    throw new Error(`not received: ${what}`);
  }
}

// ── the scan path as the dock runs it ───────────────────────────────────────────────────────────────────

const feedback = document.getElementById('feedback') as HTMLElement;
const feedbackText = document.getElementById('feedback-text') as HTMLElement;
const afterFrame = new MessageChannel();

/**
 * The next animation frame after a DOM write: `raf` when its requestAnimationFrame callback runs (the frame that
 * will show the write is being produced: the benchmark's "visible"), `painted` when a message posted from that
 * callback arrives, i.e. after the same frame's style, layout and paint have run on the main thread.
 */
function nextFrame(): Promise<{ raf: number; painted: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const raf = performance.now();
      afterFrame.port1.onmessage = () => {
        resolve({ raf, painted: performance.now() });
      };
      afterFrame.port2.postMessage(null);
    });
  });
}

async function frameInterval(): Promise<number> {
  const stamps: number[] = [];
  for (let i = 0; i < 61; i++) stamps.push((await nextFrame()).raf);
  const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
  return gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? Number.NaN;
}

async function scanToFeedback(deps: DockDeps, scan: PlannedScan): Promise<ScanSample> {
  // The raw a GS1-128 scanner sends for an SSCC label (AIM ]C1, then AI 00): parsed as the dock parses it.
  const raw = `]C100${scan.sscc}`;
  const t0 = performance.now();
  const read = readSsccScan(raw);
  const t1 = performance.now();
  if (!read.ok) throw new Error(`${raw}: ${read.message}`);
  const outcome = await receiveSscc(deps, read.sscc);
  const t2 = performance.now();
  const [first] = outcome.announcements;
  feedback.dataset['tone'] = first?.tone ?? '';
  feedbackText.textContent = outcome.announcements.map((a) => a.text).join(' ');
  const t3 = performance.now();
  const frame = await nextFrame();
  checkOutcome(scan, outcome);
  return {
    kind: scan.kind,
    sscc: scan.sscc,
    parseMs: t1 - t0,
    commandMs: t2 - t1,
    domMs: t3 - t2,
    frameWaitMs: frame.raf - t3,
    visibleMs: frame.raf - t0,
    paintedMs: frame.painted - t0,
    events: outcome.events.length,
    tone: first?.tone ?? '',
  };
}

function watchLongTasks(): { stop(): { startMs: number; durationMs: number }[] } {
  const tasks: { startMs: number; durationMs: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ startMs: e.startTime, durationMs: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const e of observer.takeRecords()) tasks.push({ startMs: e.startTime, durationMs: e.duration });
      observer.disconnect();
      return tasks;
    },
  };
}

/** A pause before each scan: a dock worker's scans land at any point of the display's 16.7 ms frame. */
function gap(s: Seeded, [min, max]: readonly [number, number]): Promise<void> {
  return sleep(min + s.random() * (max - min));
}

async function run(options: RunOptions): Promise<RunReport> {
  const s = ready();
  s.random = random(options.seed);
  const deps: DockDeps = { db: s.db, station: STATION };
  const arrival = await recordArrival(deps, ASN_ID, { trailer: 'TR-9', sealNumber: 'S-9', sealIntact: true });
  if (arrival.events.map((e) => e.type).join() !== 'receipt.arrived') {
    throw new Error(`arrival: ${arrival.announcements.map((a) => a.text).join(' | ')}`);
  }
  const frameIntervalMs = await frameInterval();
  const received = new Set<string>();
  let duplicateScans = 0;
  const count = (scan: PlannedScan): void => {
    if (scan.kind === 'duplicate') duplicateScans++;
    else received.add(scan.sscc);
  };

  const warmups: ScanSample[] = [];
  for (const scan of plan(s, options.warmups, options.warmupDuplicates, options.palletShare)) {
    await gap(s, options.gapMs);
    warmups.push(await scanToFeedback(deps, scan));
    count(scan);
  }
  const samples: ScanSample[] = [];
  const longTasks = watchLongTasks();
  for (const scan of plan(s, options.scans, options.duplicates, options.palletShare)) {
    await gap(s, options.gapMs);
    samples.push(await scanToFeedback(deps, scan));
    count(scan);
  }
  const tasks = longTasks.stop();

  // The command alone: receiveSscc until its strict transaction committed, nothing drawn, nothing parsed.
  const commandOnly: CommandSample[] = [];
  for (const scan of plan(s, options.commandOnly, 0, options.palletShare)) {
    await gap(s, options.gapMs);
    const c0 = performance.now();
    const outcome = await receiveSscc(deps, scan.sscc);
    const c1 = performance.now();
    checkOutcome(scan, outcome);
    count(scan);
    commandOnly.push({ kind: scan.kind, sscc: scan.sscc, commandMs: c1 - c0, events: outcome.events.length });
  }
  return {
    warmups,
    samples,
    commandOnly,
    check: await checkJournal(s, received, duplicateScans),
    longTasks: tasks,
    crossOriginIsolated: window.crossOriginIsolated,
    frameIntervalMs,
  };
}

/**
 * After the run, from the database itself: exactly one unit.received of this ASN per received scan (the scanned
 * unit first in it), one duplicate-scan discrepancy per duplicate scan, the history untouched, seq gap-free.
 */
async function checkJournal(s: Seeded, received: ReadonlySet<string>, duplicateScans: number): Promise<JournalCheck> {
  const ofAsn = await s.db.journal.where('asnId').equals(ASN_ID).toArray();
  const receivedEvents = ofAsn.flatMap((r) =>
    r.event.type === 'unit.received' && r.event.schemaVersion === 2 ? [r.event.unit.sscc ?? r.event.unit.unitId] : [],
  );
  const perSscc = new Map<string, number>();
  for (const sscc of receivedEvents) perSscc.set(sscc, (perSscc.get(sscc) ?? 0) + 1);
  const wrong = [...received].filter((sscc) => perSscc.get(sscc) !== 1);
  const extra = [...perSscc.keys()].filter((sscc) => !received.has(sscc));
  if (wrong.length > 0 || extra.length > 0 || receivedEvents.length !== received.size) {
    throw new Error(
      `journal: ${receivedEvents.length} unit.received for ${received.size} received scans; ` +
        `not exactly once: ${wrong.slice(0, 5).join(', ')}; not scanned: ${extra.slice(0, 5).join(', ')}`,
    );
  }
  const duplicateDiscrepancies = ofAsn.filter(
    (r) => r.event.type === 'discrepancy.recorded' && r.event.code === 'duplicate-scan',
  ).length;
  if (duplicateDiscrepancies !== duplicateScans) {
    throw new Error(
      `journal: ${duplicateDiscrepancies} duplicate-scan discrepancies for ${duplicateScans} duplicate scans`,
    );
  }
  const journalRows = await s.db.journal.count();
  const lastSeq = (await s.db.journal.orderBy('seq').last())?.seq ?? 0;
  const historyRows = journalRows - ofAsn.length;
  if (lastSeq !== journalRows || historyRows !== s.historyRows) {
    throw new Error(
      `journal: ${journalRows} rows, last seq ${lastSeq}, ${historyRows} of other ASNs (seeded ${s.historyRows})`,
    );
  }
  return {
    journalRows,
    lastSeq,
    unitReceivedOfAsn: receivedEvents.length,
    receivedScans: received.size,
    duplicateDiscrepancies,
    duplicateScans,
    historyRows,
  };
}

// ── where a command's time goes ─────────────────────────────────────────────────────────────────────────

interface OpLog {
  ops: { op: string; ms: number }[];
  lastDone: number;
  completeAt: number;
}

/**
 * A DBCore middleware that times every request of a transaction (by table, request type and index) and when the
 * transaction completes. It runs on a second connection of its own (middleware joins a connection before it
 * opens), so the measured scans above run without it.
 */
function timingMiddleware(log: () => OpLog | null) {
  return {
    stack: 'dbcore' as const,
    name: 'bench-timing',
    create(down: DBCore): DBCore {
      const timed = <T>(op: string, request: () => Promise<T>): Promise<T> => {
        const entry = log();
        const t0 = performance.now();
        return request().then((result) => {
          const t1 = performance.now();
          if (entry) {
            entry.ops.push({ op, ms: t1 - t0 });
            entry.lastDone = t1;
          }
          return result;
        });
      };
      return {
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          const entry = log();
          // Dexie's IndexedDB core hands back the IDBTransaction itself; its typing only promises abort().
          if (entry && mode === 'readwrite') {
            (tx as unknown as IDBTransaction).addEventListener('complete', () => {
              entry.completeAt = performance.now();
            });
          }
          return tx;
        },
        table(name): DBCoreTable {
          const table = down.table(name);
          return {
            ...table,
            get: (req) => timed(`${name}.get`, () => table.get(req)),
            getMany: (req) => timed(`${name}.getMany`, () => table.getMany(req)),
            count: (req) => timed(`${name}.count`, () => table.count(req)),
            mutate: (req) => timed(`${name}.${req.type}`, () => table.mutate(req)),
            query: (req) =>
              timed(
                `${name}.query(${req.query.index.name ?? 'primary key'}${req.direction === 'prev' ? ', prev' : ''}${req.limit === undefined ? '' : `, limit ${req.limit}`})`,
                () => table.query(req),
              ),
            openCursor: (req) =>
              timed(
                `${name}.openCursor(${req.query.index.name ?? 'primary key'}${req.reverse ? ', reverse' : ''})`,
                () => table.openCursor(req),
              ),
          };
        },
      };
    },
  };
}

async function profile(scans: number, seed: number): Promise<ProfileReport> {
  const s = ready();
  s.random = random(seed);
  let current: OpLog | null = null;
  const db = openDocksideDb(DB_NAME);
  db.use(timingMiddleware(() => current));
  await db.open();
  try {
    const deps: DockDeps = { db, station: STATION };
    const totals = new Map<string, { count: number; totalMs: number; maxMs: number }>();
    const perScan: ProfileReport['perScan'][number][] = [];
    for (const scan of plan(s, scans, Math.round(scans / 10), 0.7)) {
      await sleep(20 + s.random() * 30);
      const entry: OpLog = { ops: [], lastDone: 0, completeAt: 0 };
      current = entry;
      const c0 = performance.now();
      const outcome = await receiveSscc(deps, scan.sscc);
      const c1 = performance.now();
      current = null;
      checkOutcome(scan, outcome);
      for (const { op, ms } of entry.ops) {
        const t = totals.get(op) ?? { count: 0, totalMs: 0, maxMs: 0 };
        totals.set(op, { count: t.count + 1, totalMs: t.totalMs + ms, maxMs: Math.max(t.maxMs, ms) });
      }
      perScan.push({
        kind: scan.kind,
        commandMs: c1 - c0,
        requestMs: entry.ops.reduce((n, o) => n + o.ms, 0),
        commitWaitMs: entry.completeAt - entry.lastDone,
        requests: entry.ops.length,
      });
    }
    const roundTrips = await roundTripExperiment(s, ROUND_TRIP_REPEATS);
    const operations = [...totals.entries()].map(([op, t]) => ({ op, ...t })).sort((a, b) => b.totalMs - a.totalMs);
    return { scans: perScan.length, operations, perScan, roundTrips, repeats: ROUND_TRIP_REPEATS };
  } finally {
    db.close();
  }
}

const ROUND_TRIP_REPEATS = 40;
const ROLL_BACK = new Error('roll back the round-trip probe');

/**
 * What batching would save, measured on the seeded database instead of guessed: a pallet scan of 10 cartons
 * reads the journal's last seq 12 times, loads 11 unit machines and writes 11 machine rows and 11 unit states
 * one awaited request at a time (see the profile), and counts the ASN's unit states for the inspection
 * position, a range that grows with every unit received. Each is timed here as the command does it and as one
 * request (the last seq once, bulkGet, bulkPut; the count not at all, the AsnRow read already holds it), inside
 * a strict transaction that is rolled back, so nothing of it is kept and the benchmark's journal check holds.
 */
async function roundTripExperiment(s: Seeded, repeats: number): Promise<ProfileReport['roundTrips']> {
  const db = s.db;
  const machineRow = await db.machines
    .where('[machine+key]')
    .between(['logisticUnit', ''], ['logisticUnit', '\uffff'])
    .first();
  const stateRow = await db.unitStates.where('[asnId+unitId]').between([ASN_ID, ''], [ASN_ID, '\uffff']).first();
  if (!machineRow || !stateRow) throw new Error('round trips: run() first, it leaves machine and unit-state rows');
  const statesOfAsn = await db.unitStates
    .where(':id')
    .between(...ofAsn(ASN_ID), true, true)
    .count();
  const n = (v: number) => v.toLocaleString('en-US');
  const calls = 11;
  const keys = Array.from({ length: calls }, (_, i) => `PROBE/${i}`);
  const machineRows = keys.map((key) => ({ ...machineRow, key }));
  const stateRows = keys.map((unitId) => ({ ...stateRow, asnId: 'PROBE', unitId }));
  const timings = new Map<string, { sequential: number[]; batched: number[] }>();
  const time = async (what: string, sequential: () => Promise<unknown>, batched: () => Promise<unknown>) => {
    const t0 = performance.now();
    await sequential();
    const t1 = performance.now();
    await batched();
    const t2 = performance.now();
    const t = timings.get(what) ?? { sequential: [], batched: [] };
    t.sequential.push(t1 - t0);
    t.batched.push(t2 - t1);
    timings.set(what, t);
  };
  for (let r = 0; r < repeats; r++) {
    await sleep(20 + s.random() * 30);
    try {
      await db.transaction('rw', [db.journal, db.machines, db.unitStates], async (tx) => {
        const journal = tx.table('journal') as DocksideDb['journal'];
        const machines = tx.table('machines') as DocksideDb['machines'];
        const states = tx.table('unitStates') as DocksideDb['unitStates'];
        await time(
          `journal.orderBy('seq').last() × ${calls + 1} → once`,
          async () => {
            for (let i = 0; i <= calls; i++) await journal.orderBy('seq').last();
          },
          () => journal.orderBy('seq').last(),
        );
        await time(
          `unitStates count of the ASN's ${n(statesOfAsn)} states (inspection position) → asn.receivedUnitCount`,
          () =>
            states
              .where(':id')
              .between(...ofAsn(ASN_ID), true, true)
              .count(),
          // The AsnRow the command has already read carries the same figure: no request at all.
          () => Promise.resolve(),
        );
        await time(
          `machines.get × ${calls} → bulkGet`,
          async () => {
            for (const key of keys) await machines.get(['logisticUnit', key]);
          },
          () => machines.bulkGet(keys.map((key): [string, string] => ['logisticUnit', key])),
        );
        await time(
          `machines.put × ${calls} → bulkPut`,
          async () => {
            for (const row of machineRows) await machines.put(row);
          },
          () => machines.bulkPut(machineRows),
        );
        await time(
          `unitStates.put × ${calls} → bulkPut`,
          async () => {
            for (const row of stateRows) await states.put(row);
          },
          () => states.bulkPut(stateRows),
        );
        // Rejecting the callback makes Dexie abort the transaction: none of the probe rows is kept.
        throw ROLL_BACK;
      });
    } catch (error) {
      if (error !== ROLL_BACK) throw error;
    }
  }
  if ((await db.unitStates.where('[asnId+unitId]').between(['PROBE', ''], ['PROBE', '\uffff']).count()) > 0) {
    throw new Error('round trips: the aborted transaction left rows behind');
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  return [...timings.entries()].map(([what, t]) => ({
    what,
    calls: what.includes('last()') ? calls + 1 : what.includes('count') ? 1 : calls,
    sequentialMs: median(t.sequential),
    batchedMs: median(t.batched),
  }));
}

async function drop(): Promise<void> {
  seeded?.db.close();
  seeded = null;
  await Dexie.delete(DB_NAME);
}

declare global {
  interface Window {
    scanFeedbackBench?: ScanFeedbackBenchPage;
  }
}
window.scanFeedbackBench = { seed, run, profile, drop };
document.title = 'scan feedback bench ready';
