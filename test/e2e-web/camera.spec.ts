import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  cameraRequests,
  cameraTracks,
  launchWithFakeCamera,
  readStationMeta,
  recordCameraRequests,
  writeStationMeta,
  type FakeCameraOptions,
} from './fake-camera/fake-camera-browser';
import { writeLabelVideo } from './fake-camera/label-video';
import { receivedEvents, recordArrival, setUpStation, startHarness, type Harness } from './station-harness';

/**
 * The camera scanner end to end: Chromium's fake camera plays a generated video of a real GS1-128 pallet
 * label (bwip-js) from the demo ERP, the station decodes it in its worker and receives the pallet through the
 * same scan path as a keyboard wedge. Each test launches its own Chromium, because the fake camera is chosen
 * by command-line flags.
 */
let harness: Harness;
let dir: string;
let browser: Browser | null = null;
let palletSscc: string;
let palletAsnId: string;
let video: string;

test.beforeEach(async () => {
  harness = await startHarness();
  dir = await mkdtemp(path.join(os.tmpdir(), 'dockside-camera-'));
  const asn = (await harness.openAsns()).find((a) => a.units.some((u) => u.type === 'pallet'));
  const pallet = asn?.units.find((u) => u.type === 'pallet');
  if (!asn || !pallet) throw new Error('the demo ERP has no open pallet');
  palletSscc = pallet.sscc;
  palletAsnId = asn.asnId;
  video = path.join(dir, 'pallet-label.y4m');
  await writeLabelVideo(video, { sscc: palletSscc });
});

test.afterEach(async () => {
  await browser?.close();
  browser = null;
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

async function openStation(camera: Partial<FakeCameraOptions> = {}): Promise<Page> {
  browser = await launchWithFakeCamera({ video, allow: true, ...camera });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await recordCameraRequests(page);
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  // The pallet's trailer has arrived: the label in view is received, not refused (issue 5).
  await recordArrival(page, palletAsnId);
  return page;
}

/** Opens the camera from the keyboard, as a dock worker without a mouse would. */
async function openCamera(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Camera' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('camera-panel')).toBeVisible();
}

const frames = async (page: Page): Promise<number> =>
  Number(await page.locator('.camera__session').getAttribute('data-frames'));

test('reads a pallet label once however long it stays in view, outlines it, and remembers the camera', async () => {
  const testInfo = test.info();
  const page = await openStation();
  const feedback = page.getByTestId('scan-feedback');
  await openCamera(page);

  await expect(feedback).toContainText('Pallet received');
  await expect(feedback).toContainText(palletSscc);
  await expect(page.getByTestId('camera-hit').first()).toBeVisible();
  await expect(page.locator('.camera__session')).toHaveAttribute('data-decoder', 'zxing-wasm');

  // The fake camera loops the same label: many more frames decode, every one of them reads it again...
  const framesAtReceipt = await frames(page);
  await expect.poll(() => frames(page), { timeout: 60_000 }).toBeGreaterThan(framesAtReceipt + 30);
  // ...and it is still one scan: a second delivery would have turned the panel into "Already received".
  await expect(feedback).toContainText('Pallet received');
  await expect(page.locator('.scan-panel--warning')).toHaveCount(0);
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger()).map((e) => e.sscc)).toEqual([palletSscc]);

  await page.getByTestId('camera-panel').screenshot({ path: testInfo.outputPath('camera-panel.png') });
  await page.screenshot({ path: testInfo.outputPath('dock-with-camera.png') });

  // Choose the camera: it is kept for this station and asked for by id after a reload.
  const select = page.getByTestId('camera-select');
  const deviceId = await select.inputValue();
  expect(deviceId).not.toBe('');
  await select.selectOption(deviceId);
  await expect.poll(() => readStationMeta(page, 'camera.device')).toMatchObject({ deviceId });

  await page.reload();
  await expect(page.getByTestId('connection')).toHaveText('Online');
  await openCamera(page);
  await expect(page.getByTestId('camera-select')).toHaveValue(deviceId);
  const [request] = await cameraRequests(page);
  expect(request?.video).toMatchObject({ deviceId: { exact: deviceId } });
  // The same label after the reload: read again (a new camera session), and the station knows it is done.
  await expect(feedback).toContainText('Already received');
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  expect(receivedEvents(await harness.ledger())).toHaveLength(1);
});

