import { expect, test, type Page } from '@playwright/test';
import type { CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { writeX12_856 } from '../../renderer/src/domain/asn/x12/write-856';
import { generateCanonicalAsn, ssccFor } from '../fakes/canonical-asn';
import { recordArrival, scanBurst, setUpStation, startHarness, type Harness } from './station-harness';

/**
 * The inbound board (issue 4, items 4 and 5) in Chromium against the demo ERP: search by PO, SSCC scan text and
 * supplier; the hierarchy opened from the keyboard; ASN files imported through the file chooser (good, broken,
 * the same again, a revision). Files are generated here from a canonical ASN with the 856 writer.
 */
let harness: Harness;

test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

const X12 = { element: '*', component: ':', segment: '~' };
// Local times: the writer's "Z" suffix on DTM times is read back with a warning (see the report of this work).
const v1: CanonicalAsn = {
  ...generateCanonicalAsn('E2E-ASN-1', {
    pallets: 1,
    cartonsPerPallet: 3,
    linesPerCarton: 2,
    items: 4,
    serialBase: 8_000_000,
  }),
  supplier: { name: 'Nordic Fresh Oy' },
  carrier: { scac: 'NFRE', trailer: 'TRL-4711', seals: [] },
  shippedAt: '2026-11-22T08:00',
  expectedArrival: '2026-11-23T10:00',
};
const x12 = (asn: CanonicalAsn): string => writeX12_856([asn], X12, { lineBreaks: true });

async function start(page: Page): Promise<void> {
  await page.goto(harness.station.url);
  await setUpStation(page);
  await expect(page.getByTestId('connection')).toHaveText('Online');
  const open = await harness.openAsns();
  await expect(page.getByTestId('asn-row')).toHaveCount(open.length + 1); // + the demo's cancelled one
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import ASN file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

test('search by PO, SSCC scan text and supplier; the hierarchy opens from the keyboard', async ({ page }) => {
  await start(page);
  const [asn] = await harness.openAsns();
  if (!asn) throw new Error('the demo ERP has no open ASN');
  const rows = page.getByTestId('asn-row');
  const filter = page.getByTestId('asn-filter');

  await filter.fill(asn.poNumbers[0] ?? '');
  await expect(rows.first()).toHaveAttribute('data-asn-id', asn.asnId);

  const carton = asn.units.find((u) => u.type === 'carton' && u.parentSscc !== null);
  if (!carton) throw new Error('no carton');
  for (const text of [`]C100${carton.sscc}`, `(00)${carton.sscc}`, carton.sscc]) {
    await filter.fill(text);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-asn-id', asn.asnId);
  }

  await filter.fill(asn.supplier.name.toUpperCase().slice(0, 6));
  await expect(rows.filter({ hasText: asn.asnId })).toHaveCount(1);

  // Keyboard only: from the search box down to the ASN, Enter opens its hierarchy, Escape goes back.
  await filter.fill(asn.asnId);
  await filter.press('ArrowDown');
  const summary = rows.first().getByRole('button').first();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const hierarchy = rows.first().getByTestId('asn-hierarchy');
  await expect(hierarchy).toBeVisible();
  await expect(hierarchy).toContainText(carton.sscc);
  const line = asn.lines.find((l) => l.sscc === carton.sscc);
  if (line) await expect(hierarchy).toContainText(`${line.quantity} ${line.uom}`);
  await page.keyboard.press('Escape');
  await expect(filter).toBeFocused();

  // The demo's cancelled ASN is shown, greyed and marked, in its own group.
  await filter.fill('');
  await expect(page.locator('[data-status="cancelled"]')).toContainText('CANCELLED');
});

test('import: a good file, the same again, a broken file, then a revision', async ({ page }, testInfo) => {
  await start(page);
  const result = page.getByTestId('import-result');
  const filter = page.getByTestId('asn-filter');

  await importFile(page, 'nordic-v1.edi', x12(v1));
  await expect(result).toContainText('Imported ASN E2E-ASN-1 (v1): 4 units, 6 lines');
  await filter.fill('nordic');
  await expect(page.getByTestId('asn-row')).toHaveCount(1);
  await filter.fill('TRL4711');
  await expect(page.getByTestId('asn-row')).toHaveAttribute('data-asn-id', 'E2E-ASN-1');

  await importFile(page, 'nordic-v1.edi', x12(v1));
  await expect(result).toContainText('no changes, already imported');

  const broken = { ...v1, asnId: 'E2E-BROKEN' };
  const lines = x12(broken).split('\n');
  const sn1 = lines.findIndex((l) => l.startsWith('SN1*'));
  lines[sn1] = 'SN1**twelve*EA~';
  await importFile(page, 'broken.edi', lines.join('\n'));
  await expect(result).toContainText('broken.edi: not imported, nothing was stored');
  await expect(result).toContainText(`line ${sn1 + 1}`);
  await page.screenshot({ path: testInfo.outputPath('inbound-broken-file.png') });
  await filter.fill('E2E-BROKEN');
  await expect(page.getByTestId('no-match')).toBeVisible();

  // v2: one more carton on the pallet, and line 1 ships 10 instead of its old quantity.
  const [first, ...rest] = v1.lines;
  if (!first) throw new Error('no line');
  const pallet = v1.units[0]?.unitId ?? '';
  const extra = ssccFor(8_100_000);
  const v2: CanonicalAsn = {
    ...v1,
    version: 2,
    units: [...v1.units, { unitId: extra, sscc: extra, parentUnitId: pallet, kind: 'carton' }],
    lines: [{ ...first, quantity: '10' }, ...rest, { ...first, lineId: '99', unitId: extra }],
  };
  await importFile(page, 'nordic-v2.edi', x12(v2));
  await expect(result).toContainText('Imported ASN E2E-ASN-1 (v2): 1 unit added, 1 line added, 1 line changed');
  await filter.fill('E2E-ASN-1');
  const row = page.getByTestId('asn-row');
  await expect(row.getByTestId('asn-version')).toHaveText('v2');
  await expect(row.getByTestId('asn-changed')).toContainText('Changed since v1');
  await row.getByRole('button').first().click();
  await expect(row.getByTestId('asn-revisions')).toContainText('10');
  await expect(row.getByTestId('asn-hierarchy')).toContainText(extra);

  await filter.fill('');
  await page.screenshot({ path: testInfo.outputPath('inbound-1280x900.png'), fullPage: false });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('inbound-1024x768.png'), fullPage: false });
});

