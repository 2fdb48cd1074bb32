import type { BrowserWindow, Dialog, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ASN_DIALOG_OPTIONS, createAsnFilePicker, type AsnFilePickerDeps } from './asn-file-picker';

interface FakeFile {
  readonly bytes?: Uint8Array;
  readonly size?: number;
  readonly directory?: boolean;
  readonly error?: string;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const window = { id: 1 } as unknown as BrowserWindow;

function picker(
  choice: OpenDialogReturnValue,
  files: Record<string, FakeFile>,
  extra: Partial<AsnFilePickerDeps> = {},
) {
  const showOpenDialog = vi.fn<(window: BrowserWindow, options: OpenDialogOptions) => Promise<OpenDialogReturnValue>>(
    () => Promise.resolve(choice),
  );
  const readFile = vi.fn((file: string) => {
    const f = files[file];
    if (f?.error) return Promise.reject(Object.assign(new Error(`${f.error}: ${file}`), { code: f.error }));
    return Promise.resolve(f?.bytes ?? new Uint8Array());
  });
  const log = vi.fn();
  const pick = createAsnFilePicker({
    showOpenDialog: showOpenDialog as unknown as Dialog['showOpenDialog'],
    window: () => window,
    stat: (file) => {
      const f = files[file];
      if (!f) return Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' }));
      return Promise.resolve({ size: f.size ?? f.bytes?.length ?? 0, isFile: () => f.directory !== true });
    },
    readFile,
    log,
    ...extra,
  });
  return { pick, showOpenDialog, readFile, log };
}

describe('createAsnFilePicker', () => {
  it('opens a multi-select dialog modal to the window and returns each file as text', async () => {
    const { pick, showOpenDialog } = picker(
      { canceled: false, filePaths: ['/home/op/in/a.edi', '/home/op/in/b.csv'] },
      { '/home/op/in/a.edi': { bytes: utf8('ISA*00') }, '/home/op/in/b.csv': { bytes: utf8('asn_id\nA1') } },
    );
    await expect(pick()).resolves.toEqual([
      { name: 'a.edi', text: 'ISA*00' },
      { name: 'b.csv', text: 'asn_id\nA1' },
    ]);
    expect(showOpenDialog).toHaveBeenCalledWith(window, ASN_DIALOG_OPTIONS);
    const options = showOpenDialog.mock.calls[0]?.[1];
    expect(options?.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('returns nothing when the receiver cancels, and reads nothing', async () => {
    const { pick, readFile } = picker({ canceled: true, filePaths: [] }, {});
    await expect(pick()).resolves.toEqual([]);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit before reading it, and still returns the others', async () => {
    const { pick, readFile } = picker(
      { canceled: false, filePaths: ['/in/huge.edi', '/in/ok.json'] },
      { '/in/huge.edi': { size: 250 * 1024 * 1024 }, '/in/ok.json': { bytes: utf8('{}') } },
    );
    const [huge, ok] = await pick();
    expect(huge).toEqual({
      name: 'huge.edi',
      error: 'huge.edi is 250 MB; Dockside imports ASN files up to 200 MB. Ask the sender to split it by shipment.',
    });
    expect(ok).toEqual({ name: 'ok.json', text: '{}' });
    expect(readFile).toHaveBeenCalledTimes(1);
  });

  it('reports an unreadable file by name and OS code, never its path', async () => {
    const { pick, log } = picker(
      { canceled: false, filePaths: ['/home/jane.doe/locked.edi'] },
      { '/home/jane.doe/locked.edi': { size: 10, error: 'EACCES' } },
    );
    const [locked] = await pick();
    expect(locked).toEqual({
      name: 'locked.edi',
      error: 'locked.edi could not be read (EACCES). Check that it is not open in another program, then try again.',
    });
    expect(JSON.stringify(locked)).not.toContain('jane.doe');
    expect(JSON.stringify(log.mock.calls)).not.toContain('jane.doe');
  });

  it('reports a file that vanished between the dialog and the read', async () => {
    const { pick } = picker({ canceled: false, filePaths: ['/in/gone.edi'] }, {});
    await expect(pick()).resolves.toEqual([
      { name: 'gone.edi', error: expect.stringContaining('(ENOENT)') as unknown },
    ]);
  });

  it('decodes a UTF-16 file and refuses one that is not UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    const latin1 = new Uint8Array([0x4d, 0xfc, 0x6c]);
    const { pick } = picker(
      { canceled: false, filePaths: ['/in/u16.csv', '/in/latin.csv', '/in/dir'] },
      { '/in/u16.csv': { bytes: utf16 }, '/in/latin.csv': { bytes: latin1 }, '/in/dir': { directory: true } },
    );
    const [u16, latin, dir] = await pick();
    expect(u16).toEqual({ name: 'u16.csv', text: 'AB' });
    expect(latin).toMatchObject({ name: 'latin.csv', error: expect.stringMatching(/not UTF-8/) as unknown });
    expect(dir).toEqual({ name: 'dir', error: 'dir is not a file.' });
  });

  it('honours a smaller configured limit', async () => {
    const { pick } = picker(
      { canceled: false, filePaths: ['/in/a.edi'] },
      { '/in/a.edi': { bytes: utf8('x'.repeat(2048)) } },
      { maxBytes: 1024 },
    );
    await expect(pick()).resolves.toEqual([
      { name: 'a.edi', error: expect.stringContaining('is 2 kB; Dockside imports ASN files up to 1 kB') as unknown },
    ]);
  });
});
