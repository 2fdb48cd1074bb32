import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type CDPSession, type Page } from '@playwright/test';
import { warningsOnlyLog } from '../../main/demo-erp/log';
import { startDemoErp } from '../../main/demo-erp/server';
import { startWebStation, type WebStation } from '../../main/web-host/web-station';
import type { AsnPageV1, AsnV1 } from '../../renderer/src/domain/asn-wire';

/**
 * A real demo ERP on a fixed loopback port (so it can be stopped and started again at the same address) and
 * the web build pointed at it: the same two processes a user runs, in this test's process.
 */
export interface Harness {
  readonly station: WebStation;
  readonly erpUrl: string;
  stopErp(): Promise<void>;
  startErp(): Promise<void>;
  openAsns(): Promise<AsnV1[]>;
  ledger(): Promise<Ledger>;
  close(): Promise<void>;
}

export interface Ledger {
  readonly events: readonly {
    eventId: string;
    stationId: string;
    seq: number;
    type: string;
    sscc: string;
    asnId: string;
  }[];
}

export async function startHarness(): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dockside-e2e-'));
  let erp = await startDemoErp({ dataDir }, { log: warningsOnlyLog });
  const port = erp.port;
  const erpUrl = erp.url;
  const station = await startWebStation({ erpUrl });
  let running = true;
  const harness: Harness = {
    station,
    erpUrl,
    async stopErp() {
      await erp.close();
      running = false;
    },
    async startErp() {
      erp = await startDemoErp({ dataDir, port }, { log: warningsOnlyLog });
      running = true;
    },
    async openAsns() {
      const page = (await (await fetch(new URL('api/v1/asns?limit=500', erpUrl))).json()) as AsnPageV1;
      return page.items.filter((a) => a.status === 'open');
    },
    async ledger() {
      return (await (await fetch(new URL('api/v1/ledger', erpUrl))).json()) as Ledger;
    },
    async close() {
      await station.close();
      if (running) await erp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

const cdpSessions = new WeakMap<Page, CDPSession>();

/**
 * How the simulated scanner types GS (ASCII 29) where the label has FNC1 (see renderer/src/scanner/gs-keys.ts):
 * Ctrl+], Alt+0029 on the numeric keypad, or a function key such as 'F8' (a scanner configured that way).
 */
export type GsTyping = 'ctrl-bracket' | 'alt-0029' | `F${number}`;

/**
 * Waits until a freshly loaded station has settled: online, nothing waiting to sync, and the page's thread idle
 * (its scan index and first queries done). Before that, DevTools-typed keys can reach a busy page far apart from
 * each other, and the wedge then rightly takes the first of them for a person typing. A real scanner's keys are
 * stamped by the OS and queue while the page is busy, so this wait is about the test driver, not the station.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('connection')).toHaveText('Online');
  await expect(page.getByTestId('events-waiting')).toHaveText('0 events waiting');
  for (let i = 0; i < 2; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestIdleCallback(
            () => {
              resolve();
            },
            { timeout: 2000 },
          ),
        ),
    );
  }
}

/**
 * Scans like a keyboard-wedge scanner: `msPerChar` apart (4 ms by default), then Enter. Each key is sent
 * through the DevTools protocol with an explicit `timestamp`, as a wedge's keys carry the time the OS saw
 * them, so the gaps the page measures are the scanner's, not Playwright's dispatch overhead or a busy test
 * machine's. The keys are sent without waiting for each other, in order, as an OS queues them.
 */
export async function scanBurst(page: Page, raw: string, msPerChar = 4, gs: GsTyping = 'ctrl-bracket'): Promise<void> {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  const session = cdp;
  const start = Date.now() / 1000;
  let step = 0;
  const sent: Promise<unknown>[] = [];
  const send = (type: 'keyDown' | 'keyUp', key: string, code: string, vk: number, extra: object = {}): void => {
    const timestamp = start + (step * msPerChar) / 1000;
    sent.push(
      session.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode: vk, timestamp, ...extra }),
    );
  };
  const press = (key: string, code: string, vk: number, extra: object = {}): void => {
    send('keyDown', key, code, vk, extra);
    send('keyUp', key, code, vk, extra);
    step += 1;
  };
  for (const char of Array.from(raw)) {
    if (char !== GS_CHAR) {
      const { code, windowsVirtualKeyCode } = keyCodes(char);
      press(char, code, windowsVirtualKeyCode, { text: char, unmodifiedText: char });
    } else if (gs === 'ctrl-bracket') {
      press(']', 'BracketRight', 221, { modifiers: CTRL });
    } else if (gs !== 'alt-0029') {
      press(gs, gs, 111 + Number(gs.slice(1))); // VK_F1 is 0x70
    } else {
      send('keyDown', 'Alt', 'AltLeft', 18, { modifiers: ALT });
      for (const digit of ['0', '0', '2', '9']) press(digit, `Numpad${digit}`, 96 + Number(digit), { modifiers: ALT });
      send('keyUp', 'Alt', 'AltLeft', 18);
    }
  }
  press('Enter', 'Enter', 13, { text: '\r' });
  await Promise.all(sent);
}

