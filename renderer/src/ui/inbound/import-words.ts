import type { IntakeResult } from '../../db/asn-intake';
import type { AsnDiff } from '../../domain/asn/asn-revision';
import { plural } from './hierarchy';

/**
 * The result panel's sentences after a file import (issue 4, item 4): per ASN what happened, in the receiver's
 * words, e.g. "Imported ASN X (v2): 3 units added, 1 line changed; 2 warnings" or "No changes: already imported".
 */
export function diffInWords(diff: AsnDiff): string {
  const parts: string[] = [];
  const add = (n: number, noun: string, verb: string): void => {
    if (n > 0) parts.push(`${plural(n, noun)} ${verb}`);
  };
  add(diff.units.added.length, 'unit', 'added');
  add(diff.units.removed.length, 'unit', 'removed');
  add(diff.units.changed.length, 'unit', 'changed');
  add(diff.lines.added.length, 'line', 'added');
  add(diff.lines.removed.length, 'line', 'removed');
  add(diff.lines.changed.length, 'line', 'changed');
  if (diff.header.some((h) => h.field === 'status' && h.after === 'cancelled')) parts.unshift('cancelled');
  else add(diff.header.length, 'detail', 'changed');
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

export interface ImportedAsnFacts {
  readonly result: IntakeResult;
  /** The stored revision's diff, for a revised ASN. */
  readonly diff?: AsnDiff;
  readonly warningCount: number;
  readonly unitCount: number;
  readonly lineCount: number;
}

export function importSentence(facts: ImportedAsnFacts): string {
  const { result } = facts;
  const warnings = facts.warningCount > 0 ? `; ${plural(facts.warningCount, 'warning')}` : '';
  const conflicts = result.conflicts > 0 ? `; ${plural(result.conflicts, 'conflict')} for a supervisor` : '';
  switch (result.outcome) {
    case 'added':
      return `Imported ASN ${result.asnId} (v${result.version}): ${plural(facts.unitCount, 'unit')}, ${plural(facts.lineCount, 'line')}${warnings}`;
    case 'revised':
      return `Imported ASN ${result.asnId} (v${result.version}): ${facts.diff ? diffInWords(facts.diff) : plural(result.changes, 'change')}${warnings}${conflicts}`;
    case 'unchanged':
      return `ASN ${result.asnId}: no changes, already imported (v${result.version})`;
    case 'stale':
      return `ASN ${result.asnId}: not applied, the station already holds a newer version (v${result.version})`;
    default: {
      const never: never = result.outcome;
      return never;
    }
  }
}

/** "line 14, segment 12 (SN1)": where a problem sits in the file, for the receiver or IT to find it. */
export function whereInFile(
  at: { readonly line?: number; readonly segment?: number; readonly tag?: string } | undefined,
): string {
  if (!at) return '';
  const parts: string[] = [];
  if (at.line !== undefined) parts.push(`line ${at.line}`);
  if (at.segment !== undefined) parts.push(`segment ${at.segment}${at.tag ? ` (${at.tag})` : ''}`);
  else if (at.tag) parts.push(at.tag);
  return parts.join(', ');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
