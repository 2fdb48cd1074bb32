import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliasesOf, CSV_COLUMNS } from '../../renderer/src/domain/asn/csv/columns';
import { importAsnFile } from '../../renderer/src/domain/asn/importers';

/** docs/asn-csv-format.md stays true: its example imports as it says, and it lists every column and alias. */
const doc = readFileSync(fileURLToPath(new URL('../../docs/asn-csv-format.md', import.meta.url)), 'utf8');

describe('docs/asn-csv-format.md', () => {
  it('has an example that imports as described', () => {
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = importAsnFile({ text: example, fileName: 'example.csv' });
    expect(result).toMatchObject({
      ok: true,
      format: 'csv',
      asns: [
        {
          asnId: 'DN-1001',
          orders: [{ poNumber: '4500012345' }, { poNumber: '4500012346' }],
          units: [
            { sscc: '354107380000001051', kind: 'pallet', parentUnitId: null },
            { sscc: '354107380000001068', kind: 'carton', parentUnitId: '354107380000001051' },
          ],
          lines: [{ quantity: '1234.5', expiry: '2026-01-31', description: 'Dose; 500 ml' }, { quantity: '24' }],
          warnings: [],
        },
      ],
    });
  });

  it('documents every column with its aliases', () => {
    for (const column of CSV_COLUMNS) {
      const row = doc.split('\n').find((line) => new RegExp(`^\\| \`${column}\` +\\|`).test(line));
      expect(row, column).toBeDefined();
      for (const alias of aliasesOf(column)) expect(row).toContain(alias);
    }
  });
});
