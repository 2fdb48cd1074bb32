import { expect, test } from '@playwright/test';
import { scanBurst, setUpStation, startHarness, type Harness } from './station-harness';

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
  const cartons = (await harness.openAsns())
    .flatMap((a) => a.units.filter((u) => u.type === 'carton'))
    .map((u) => u.sscc);
  const filter = page.getByTestId('asn-filter');
  const feedback = page.getByTestId('scan-feedback');
  const speeds = [2, 5, 8, 11, 14, 17, 20];
  for (const [i, msPerChar] of speeds.entries()) {
    const sscc = cartons[i] ?? '';
    await filter.focus();
    await scanBurst(page, `]C100${sscc}`, msPerChar);
    await expect(feedback, `scan at ${msPerChar} ms per character`).toContainText(`SSCC ${sscc}`);
    await expect(feedback).toContainText('received');
    await expect(filter).toHaveValue('');
  }
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect((await harness.ledger()).events.map((e) => e.sscc)).toEqual(cartons.slice(0, speeds.length));
});
