import { expect, test } from '@playwright/test';
import { TEST_LABEL_DATA } from '../../renderer/src/scanner/test-label';
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

// Issue 3, wedge goal: every burst captured exactly at 2–20 ms per character, nothing leaked into a field.
test('bursts at 2 to 20 ms per character are captured exactly, with a text field focused', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const asns = await harness.openAsns();
  const cartons = asns.flatMap((a) => a.units.filter((u) => u.type === 'carton')).map((u) => u.sscc);
  const filter = page.getByTestId('asn-filter');
  const feedback = page.getByTestId('scan-feedback');
  const speeds = [2, 5, 8, 11, 14, 17, 20];
  await recordArrivalsFor(page, asns, cartons.slice(0, speeds.length));
  for (const [i, msPerChar] of speeds.entries()) {
    const sscc = cartons[i] ?? '';
    await filter.focus();
    await scanBurst(page, `]C100${sscc}`, msPerChar);
    await expect(feedback, `scan at ${msPerChar} ms per character`).toContainText(`SSCC ${sscc}`);
    await expect(feedback).toContainText('received');
    await expect(filter).toHaveValue('');
  }
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger()).map((e) => e.sscc)).toEqual(cartons.slice(0, speeds.length));
});

// The same goal for a scanner that types "~" for GS (a configured substitute), learned on the setup screen:
// (30) count, GS, (10) lot, so a substitute that is not turned back into GS fails the label.
test('bursts with a GS substitute at 2 to 20 ms per character are captured exactly once it is learned', async ({
  page,
}) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const asns = await harness.openAsns();
  const cartons = asns.flatMap((a) => a.units.filter((u) => u.type === 'carton')).map((u) => u.sscc);
  await recordArrivalsFor(page, asns, cartons.slice(0, 7));
  const withSubstitute = (raw: string): string => raw.replaceAll('\u001d', '~');
  const feedback = page.getByTestId('scan-feedback');
  const filter = page.getByTestId('asn-filter');

  // The control: before the scanner is learned, "~" is data and the label is refused.
  await filter.focus();
  await scanBurst(page, withSubstitute(`]C100${cartons[0] ?? ''}3012\u001d10ABC`), 4);
  await expect(page.locator('.scan-panel--error')).toBeVisible();
  await expect(filter).toHaveValue('');

  await page.getByRole('button', { name: 'Scanner setup' }).click();
  const setup = page.getByRole('dialog', { name: 'Scanner setup' });
  await setup.getByRole('button', { name: 'Scan the test label now' }).click();
  await scanBurst(page, withSubstitute(`]C1${TEST_LABEL_DATA}`), 4);
  await expect(page.getByTestId('learned-profile')).toContainText('~');
  await setup.getByRole('button', { name: 'Save for this station' }).click();
  await expect(page.getByTestId('setup-message')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(setup).toBeHidden();

  const speeds = [2, 5, 8, 11, 14, 17, 20];
  for (const [i, msPerChar] of speeds.entries()) {
    const sscc = cartons[i] ?? '';
    await filter.focus();
    await scanBurst(page, withSubstitute(`]C100${sscc}3012\u001d10ABC`), msPerChar);
    await expect(feedback, `scan at ${msPerChar} ms per character`).toContainText(`SSCC ${sscc}`);
    await expect(feedback).toContainText('received');
    await expect(filter).toHaveValue('');
  }
  // The ledger is read once the station has sent everything (sync runs after each scan's commit).
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger()).map((e) => e.sscc)).toEqual(cartons.slice(0, speeds.length));
});
