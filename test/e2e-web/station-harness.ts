import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
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

/** Types like a keyboard-wedge scanner: characters a few ms apart, then Enter. */
export async function scanBurst(page: Page, raw: string): Promise<void> {
  await page.keyboard.type(raw, { delay: 4 });
  await page.keyboard.press('Enter');
}

/** First start on a configured (non-demo) ERP: the worker fills in who and where the station is. */
export async function setUpStation(page: Page): Promise<void> {
  await page.getByLabel('Site').fill('DC-E2E');
  await page.getByLabel('Station id').fill('DOCK-E2E');
  await page.getByLabel('Dock door').fill('D7');
  await page.getByLabel('Operator').fill('e2e.worker');
  await page.getByRole('button', { name: 'Start receiving' }).click();
}
