import { expect, test } from '@playwright/test';
import {
  receivedEvents,
  recordArrivalsFor,
  scanBurst,
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

// (00) SSCC, (30) count 12, GS, (10) lot ABC: without its GS, (30) would swallow "1210ABC", which is not a
// count, so only a scan whose GS survived the wedge is read (GS1 General Specifications §7.8.5.2).
const label = (sscc: string): string => `]C100${sscc}3012\u001d10ABC`;

test('GS typed as Ctrl+] or as Alt+0029 reaches the parser as GS, with a text field focused', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const asns = await harness.openAsns();
  const [first, second, third] = asns.flatMap((a) => a.units.filter((u) => u.type === 'carton')).map((u) => u.sscc);
  await recordArrivalsFor(page, asns, [first ?? '', second ?? '', third ?? '']);
  const feedback = page.getByTestId('scan-feedback');
  const filter = page.getByTestId('asn-filter');
  await filter.focus();

  await scanBurst(page, label(first ?? ''), 4, 'ctrl-bracket');
  await expect(feedback).toContainText(`Carton received`);
  await expect(feedback).toContainText(first ?? '');

  await scanBurst(page, label(second ?? ''), 4, 'alt-0029');
  await expect(feedback).toContainText(second ?? '');
  await expect(feedback).toContainText(`Carton received`);

  // The control: the same label with its GS lost is refused, and names the problem.
  await scanBurst(page, label(third ?? '').replace('\u001d', ''), 4);
  await expect(page.locator('.scan-panel--error')).toBeVisible();
  await expect(feedback).toContainText('Label data is wrong');
  await expect(feedback).toContainText('AI (30): 1210ABC must be digits only');
  await expect(filter).toHaveValue('');
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger())).toHaveLength(2);
});
