import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
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
  readonly events: readonly { eventId: string; stationId: string; seq: number; sscc: string; asnId: string }[];
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

/** Scans like a keyboard-wedge scanner: `msPerChar` apart (4 ms by default), then Enter. */
export async function scanBurst(page: Page, raw: string, msPerChar = 4): Promise<void> {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  await scanBurstTimed(cdp, raw, msPerChar);
}

/** First start on a configured (non-demo) ERP: the worker fills in who and where the station is. */
export async function setUpStation(page: Page): Promise<void> {
  await page.getByLabel('Site').fill('DC-E2E');
  await page.getByLabel('Station id').fill('DOCK-E2E');
  await page.getByLabel('Dock door').fill('D7');
  await page.getByLabel('Operator').fill('e2e.worker');
  await page.getByRole('button', { name: 'Start receiving' }).click();
}

/**
 * Types like a real scanner, with OS-level event times: each key is dispatched through the DevTools protocol
 * with an explicit `timestamp` exactly `msPerChar` after the previous one, as a wedge's keys carry the time
 * the OS saw them. So the gap the page measures is the scanner's, not Playwright's dispatch overhead or a
 * busy test machine's. Ends with Enter.
 */
async function scanBurstTimed(cdp: CDPSession, raw: string, msPerChar: number): Promise<void> {
  const start = Date.now() / 1000;
  const sent: Promise<unknown>[] = [];
  // Sent without waiting for each other, in order, as an OS queues a scanner's keys: the page sees the
  // burst arrive together, ahead of its timers, each key stamped with the scanner's own timing.
  for (const [i, char] of [...Array.from(raw), '\r'].entries()) {
    const timestamp = start + (i * msPerChar) / 1000;
    const enter = char === '\r';
    const key = enter ? 'Enter' : char;
    const { code, windowsVirtualKeyCode } = keyCodes(char);
    const common = { key, code, windowsVirtualKeyCode, timestamp };
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: char, unmodifiedText: char, ...common }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }));
  }
  await Promise.all(sent);
}

/** DOM `code` and Windows virtual-key code of the keys scans use (US layout). */
function keyCodes(char: string): { code: string; windowsVirtualKeyCode: number } {
  if (char === '\r') return { code: 'Enter', windowsVirtualKeyCode: 13 };
  if (char === ']') return { code: 'BracketRight', windowsVirtualKeyCode: 221 };
  if (/\d/.test(char)) return { code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0) };
  if (/[a-z]/i.test(char))
    return { code: `Key${char.toUpperCase()}`, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0) };
  throw new Error(`scanBurstTimed has no key code for ${JSON.stringify(char)}`);
}
