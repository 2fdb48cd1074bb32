import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { receivedEvents, recordArrival, scanBurst, setUpStation, startHarness, type Harness } from './station-harness';

/**
 * The dock's receiving workflow (issue 5, items 6 and 7) in Chromium against the demo ERP, driven as a worker
 * does: keyboard and scanner only. A trust receipt from arrival to close with a wrong-then-right putaway;
 * undo; and the browser killed right after a scan was acknowledged, reopened, continuing in place with every
 * acknowledged scan in the journal and at the ERP exactly once.
 */
let harness: Harness;

test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

/** The demo ERP's full ledger view (what the harness's Ledger type leaves out). */
interface FullLedger {
  readonly events: readonly { type: string; sscc?: string; asnId?: string; seq: number; eventId: string }[];
  readonly receipts: readonly { asnId: string; received: string }[];
  readonly receiptStates: readonly { asnId?: string; status: string }[];
  readonly units: readonly { asnId?: string; sscc?: string; location: string | null }[];
}
const fullLedger = async (): Promise<FullLedger> =>
  (await (await fetch(new URL('api/v1/ledger', harness.erpUrl))).json()) as FullLedger;

async function openAsn(asnId: string): Promise<AsnV1> {
  const asn = (await harness.openAsns()).find((a) => a.asnId === asnId);
  if (!asn) throw new Error(`the demo ERP has no open ${asnId}`);
  return asn;
}
const palletsOf = (asn: AsnV1): string[] =>
  asn.units.filter((u) => u.type === 'pallet' && u.parentSscc === null).map((u) => u.sscc);

async function startStation(page: Page): Promise<void> {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
}

