import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TEST_LABEL_DATA } from '../../renderer/src/scanner/test-label';
import {
  receivedEvents,
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

/** Kept after the run (outside Playwright's output folder, which is emptied on every run) for people to look at. */
const SHOTS = path.resolve('test-results/screenshots');

// A scanner set up with the prefix "#" and F8 for GS: the defaults read neither, so only a learned, stored and
// applied profile lets its labels through. (30) count, GS, (10) lot: without its GS, (30) swallows the lot.
const PREFIX = '#';
const GS_KEY = 'F8';
const label = (sscc: string): string => `${PREFIX}]C100${sscc}3012\u001d10ABC`;

test('learns a scanner from the test label, keeps it across a reload, and warns about plain Code 128', async ({
  page,
}) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const asns = await harness.openAsns();
  const [first, second] = asns.flatMap((a) => a.units.filter((u) => u.type === 'carton')).map((u) => u.sscc);
  const feedback = page.getByTestId('scan-feedback');
  await recordArrivalsFor(page, asns, [first ?? '', second ?? '']);

  // The control: with the defaults, this scanner's label is not read.
  await scanBurst(page, label(first ?? ''), 4, GS_KEY);
  await expect(page.locator('.scan-panel--error')).toBeVisible();

  // Open the setup from the header with the keyboard alone.
  await page.getByRole('button', { name: 'Scanner setup' }).focus();
  await page.keyboard.press('Enter');
  const setup = page.getByRole('dialog', { name: 'Scanner setup' });
  await expect(setup).toBeVisible();
  await expect(page.getByTestId('stored-profile')).toContainText('No scanner learned on this station yet');

  await page.setViewportSize({ width: 1280, height: 1000 });
  await setup.getByRole('button', { name: 'Scan the test label now' }).click();
  await expect(page.getByTestId('learn-listening')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-listening.png') });
  await scanBurst(page, `${PREFIX}]C1${TEST_LABEL_DATA}`, 4, GS_KEY);
  const learned = page.getByTestId('learned-profile');
  await expect(learned).toContainText('typed as the F8 key');
  await expect(learned).toContainText('"#" before each scan');
  await expect(learned).toContainText('the Enter key');
  await expect(learned).toContainText('sent (]C1)');
  await expect(page.getByTestId('learn-result')).toContainText('from the GS1-128 test label');
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-learned.png') });

  await setup.getByRole('button', { name: 'Save for this station' }).click();
  await expect(page.getByTestId('setup-message')).toContainText('Saved');
  await expect(page.getByTestId('stored-profile')).toContainText('typed as the F8 key');

  // The test box reads a label with the saved settings, and the dock does not receive it meanwhile.
  await scanBurst(page, label(first ?? ''), 4, GS_KEY);
  const testScan = page.getByTestId('test-scan');
  await expect(testScan).toContainText(`(00) ${first ?? ''} · (30) 12 · (10) ABC`);
  await expect(page.locator('.test-scan--success')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-saved.png') });

  // The print view: both symbols drawn, and on paper the sheet alone.
  await setup.getByRole('button', { name: 'Show the test label' }).click();
  const images = page.locator('.label-sheet img');
  await expect(images).toHaveCount(2);
  await expect
    .poll(() => images.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-print-view.png') });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-printed.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape'); // back to the setup
  await expect(setup.getByRole('button', { name: 'Show the test label' })).toBeVisible();
  await page.keyboard.press('Escape'); // back to the dock
  await expect(setup).toBeHidden();
  await expect(page.locator('.scan-panel--error')).toBeVisible();
  await expect(feedback).not.toContainText('received');

  // After a reload the stored profile is applied at boot: the same scanner's labels are received.
  await page.reload();
  await settled(page);
  await scanBurst(page, label(first ?? ''), 4, GS_KEY);
  await expect(feedback).toContainText('Carton received');
  await expect(feedback).toContainText(first ?? '');
  await expect(page.locator('.scan-panel--success')).toBeVisible();

  // GS1 data printed as plain Code 128 (]C0): received as GS1, with a warning instead of success.
  await scanBurst(page, `${PREFIX}]C000${second ?? ''}`, 4, GS_KEY);
  await expect(feedback).toContainText(second ?? '');
  await expect(feedback).toContainText(
    'This label is GS1 data printed as plain Code 128 (no FNC1). It was read as GS1, but tell the supplier to fix the label.',
  );
  await expect(page.locator('.scan-panel--warning')).toBeVisible();
  await expect(page.getByTestId('screen-flash')).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'dock-plain-code128-warning.png') });
  await expect.poll(async () => receivedEvents(await harness.ledger()).map((e) => e.sscc)).toEqual([first, second]);
});

test('says when the wrong label is scanned, and Esc stops listening without leaving the screen', async ({ page }) => {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  await page.getByRole('button', { name: 'Scanner setup' }).click();
  const setup = page.getByRole('dialog', { name: 'Scanner setup' });

  await setup.getByRole('button', { name: 'Scan the test label now' }).click();
  await scanBurst(page, ']C100376104250021234569');
  await expect(page.getByTestId('learn-problem')).toContainText('That was not the Dockside test label');
  await expect(page.getByTestId('learn-arrived')).toHaveText(']C100376104250021234569‹Enter›');
  await expect(setup.getByRole('button', { name: 'Save for this station' })).toHaveCount(0);
  await setup.getByText('What arrived from the scanner').click();
  await page.screenshot({ path: path.join(SHOTS, 'scanner-setup-wrong-label.png') });

  await setup.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('learn-listening')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(setup.getByRole('button', { name: 'Scan the test label now' })).toBeVisible();
  await expect(setup).toBeVisible();
});
