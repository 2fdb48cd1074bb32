import { execFileSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';
import { SCAN_PROBE_GLOBAL, type ScanProbe } from '../../renderer/src/platform/scan-probe';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e-web/chromium';
import { scanBurst, setUpStation, startHarness, type GsTyping } from '../e2e-web/station-harness';
import type { BenchResult } from './bench-result';

/**
 * Keyboard-wedge capture accuracy at 5 ms per character (issue 3, item 7; goal: every burst captured exactly,
 * nothing leaked into a text field). The real web build in Debian's Chromium on the demo ERP, the dock screen's
 * ASN filter focused, and N labels typed the way a wedge types them (keys with OS timestamps 5 ms apart through
 * the DevTools protocol, GS as Ctrl+] or Alt+0029, then Enter). What the wedge delivers is read through the web
 * build's scan probe (renderer/src/platform/scan-probe.ts); what leaked is whatever the field holds afterwards.
 */
const BURSTS = 200;
const MS_PER_CHAR = 5;
const GS = '\u001d';
/** After a burst: how long a scan may take to arrive, and how long held keys may take to be released as typing. */
const CAPTURE_TIMEOUT_MS = 1500;
const LEAK_SETTLE_MS = 250;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A deterministic dock mix: pallet and carton labels, product codes, GS1 DataMatrix and Digital Link QR. */
export function wedgeLabels(count: number): { raw: string; gs: GsTyping }[] {
  const labels: { raw: string; gs: GsTyping }[] = [];
  for (let i = 0; i < count; i++) {
    const sscc = withGs1CheckDigit(`3950600${pad(i * 7919, 10)}`);
    const gtin = withGs1CheckDigit(`0950600${pad(i * 31, 6)}`);
    const lot = `L${pad(i, 4)}-${String.fromCharCode(65 + (i % 26))}`;
    const date = `2${(i % 9) + 1}${pad((i % 12) + 1, 2)}${pad((i % 28) + 1, 2)}`;
    const kinds = [
      `]C100${sscc}`,
      `]C102${gtin}37${(i % 40) + 1}${GS}10${lot}${GS}17${date}`,
      `]C100${sscc}3302${pad(i * 13, 6)}400PO-${pad(i, 5)}`,
      `]d201${gtin}17${date}10${lot}${GS}21SN${pad(i * 97, 8)}`,
      `]E0${withGs1CheckDigit(`400638${pad(i, 6)}`)}`,
      `]I1${withGs1CheckDigit(`1${gtin.slice(1, 13)}`)}`,
      sscc,
      `https://id.gs1.org/01/${gtin}/10/${lot}?17=${date}`,
    ];
    labels.push({ raw: kinds[i % kinds.length] ?? '', gs: i % 3 === 2 ? 'alt-0029' : 'ctrl-bracket' });
  }
  return labels;
}

declare global {
  interface Window {
    [SCAN_PROBE_GLOBAL]?: ScanProbe;
  }
}

async function probe(page: Page, call: 'start' | 'take' | 'count' | 'stop'): Promise<unknown> {
  return page.evaluate(
    ([name, method]) => {
      const p = window[name];
      if (!p) throw new Error('This page has no scan probe: is it the web build?');
      return p[method]();
    },
    [SCAN_PROBE_GLOBAL, call] as const,
  );
}

export async function benchWedgeAccuracy(): Promise<BenchResult[]> {
  // Measure the code as it is now: the same build step the web end-to-end suite runs.
  execFileSync('npm', ['run', '-s', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return measureWedgeCapture(BURSTS, MS_PER_CHAR);
}

/** Types `bursts` labels at `msPerChar` into the running web build (which must be built) and counts outcomes. */
export async function measureWedgeCapture(bursts: number, msPerChar: number): Promise<BenchResult[]> {
  const harness = await startHarness();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(harness.station.url);
    await setUpStation(page);
    await page.getByTestId('connection').filter({ hasText: 'Online' }).waitFor({ timeout: 30_000 });
    await probe(page, 'start');
    const filter = page.getByTestId('asn-filter');
    const labels = wedgeLabels(bursts);
    let exact = 0;
    let leaked = 0;
    let split = 0;
    let merged = 0;
    let missing = 0;
    let altered = 0;
    const problems: string[] = [];
    for (const [i, label] of labels.entries()) {
      await filter.fill('');
      await filter.focus();
      await scanBurst(page, label.raw, msPerChar, label.gs);
      await page
        .waitForFunction((name) => (window[name as typeof SCAN_PROBE_GLOBAL]?.count() ?? 0) > 0, SCAN_PROBE_GLOBAL, {
          timeout: CAPTURE_TIMEOUT_MS,
        })
        .catch(() => undefined);
      await page.waitForTimeout(LEAK_SETTLE_MS);
      const raws = (await probe(page, 'take')) as string[];
      const inField = await filter.inputValue();
      leaked += inField.length;
      if (raws.length === 1 && raws[0] === label.raw) exact++;
      else if (raws.length === 0) missing++;
      else if (raws.length > 1) split++;
      else if ((raws[0] ?? '').length > label.raw.length && (raws[0] ?? '').endsWith(label.raw)) merged++;
      else altered++;
      if (!(raws.length === 1 && raws[0] === label.raw) || inField !== '') {
        problems.push(`#${i} ${JSON.stringify(label.raw)} → ${JSON.stringify(raws)}, field ${JSON.stringify(inField)}`);
      }
    }
    await probe(page, 'stop');
    for (const p of problems.slice(0, 10)) console.log(`wedge-accuracy: ${p}`);
    const conditions = `${bursts} bursts at ${msPerChar} ms/char in Chromium (web build), ASN filter focused; GS1-128, GS1 DataMatrix, EAN-13, ITF-14, bare SSCC and Digital Link labels; GS as Ctrl+] and Alt+0029`;
    return [
      {
        name: `Wedge capture accuracy, ${msPerChar} ms/char`,
        value: Math.round((exact / bursts) * 1000) / 10,
        unit: '% exact',
        detail: `${exact}/${bursts} delivered exactly as typed; ${conditions}`,
      },
      {
        name: `Wedge characters leaked into the focused field, ${msPerChar} ms/char`,
        value: leaked,
        unit: 'characters',
        detail: `over the same ${bursts} bursts`,
      },
      {
        name: `Wedge bursts split, merged, lost or altered, ${msPerChar} ms/char`,
        value: split + merged + missing + altered,
        unit: 'bursts',
        detail: `${split} split, ${merged} merged, ${missing} not delivered, ${altered} altered, of ${bursts}`,
      },
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}