test('an SSCC check-digit warning from the file is shown on its unit', async ({ page }) => {
  await start(page);
  const bad = `${v1.units[1]?.sscc?.slice(0, 17) ?? ''}0`;
  const good = v1.units[1]?.sscc ?? '';
  const withBadSscc = x12({ ...v1, asnId: 'E2E-CHECK' }).replace(good, bad === good ? `${good.slice(0, 17)}1` : bad);
  await importFile(page, 'check.edi', withBadSscc);
  await expect(page.getByTestId('import-result')).toContainText('Imported ASN E2E-CHECK (v1)');
  await expect(page.getByTestId('import-result')).toContainText('warning');
  await page.getByTestId('asn-filter').fill('E2E-CHECK');
  await page.getByTestId('asn-filter').press('Enter'); // the only match opens at once
  await expect(page.getByTestId('unit-warning').first()).toContainText('check digit');
});

test('a received pallet removed by a revision is flagged for a supervisor, not lost', async ({ page }, testInfo) => {
  await start(page);
  const asn = { ...v1, asnId: 'E2E-CONFLICT' };
  await importFile(page, 'conflict-v1.edi', x12(asn));
  await expect(page.getByTestId('import-result')).toContainText('Imported ASN E2E-CONFLICT (v1)');
  const pallet = asn.units[0]?.sscc ?? '';
  const lastCarton = asn.units.at(-1)?.unitId ?? '';
  await recordArrival(page, 'E2E-CONFLICT');
  await scanBurst(page, pallet);
  await expect(page.getByTestId('scan-feedback')).toContainText(pallet);
  const row = page.locator('[data-asn-id="E2E-CONFLICT"]');
  await expect(row).toHaveAttribute('data-status', 'received');

  const v2: CanonicalAsn = {
    ...asn,
    version: 2,
    units: asn.units.filter((u) => u.unitId !== lastCarton),
    lines: asn.lines.filter((l) => l.unitId !== lastCarton),
  };
  await importFile(page, 'conflict-v2.edi', x12(v2));
  await expect(page.getByTestId('import-result')).toContainText('for a supervisor');
  await expect(row).toHaveAttribute('data-status', 'received-with-discrepancies');
  await expect(row.getByTestId('asn-conflicts')).toContainText('conflict');
  await row.getByRole('button').first().click();
  await expect(row.getByTestId('asn-conflict-list')).toBeVisible();
  await expect(row.getByTestId('asn-hierarchy')).toContainText(lastCarton); // kept, flagged as removed
  await page.setViewportSize({ width: 1024, height: 768 });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('inbound-conflict-1024x768.png') });
});

test('files dropped on the screen are imported, with progress for a large one', async ({ page }) => {
  await start(page);
  const large = {
    ...generateCanonicalAsn('E2E-LARGE', {
      pallets: 20,
      cartonsPerPallet: 25,
      linesPerCarton: 40,
      serialBase: 8_500_000,
    }),
    shippedAt: '2026-11-22T08:00',
    expectedArrival: '2026-11-23T12:00',
  };
  const text = x12(large);
  await page.evaluate(
    ([name, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/plain' }));
      const target = document.querySelector('.dock');
      if (!target) throw new Error('no dock');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    ['large.edi', text] as const,
  );
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-result')).toContainText('Imported ASN E2E-LARGE (v1): 520 units, 20000 lines', {
    timeout: 60_000,
  });
  await page.getByTestId('asn-filter').fill('E2E-LARGE');
  await page.getByTestId('asn-filter').press('Enter');
  // A large ASN opens with its units closed: the first pallet is there, its 1,000 lines are not rendered yet.
  await expect(page.getByTestId('asn-hierarchy')).toContainText(large.units[0]?.sscc ?? '');
  await expect(page.getByTestId('asn-line')).toHaveCount(0);
});