test('a remembered camera that is gone: another is used; unplugging, hiding and closing release the camera', async () => {
  const page = await openStation();
  await writeStationMeta(page, 'camera.device', { deviceId: 'usb-camera-unplugged', label: 'Dock door USB camera' });
  await openCamera(page);

  await expect(page.getByTestId('camera-notice')).toContainText('“Dock door USB camera”, chosen for this station,');
  await expect(page.getByTestId('camera-notice')).toContainText('not connected');
  await expect(page.getByTestId('scan-feedback')).toContainText('Pallet received');
  // Falling back does not forget the station's camera: it is used again once it is plugged back in.
  expect(await readStationMeta(page, 'camera.device')).toMatchObject({ deviceId: 'usb-camera-unplugged' });

  // The camera goes away mid-stream: Chromium ends the track (a fake camera cannot be unplugged, so the
  // track's own `ended` event is dispatched, exactly what the station listens for).
  await page.evaluate(() => {
    const stream = document.querySelector('video')?.srcObject as MediaStream | null;
    stream?.getVideoTracks()[0]?.dispatchEvent(new Event('ended'));
  });
  const problem = page.getByTestId('camera-problem');
  await expect(problem).toContainText('Camera disconnected');
  await expect(problem).toContainText('Reconnect it and press Try again');
  await expect.poll(() => cameraTracks(page)).toEqual({ opened: 1, live: 0 });

  // Try again starts it afresh.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.camera__session')).toHaveAttribute('data-state', 'live');
  await expect.poll(() => cameraTracks(page)).toEqual({ opened: 2, live: 1 });

  // The station goes to the background (minimised, another window on top): the camera is released, and
  // taken again when the station is back. Headless Chromium is never hidden, so the page is told it is.
  await setPageHidden(page, true);
  await expect(page.getByTestId('camera-panel')).toContainText('The camera is off while Dockside is in the background');
  await expect.poll(() => cameraTracks(page)).toEqual({ opened: 2, live: 0 });
  await setPageHidden(page, false);
  await expect(page.locator('.camera__session')).toHaveAttribute('data-state', 'live');
  await expect.poll(() => cameraTracks(page)).toEqual({ opened: 3, live: 1 });

  // Closing the panel stops every track.
  await page.getByRole('button', { name: 'Camera' }).click();
  await expect(page.getByTestId('camera-panel')).toHaveCount(0);
  await expect.poll(() => cameraTracks(page)).toEqual({ opened: 3, live: 0 });
});

/** Makes the page report itself hidden or visible (Page Visibility), as a minimised window would. */
async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (isHidden ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('a camera the station may not use says so and how to fix it', async () => {
  const testInfo = test.info();
  const page = await openStation({ allow: false });
  await openCamera(page);
  const problem = page.getByTestId('camera-problem');
  await expect(problem).toHaveAttribute('data-problem', 'permission-denied');
  await expect(problem).toContainText('Camera not allowed');
  await expect(problem).toContainText("Allow it in the computer's camera privacy settings");
  await page.getByTestId('camera-panel').screenshot({ path: testInfo.outputPath('camera-not-allowed.png') });
});

test('a station without a camera says so', async () => {
  const page = await openStation({ video: null });
  await openCamera(page);
  const problem = page.getByTestId('camera-problem');
  await expect(problem).toHaveAttribute('data-problem', 'no-camera');
  await expect(problem).toContainText('No camera found');
});

test('where WebAssembly is refused, the camera falls back to the JavaScript decoder and says so', async () => {
  const page = await openStation();
  // A policy without 'wasm-unsafe-eval' (a locked-down deployment) refuses to compile the zxing-wasm module.
  // A dedicated worker takes its policy from its own script's response (CSP3, "Initialize a global object's
  // CSP list"), so the worker's response is enough; the page itself is left alone (a page answered by the
  // test instead of the loopback server would lose its loopback address space, and with it the demo ERP).
  await page.context().route(/decode\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    if (csp === undefined) throw new Error('the web host sent the worker without a Content-Security-Policy');
    headers['content-security-policy'] = csp.replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, headers });
  });
  await page.reload();
  await expect(page.getByTestId('connection')).toHaveText('Online');
  await openCamera(page);
  await expect(page.locator('.camera__session')).toHaveAttribute('data-decoder', 'zxing-js');
  await expect(page.getByTestId('camera-notice')).toContainText('WebAssembly is not available');
  // Frames keep flowing through the fallback decoder. Not asserted: that it reads this label. @zxing/library
  // 0.21.3 does not read a GS1-128 label on brown cardboard at all, even a perfect one (TRAPS.md, "Barcodes":
  // one threshold per row); reported to the decoder's owner rather than hidden with an easier background.
  const before = await frames(page);
  await expect.poll(() => frames(page)).toBeGreaterThan(before + 5);
  await expect(page.getByTestId('camera-problem')).toHaveCount(0);
});
