import { receivedContentOf } from '../../renderer/src/domain/received-content';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import type { UnitReceived } from '../../renderer/src/domain/receiving-event';
import type { DemoErpLog } from './log';
import { seedAsnChanges } from './seed';
import type { DemoErp, DemoErpInternals, DemoErpOptions } from './server';
import { startDemoErp } from './server';

/** Shared by the demo ERP's tests: temp dirs, a quiet server on a free port, valid events, plain HTTP calls. */

export const FIXED_NOW = new Date('2025-06-10T08:00:00.000Z');

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dockside-demo-erp-'));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A log that remembers its lines, so tests can assert on them without printing. */
export function memoryLog(): DemoErpLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(`info ${line}`),
    warn: (line) => lines.push(`warn ${line}`),
    error: (line) => lines.push(`error ${line}`),
  };
}

export function startTestErp(
  dataDir: string,
  options: Partial<DemoErpOptions> = {},
  internals: DemoErpInternals = {},
): Promise<DemoErp> {
  return startDemoErp({ dataDir, port: 0, now: () => FIXED_NOW, ...options }, { log: memoryLog(), ...internals });
}

export function seededAsn(asnId: string): AsnV1 {
  const asn = seedAsnChanges(FIXED_NOW).find((candidate) => candidate.asnId === asnId);
  if (!asn) throw new Error(`no seeded ASN ${asnId}`);
  return asn;
}

export function uuid(n: number): string {
  return `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

/** A valid `unit.received` for the `cartonIndex`-th carton of a seeded ASN, as station `stationId` would send. */
export function cartonEvent(
  seq: number,
  options: { stationId?: string; asnId?: string; cartonIndex?: number } = {},
): UnitReceived {
  const stationId = options.stationId ?? 'DOCK-01';
  const asn = seededAsn(options.asnId ?? 'ASN-AHD-24051');
  const cartons = asn.units.filter((unit) => unit.type === 'carton');
  const carton = cartons[(options.cartonIndex ?? seq - 1) % cartons.length];
  if (!carton) throw new Error(`${asn.asnId} has no cartons`);
  return {
    eventId: uuid(seq + 1000 * stationId.length),
    schemaVersion: 1,
    station: { siteId: 'DC-ROT', stationId, dockDoor: 'D4' },
    seq,
    occurredAt: new Date(FIXED_NOW.getTime() + seq * 1000).toISOString(),
    operator: 'op-17',
    type: 'unit.received',
    asnId: asn.asnId,
    asnVersion: asn.version,
    sscc: carton.sscc,
    units: [carton.sscc],
    contents: asn.lines.filter((line) => line.sscc === carton.sscc).map(receivedContentOf),
  };
}

export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** One HTTP request with fetch; the body is parsed when it is JSON. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; rawBody?: string | Uint8Array; headers?: Record<string, string> } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | Uint8Array | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const isJson = text !== '' && (response.headers.get('content-type')?.startsWith('application/json') ?? false);
  return { status: response.status, headers: response.headers, body: isJson ? (JSON.parse(text) as unknown) : text };
}