const GS_CHAR = '\u001d';
/** CDP modifier bits (Input.dispatchKeyEvent): Alt = 1, Ctrl = 2. */
const ALT = 1;
const CTRL = 2;

/** First start on a configured (non-demo) ERP: the worker fills in who and where the station is. */
export async function setUpStation(page: Page): Promise<void> {
  await page.getByLabel('Site').fill('DC-E2E');
  await page.getByLabel('Station id').fill('DOCK-E2E');
  await page.getByLabel('Dock door').fill('D7');
  await page.getByLabel('Operator').fill('e2e.worker');
  await page.getByRole('button', { name: 'Start receiving' }).click();
}

/** DOM `code` and Windows virtual-key code of the keys scans use (US layout). */
function keyCodes(char: string): { code: string; windowsVirtualKeyCode: number } {
  if (char === ']') return { code: 'BracketRight', windowsVirtualKeyCode: 221 };
  if (/\d/.test(char)) return { code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0) };
  if (/[a-z]/i.test(char))
    return { code: `Key${char.toUpperCase()}`, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0) };
  const punctuation = PUNCTUATION[char];
  if (punctuation) return punctuation;
  throw new Error(`scanBurst has no key code for ${JSON.stringify(char)}`);
}

/** Punctuation in lots, serials and Digital Link URIs (US layout; shifted ones are sent by their text). */
const PUNCTUATION: Readonly<Record<string, { code: string; windowsVirtualKeyCode: number }>> = {
  '-': { code: 'Minus', windowsVirtualKeyCode: 189 },
  '.': { code: 'Period', windowsVirtualKeyCode: 190 },
  '/': { code: 'Slash', windowsVirtualKeyCode: 191 },
  '?': { code: 'Slash', windowsVirtualKeyCode: 191 },
  ':': { code: 'Semicolon', windowsVirtualKeyCode: 186 },
  '=': { code: 'Equal', windowsVirtualKeyCode: 187 },
  '&': { code: 'Digit7', windowsVirtualKeyCode: 55 },
  // Scanner prefixes and suffixes.
  '#': { code: 'Digit3', windowsVirtualKeyCode: 51 },
  '*': { code: 'Digit8', windowsVirtualKeyCode: 56 },
  '~': { code: 'Backquote', windowsVirtualKeyCode: 192 },
};

/**
 * Records a trailer's arrival for an ASN the way a worker does (issue 5): open the ASN on the inbound board,
 * "Record arrival", keep the trailer and seal the ASN announced, say whether the seal is intact, confirm.
 * Receiving refuses every scan of an ASN whose arrival is not recorded, so specs that scan cartons start here.
 * Leaves the board as it found it (search empty, ASN closed).
 */
export async function recordArrival(page: Page, asnId: string, options: { sealIntact?: boolean } = {}): Promise<void> {
  const row = page.locator(`[data-testid="asn-row"][data-asn-id="${asnId}"]`);
  const summary = row.locator('.asn__summary');
  if ((await summary.getAttribute('aria-expanded')) !== 'true') await summary.click();
  await row.getByRole('button', { name: 'Record arrival' }).click();
  const dialog = page.getByTestId('arrival-dialog');
  await expect(dialog).toBeVisible();
  if ((await dialog.getByLabel('Seal number').inputValue()) !== '') {
    await dialog.getByLabel(options.sealIntact === false ? 'No, broken' : 'Yes, intact').check();
  }
  await dialog.getByRole('button', { name: 'Confirm arrival' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('scan-feedback')).toContainText(/Arrival recorded|Seal problem/);
  await summary.click();
  await expect(summary).toHaveAttribute('aria-expanded', 'false');
}

/** Records the arrival of every ASN that announces one of `ssccs` (each once, in the order first met). */
export async function recordArrivalsFor(page: Page, asns: readonly AsnV1[], ssccs: readonly string[]): Promise<void> {
  const ids = ssccs.flatMap((sscc) => asns.filter((a) => a.units.some((u) => u.sscc === sscc)).map((a) => a.asnId));
  for (const asnId of new Set(ids)) await recordArrival(page, asnId);
}

/** The `unit.received` events in the demo ERP's ledger: one per received unit scan (arrivals and others aside). */
export function receivedEvents(ledger: Ledger): Ledger['events'] {
  return ledger.events.filter((e) => e.type === 'unit.received');
}
