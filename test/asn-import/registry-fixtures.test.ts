import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importAsnFile } from '../../renderer/src/domain/asn/importers';

/**
 * Every public sample in ../shared/fixtures/edi through the registry (issue 4, item 4): the format is sniffed
 * right, and the shared validation rejects none of the ship notices the X12 and EDIFACT importers accept (so
 * it adds no false errors), while receiving advices (861, RECADV) stay rejected by their importers.
 */
const dir = fileURLToPath(new URL('../../../shared/fixtures/edi/', import.meta.url));
const files = readdirSync(dir).filter((name) => /^(x12|edifact)_/.test(name));

describe('importAsnFile on the public EDI samples', () => {
  it.each(files)('%s', (name) => {
    const result = importAsnFile({ text: readFileSync(join(dir, name), 'utf8'), fileName: name });
    expect(result.format).toBe(name.startsWith('x12_') ? 'x12-856' : 'edifact-desadv');
    const receivingAdvice = /_861_|_recadv_/.test(name);
    expect(result.ok).toBe(!receivingAdvice);
  });
});
