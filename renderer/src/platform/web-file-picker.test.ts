import { describe, expect, it } from 'vitest';
import { readPickedFiles } from './web-file-picker';

describe('readPickedFiles (web build)', () => {
  it('reads text, refuses a file over the limit and one that is not UTF-8, each by name', async () => {
    const files = [
      new File(['ISA*00'], 'a.edi'),
      new File(['x'.repeat(3000)], 'big.csv'),
      new File([new Uint8Array([0x4d, 0xfc])], 'latin.csv'),
    ];
    const [a, big, latin] = await readPickedFiles(files, 2048);
    expect(a).toEqual({ name: 'a.edi', text: 'ISA*00' });
    expect(big).toEqual({ name: 'big.csv', error: expect.stringContaining('big.csv is 3 kB') as unknown });
    expect(latin).toEqual({ name: 'latin.csv', error: expect.stringContaining('not UTF-8') as unknown });
  });

  it('reports a file that cannot be read', async () => {
    const broken = { name: 'gone.edi', size: 3, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    await expect(readPickedFiles([broken as unknown as File])).resolves.toEqual([
      { name: 'gone.edi', error: 'gone.edi could not be read. Check that it still exists, then try again.' },
    ]);
  });
});
