import { expect, test } from '@playwright/test';
import {
  receivedEvents,
  recordArrival,
  recordArrivalsFor,
  scanBurst,
  settled,
  setUpStation,
  startHarness,
  type Harness,
} from './station-harness';

let harness: Harness;

test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

test('scans reach the ERP exactly once, through an ERP outage', async ({ page }, testInfo) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const asns = await harness.openAsns();
  await expect(page.getByTestId('asn-row')).toHaveCount(asns.length + 1); // + the cancelled one

  const cartons = asns
    .flatMap((a) => a.units.filter((u) => u.type === 'carton' && u.parentSscc !== null))
    .slice(0, 5)
    .map((u) => u.sscc);
  expect(cartons).toHaveLength(5);
  const [c1, c2, c3, c4, c5] = cartons as [string, string, string, string, string];
  const feedback = page.getByTestId('scan-feedback');
  // Receiving starts with the trailer's arrival (issue 5); its receipt.arrived events reach the ERP too.
  await recordArrivalsFor(page, asns, cartons);
  const arrivals = (await harness.ledger()).events.length;

  // Three scans while online, in the three forms a scanner sends an SSCC.
  await scanBurst(page, c1);
  await expect(feedback).toContainText(`Carton received`);
  await expect(feedback).toContainText(c1);

  const filter = page.getByTestId('asn-filter');
  await filter.focus();
  await scanBurst(page, `00${c2}`);
  await expect(feedback).toContainText(c2);
  await expect(filter).toHaveValue('');
  await expect(filter).toBeFocused();

  await page.locator('body').click({ position: { x: 5, y: 600 } });
  await scanBurst(page, `]C100${c3}`);
  await expect(feedback).toContainText(c3);
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger())).toHaveLength(3);

  // The ERP goes away; the dock keeps working and keeps every scan.
  await harness.stopErp();
  await scanBurst(page, c4);
  await expect(feedback).toContainText(c4);
  await scanBurst(page, c5);
  await expect(feedback).toContainText(c5);
  await expect(page.getByTestId('connection')).toHaveText('Offline');
  await expect(page.getByTestId('events-waiting')).toHaveText('2 events waiting');

  // Back online: the two waiting events arrive, once each.
  await harness.startErp();
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting', { timeout: 30_000 });
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const ledger = await harness.ledger();
  const events = receivedEvents(ledger);
  expect(events.map((e) => e.sscc)).toEqual(cartons);
  expect(new Set(events.map((e) => e.eventId)).size).toBe(5);
  // Every event the station wrote arrived once, in station seq order, with no gap: the arrivals, then the scans.
  expect(ledger.events.map((e) => e.seq)).toEqual(Array.from({ length: arrivals + 5 }, (_, i) => i + 1));
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5].map((n) => arrivals + n));
  expect(ledger.events.every((e) => e.stationId === 'DOCK-E2E')).toBe(true);

  await page.screenshot({ path: testInfo.outputPath('dock-screen.png'), fullPage: true });
});

test('an unknown SSCC gets a message naming it, and nothing is recorded', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  await scanBurst(page, '395060000999999995');
  await expect(page.getByTestId('scan-feedback')).toContainText('Unknown SSCC');
  await expect(page.getByTestId('scan-feedback')).toContainText('395060000999999995');
  await scanBurst(page, '395060000999999991');
  await expect(page.getByTestId('scan-feedback')).toContainText('check digit should be 5, label says 1');
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
});

test('a person typing in the search field is not taken for a scanner', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  const filter = page.getByTestId('asn-filter');
  await filter.focus();
  await page.keyboard.type('ASN', { delay: 80 });
  await expect(filter).toHaveValue('ASN');
  await expect(page.getByTestId('scan-feedback')).toHaveText('Scan a pallet or carton label');
});

test('the station keeps its identity and its receipts across a reload', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const [asn] = await harness.openAsns();
  const carton = asn?.units.find((u) => u.type === 'carton')?.sscc ?? '';
  await recordArrival(page, asn?.asnId ?? '');
  await scanBurst(page, carton);
  await expect(page.getByTestId('scan-feedback')).toContainText('received');
  await page.reload();
  await expect(page.getByText('DOCK-E2E')).toBeVisible();
  await settled(page);
  await scanBurst(page, carton);
  await expect(page.getByTestId('scan-feedback')).toContainText('Already received');
  await expect(page.locator('.scan-panel--warning')).toBeVisible();
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  // The carton was received once; the second scan is recorded as what it was, a duplicate scan.
  expect(receivedEvents(await harness.ledger()).map((e) => e.sscc)).toEqual([carton]);
});
