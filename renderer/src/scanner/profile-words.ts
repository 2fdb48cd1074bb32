import type { GsMethod, ScannerProfile } from './scanner-profile';
import { showText } from './key-tokens';
import { DEFAULT_WEDGE_BURST_OPTIONS } from './wedge-burst';

/** A scanner profile in the words the setup screen shows IT, one line per setting. */
export interface ProfileLine {
  readonly label: string;
  readonly value: string;
  readonly severity: 'ok' | 'warn' | 'fix';
}

export function describeProfile(p: ScannerProfile): ProfileLine[] {
  return [
    { label: 'GS separator', ...describeGs(p.gs) },
    { label: 'Prefix', value: affix(p.prefix, 'before'), severity: 'ok' },
    { label: 'Suffix', value: affix(p.suffix, 'after'), severity: 'ok' },
    {
      label: 'End of scan',
      value: p.terminator === 'none' ? 'nothing: a scan ends when the keys stop' : `the ${p.terminator} key`,
      severity: p.terminator === 'none' ? 'warn' : 'ok',
    },
    {
      label: 'AIM identifiers',
      value:
        p.aimId === null
          ? 'not sent: Dockside cannot spot GS1 data printed as plain Code 128'
          : `sent (${p.aimId}): Dockside warns about GS1 data printed as plain Code 128`,
      severity: p.aimId === null ? 'warn' : 'ok',
    },
    {
      label: 'Speed',
      value: `keys up to ${formatMs(p.maxGapMs)} apart; keys more than ${formatMs(p.maxInterKeyMs)} apart count as typing`,
      severity: p.maxGapMs > p.maxInterKeyMs ? 'fix' : 'ok',
    },
  ];
}

/** What the capture does with no learned profile (the wedge's defaults, gs-keys.ts). */
export const DEFAULT_PROFILE_WORDS =
  'No scanner learned on this station yet. Dockside uses its defaults: Enter ends a scan; GS typed as Ctrl+], ' +
  `Alt+0029 or ASCII 29; no prefix or suffix; keys more than ${DEFAULT_WEDGE_BURST_OPTIONS.maxInterKeyMs} ms apart count as typing.`;

function describeGs(gs: GsMethod): Omit<ProfileLine, 'label'> {
  switch (gs.kind) {
    case 'ctrl-bracket':
      return { value: 'typed as Ctrl+] (the usual way)', severity: 'ok' };
    case 'ascii-29':
      return { value: 'typed as the GS control character (ASCII 29)', severity: 'ok' };
    case 'alt-0029':
      return { value: 'typed as Alt+0029 on the numeric keypad', severity: 'ok' };
    case 'function-key':
      return { value: `typed as the ${gs.key} key; Dockside turns it into GS`, severity: 'ok' };
    case 'substitute':
      return { value: `typed as the character "${gs.char}"; Dockside turns it back into GS`, severity: 'ok' };
    case 'lost':
      return {
        value: 'dropped by the scanner: labels with a lot, serial or count before more data cannot be read',
        severity: 'fix',
      };
    default: {
      const never: never = gs;
      return never;
    }
  }
}

function affix(text: string, where: 'before' | 'after'): string {
  return text === '' ? 'none' : `"${showText(text)}" ${where} each scan, removed by Dockside`;
}

function formatMs(ms: number): string {
  return `${Math.round(ms * 10) / 10} ms`;
}