/** The dock at a station's two sizes (issue 5, item 6: usable at 1024x768 and on a 1920x1080 station). */
async function shots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`) });
  }
  if (before) await page.setViewportSize(before);
}

test('a full trust receipt: arrival from the keyboard, every pallet, a wrong then the right location, close', async ({
  page,
}, testInfo) => {
  await startStation(page);
  const asn = await openAsn('ASN-AHD-24051');
  const pallets = palletsOf(asn);
  expect(pallets).toHaveLength(2);
  const [p1, p2] = pallets as [string, string];
  const total = asn.units.length;
  const feedback = page.getByTestId('scan-feedback');
  const next = page.getByTestId('next-step');
  const progress = page.getByTestId('receipt-progress');

  // Before the arrival the dock refuses the pallet and says what to do.
  await scanBurst(page, p1);
  await expect(feedback).toContainText('Record the arrival first');
  await expect(next).toContainText('record its arrival');
  await shots(page, testInfo, 'before-arrival');

  // Arrival, keyboard only: find the ASN, Enter opens it, Tab reaches "Record arrival".
  const filter = page.getByTestId('asn-filter');
  await filter.fill(asn.asnId);
  await filter.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Record arrival' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('arrival-dialog');
  await expect(dialog.getByLabel('Trailer')).toHaveValue(asn.carrier.trailer);
  await expect(dialog.getByLabel('Seal number')).toHaveValue(asn.carrier.seal ?? '');
  // Confirming without looking at the seal is refused: the worker must say whether it is intact.
  await dialog.getByRole('button', { name: 'Confirm arrival' }).press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('is it intact');
  await shots(page, testInfo, 'arrival-dialog');
  await dialog.getByLabel('Yes, intact').focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Confirm arrival' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(feedback).toContainText('Arrival recorded');
  await expect(progress).toHaveText(`${asn.asnId} — 0 of ${total} units received`);
  await expect(page.getByTestId('receipt')).toContainText(`Trailer ${asn.carrier.trailer}`);
  await expect(page.getByTestId('receipt')).toContainText('Door D7');
  await expect(next).toHaveText(/Scan the next pallet/);
  await filter.fill('');

  // The first pallet, with its cartons; it waits for putaway, and the dock says where it goes.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await scanBurst(page, p1);
  await expect(feedback).toContainText('Pallet received');
  await expect(feedback).toContainText(p1);
  const firstCount = asn.units.filter((u) => u.sscc === p1 || u.parentSscc === p1).length;
  await expect(progress).toHaveText(`${asn.asnId} — ${firstCount} of ${total} units received`);
  await expect(next).toHaveText(`Next Take Pallet …${p1.slice(-4)} to zone A — scan the location label`);
  await shots(page, testInfo, 'pallet-received');

  // A wrong location is caught, nothing is recorded; the right one puts it away.
  await scanBurst(page, 'Q-01-01');
  await expect(feedback).toContainText('Wrong location');
  await expect(page.locator('.scan-panel--error')).toBeVisible();
  await expect(next).toContainText(`Take Pallet …${p1.slice(-4)}`);
  await shots(page, testInfo, 'wrong-location');
  await scanBurst(page, 'A-01-02');
  await expect(feedback).toContainText('Put away');
  await expect(feedback).toContainText('A-01-02');
  await expect(next).toHaveText(/Scan the next pallet/);

  await scanBurst(page, p2);
  await expect(feedback).toContainText('Pallet received');
  await expect(progress).toHaveText(`${asn.asnId} — ${total} of ${total} units received`);
  await scanBurst(page, 'A-02-01');
  await expect(feedback).toContainText('Put away');
  await expect(next).toContainText('Close the receipt');

  // Close: the confirm step says nothing is missing, then the receipt leaves the dock.
  await page.getByRole('button', { name: 'Close receipt…' }).click();
  const closing = page.getByTestId('close-dialog');
  await expect(closing.getByTestId('close-summary')).toContainText('nothing is missing');
  await shots(page, testInfo, 'close-dialog');
  await closing.getByRole('button', { name: 'Close receipt' }).click();
  await expect(closing).toBeHidden();
  await expect(feedback).toContainText('Receipt closed');
  await expect(page.getByTestId('receipt')).toHaveCount(0);

  // The ERP got the whole receipt once: arrival, two pallets, two putaways, the close.
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  const ledger = await fullLedger();
  expect(ledger.events.map((e) => e.type)).toEqual([
    'receipt.arrived',
    'unit.received',
    'unit.put-away',
    'unit.received',
    'unit.put-away',
    'receipt.closed',
  ]);
  expect(ledger.receiptStates.find((r) => r.asnId === asn.asnId)?.status).toBe('closed');
  expect(ledger.units.filter((u) => u.sscc === p1 || u.sscc === p2).map((u) => u.location)).toEqual([
    'A-01-02',
    'A-02-01',
  ]);
});

test('undo: Ctrl+Z and the button reverse the last receipt; a focused text field keeps its own Ctrl+Z', async ({
  page,
}) => {
  await startStation(page);
  const asn = await openAsn('ASN-NBH-88311'); // one pallet of five cartons, no seal
  const [pallet] = palletsOf(asn) as [string];
  const total = asn.units.length;
  const feedback = page.getByTestId('scan-feedback');
  const progress = page.getByTestId('receipt-progress');
  await recordArrival(page, asn.asnId);

  await scanBurst(page, pallet);
  await expect(progress).toHaveText(`${asn.asnId} — ${total} of ${total} units received`);

  // In the search field Ctrl+Z is the field's: nothing is undone.
  const filter = page.getByTestId('asn-filter');
  await filter.focus();
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveText(`${asn.asnId} — ${total} of ${total} units received`);
  await filter.blur();

  await page.keyboard.press('Control+z');
  await expect(feedback).toContainText('Undone');
  await expect(progress).toHaveText(`${asn.asnId} — 0 of ${total} units received`);
  await expect(page.getByTestId('next-step')).toHaveText(/Scan the next pallet/);

  // Undone means expected again: the same pallet is received anew, not a duplicate; the button undoes it too.
  await scanBurst(page, pallet);
  await expect(feedback).toContainText('Pallet received');
  await expect(progress).toHaveText(`${asn.asnId} — ${total} of ${total} units received`);
  await page.getByRole('button', { name: /Undo last/ }).click();
  await expect(feedback).toContainText('Undone');
  await expect(progress).toHaveText(`${asn.asnId} — 0 of ${total} units received`);
  await page.keyboard.press('Control+z');
  await expect(feedback).toContainText('Nothing to undo');

  // The ERP keeps both receipts and both reversals; nothing of the ASN counts as received.
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  const ledger = await fullLedger();
  expect(ledger.events.map((e) => e.type)).toEqual([
    'receipt.arrived',
    'unit.received',
    'event.reversed',
    'unit.received',
    'event.reversed',
  ]);
  const lines = ledger.receipts.filter((r) => r.asnId === asn.asnId);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.every((l) => Number(l.received) === 0)).toBe(true);
});

test('a broken seal stops the receipt for a supervisor; closing short lists what is missing', async ({
  page,
}, testInfo) => {
  await startStation(page);
  const feedback = page.getByTestId('scan-feedback');
  const next = page.getByTestId('next-step');

  // Broken seal: recorded, the receipt waits for a supervisor, and its pallets are refused meanwhile.
  const sealed = await openAsn('ASN-CBC-70412');
  await recordArrival(page, sealed.asnId, { sealIntact: false });
  await expect(feedback).toContainText('Seal problem — call a supervisor');
  const stopped = page.locator(`[data-testid="receipt"][data-receipt-id="${sealed.asnId}"]`);
  await expect(stopped).toHaveAttribute('data-status', 'awaiting-seal-approval');
  await expect(stopped).toContainText('Seal problem — call a supervisor');
  await expect(next).toContainText(`Seal problem on ${sealed.asnId}: do not unload. Call a supervisor.`);
  await shots(page, testInfo, 'seal-broken');
  await scanBurst(page, palletsOf(sealed)[0] ?? '');
  await expect(feedback).toContainText('supervisor');
  await expect(page.locator('.scan-panel--error')).toBeVisible();

  // A second trailer at the same door: one pallet of its three loose cartons never came.
  const short = await openAsn('ASN-AHD-24052');
  const [pallet] = palletsOf(short) as [string];
  const loose = short.units.filter((u) => u.parentSscc === null && u.sscc !== pallet).map((u) => u.sscc);
  expect(loose).toHaveLength(3);
  await recordArrival(page, short.asnId);
  await scanBurst(page, pallet);
  await expect(feedback).toContainText('Pallet received');
  await scanBurst(page, 'A-01-01');
  await expect(feedback).toContainText('Put away');
  const receiving = page.locator(`[data-testid="receipt"][data-receipt-id="${short.asnId}"]`);
  await receiving.getByRole('button', { name: 'Close receipt…' }).click();
  const closing = page.getByTestId('close-dialog');
  await expect(closing.getByTestId('close-summary')).toContainText('3 units are missing');
  for (const sscc of loose) await expect(closing.getByTestId('close-missing')).toContainText(sscc);
  await shots(page, testInfo, 'close-missing');
  await closing.getByRole('button', { name: 'Close with 3 missing' }).click();
  await expect(feedback).toContainText('Receipt closed with differences');
  await expect(receiving).toHaveCount(0);
  await expect(stopped).toBeVisible(); // the sealed trailer still waits

  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  const ledger = await fullLedger();
  expect(ledger.receiptStates.find((r) => r.asnId === short.asnId)?.status).toBe('closed');
  expect(ledger.receiptStates.find((r) => r.asnId === sealed.asnId)?.status).toBe('arrived');
  const discrepancies = (await (await fetch(new URL('api/v1/ledger', harness.erpUrl))).json()) as {
    discrepancies: { asnId?: string; code: string }[];
  };
  expect(discrepancies.discrepancies.map((d) => `${d.asnId ?? ''} ${d.code}`)).toEqual([
    `${sealed.asnId} seal-broken`,
    `${short.asnId} missing-unit`,
    `${short.asnId} missing-unit`,
    `${short.asnId} missing-unit`,
  ]);
});

test('the browser killed right after a scan is acknowledged: reopened, the receipt continues with every scan once', async () => {
  const testInfo = test.info();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'dockside-kill-'));
  let context: BrowserContext | null = null;
  try {
    const asn = await openAsn('ASN-AHD-24051');
    const [p1, p2] = palletsOf(asn) as [string, string];
    const carton = asn.units.find((u) => u.parentSscc === p2)?.sscc ?? '';
    const total = asn.units.length;
    const afterScans = asn.units.filter((u) => u.sscc === p1 || u.parentSscc === p1).length + 1;

    context = await launchStation(profile);
    let page = await firstPage(context);
    await startStation(page);
    await recordArrival(page, asn.asnId);
    await scanBurst(page, p1);
    await expect(page.getByTestId('scan-feedback')).toContainText('Pallet received');
    await scanBurst(page, carton);
    await expect(page.getByTestId('scan-feedback')).toContainText('Carton received');
    // The moment the worker sees "received", the browser dies: no unload, no flush, no goodbye.
    killBrowser(profile);
    await context.close().catch(() => undefined);
    context = null;

    context = await launchStation(profile);
    page = await firstPage(context);
    await page.goto(harness.station.url);
    await expect(page.getByText('DOCK-E2E')).toBeVisible();
    const progress = page.getByTestId('receipt-progress');
    await expect(progress).toHaveText(`${asn.asnId} — ${afterScans} of ${total} units received`);
    // In place: the carton scanned last is on the forks, waiting for its location.
    await expect(page.getByTestId('next-step')).toContainText(
      `Take Carton …${carton.slice(-4)} to zone A — scan the location label (1 more waiting for putaway)`,
    );
    await page.screenshot({ path: testInfo.outputPath('reopened-after-kill.png') });

    // Scanning an acknowledged unit again is a duplicate, not a second receipt. The reopened window gets the
    // focus first, as the worker's touch or click gives it: a wedge types into the focused window only.
    // It also waits for the reopened station to settle (the sync resending what the kill left waiting): scans
    // into a page that busy lost their first characters in about one run in three here, given back by the
    // wedge as typing (renderer/src/scanner, reported; not what this spec is about).
    await page.bringToFront();
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting', { timeout: 30_000 });
    for (const sscc of [p1, carton]) {
      await scanBurst(page, sscc);
      await expect(page.getByTestId('scan-feedback')).toContainText('Already received');
      await expect(page.getByTestId('scan-feedback')).toContainText(sscc);
    }
    await expect(progress).toHaveText(`${asn.asnId} — ${afterScans} of ${total} units received`);

    // The station's journal: every acknowledged scan once, seq without gaps or repeats.
    const journal = await readJournal(page);
    expect(journal.map((e) => e.seq)).toEqual(journal.map((_, i) => i + 1));
    expect(journal.filter((e) => e.type === 'unit.received').map((e) => e.sscc)).toEqual([p1, carton]);
    // And the ERP's ledger, once the sync has caught up: the same, exactly once.
    await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting', { timeout: 30_000 });
    const ledger = await harness.ledger();
    expect(receivedEvents(ledger).map((e) => e.sscc)).toEqual([p1, carton]);
    expect(new Set(ledger.events.map((e) => e.eventId)).size).toBe(journal.length);
    expect(ledger.events.map((e) => e.seq)).toEqual(journal.map((e) => e.seq));
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
});

/** A Chromium with its own profile folder, so IndexedDB outlives the process, as on a station PC. */
async function launchStation(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/**
 * SIGKILL to the browser process of this profile (found by its own --user-data-dir, so only the Chromium this
 * test started): the closest a test gets to pulling the station's plug.
 */
function killBrowser(profile: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.filter((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  expect(main, 'one browser process for the profile').toHaveLength(1);
  process.kill(Number(main[0]?.trim().split(/\s+/)[0]), 'SIGKILL');
}

/** The journal as the station holds it, read from IndexedDB in the page. */
async function readJournal(page: Page): Promise<{ seq: number; type: string; sscc?: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ seq: number; type: string; sscc?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('dockside');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const read = open.result.transaction('journal').objectStore('journal').getAll();
          read.onerror = () => {
            reject(read.error ?? new Error('read failed'));
          };
          read.onsuccess = () => {
            const rows = read.result as { seq: number; type: string; event: { unit?: { sscc?: string } } }[];
            open.result.close();
            resolve(
              rows.map((r) => ({
                seq: r.seq,
                type: r.type,
                ...(r.event.unit?.sscc === undefined ? {} : { sscc: r.event.unit.sscc }),
              })),
            );
          };
        };
      }),
  );
}
