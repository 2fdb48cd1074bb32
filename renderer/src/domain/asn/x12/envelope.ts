import type { AsnWarning } from '../canonical-asn';
import { el, reject, WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * The X12 envelope (X12.5 and X12.6): ISA…IEA interchange, GS…GE functional group, ST…SE transaction set.
 * Control counts and numbers that disagree are warnings (partners get them wrong often and the content is still
 * readable: fixtures #1, #8, #9, #10); a transaction set that is cut off before its SE, or segments outside any
 * set, are errors, because then what the set contains is unknowable.
 */
export interface X12Interchange {
  /** ISA06 sender id and ISA05 its qualifier, ISA13 control number (trimmed). */
  readonly sender: string;
  readonly senderQualifier: string;
  readonly control: string;
}

export interface X12Group {
  /** GS01 functional id code (DE 479), GS06 group control number, GS08 version (DE 480). */
  readonly functionalId: string;
  readonly control: string;
  readonly version: string;
}

export interface X12TransactionSet {
  /** ST01 (DE 143), e.g. `856`; ST02 control number (DE 329). */
  readonly type: string;
  readonly control: string;
  readonly st: X12Segment;
  /** Segments between ST and SE, both excluded. */
  readonly body: readonly X12Segment[];
  readonly interchange: X12Interchange | null;
  readonly group: X12Group | null;
  /** Envelope warnings that concern this set: its own SE counts, its group's and its interchange's. */
  readonly warnings: readonly AsnWarning[];
}

interface OpenInterchange {
  readonly info: X12Interchange;
  readonly isa: X12Segment;
  readonly warnings: WarningList;
  groups: number;
  closed: boolean;
}

interface OpenGroup {
  readonly info: X12Group;
  readonly gs: X12Segment;
  readonly warnings: WarningList;
  sets: number;
  closed: boolean;
}

interface Pending {
  readonly set: Omit<X12TransactionSet, 'warnings'>;
  readonly own: WarningList;
  readonly interchange: WarningList | null;
  readonly group: WarningList | null;
}

const FIRST_VERSION = '003060';
const LAST_VERSION = '005010';

function cutOff(st: X12Segment, by: X12Segment | null): never {
  const where = by ? `${by.tag} at line ${by.line} comes before its SE` : 'the file ends before its SE';
  reject(
    'x12-set-cut-off',
    `Transaction set ${el(st, 1)} ${el(st, 2)} starting at line ${st.line} is cut off: ${where}. The file is incomplete; ask the sender to send it again.`,
    by ?? st,
  );
}

function checkVersion(gs: X12Segment, warnings: WarningList): void {
  const version = el(gs, 8).slice(0, 6);
  if (!/^\d{6}$/.test(version) || version < FIRST_VERSION || version > LAST_VERSION) {
    warnings.add(
      'x12-version',
      `GS08 "${el(gs, 8)}" is outside the versions read (003060 to 005010); the group is read as 004010`,
      gs,
    );
  }
}

function openInterchange(isa: X12Segment): OpenInterchange {
  const warnings = new WarningList();
  const version = el(isa, 12);
  if (version < '00300') {
    warnings.add('x12-isa-version', `ISA12 ${version} is an interchange version older than 00300; read anyway`, isa);
  }
  const info = { sender: el(isa, 6), senderQualifier: el(isa, 5), control: el(isa, 13) };
  return { info, isa, warnings, groups: 0, closed: false };
}

function closeGroup(group: OpenGroup, ge: X12Segment): void {
  if (el(ge, 1) !== String(group.sets)) {
    group.warnings.add(
      'x12-ge-count',
      `GE01 says ${el(ge, 1)} transaction set(s) but group ${group.info.control} holds ${group.sets}`,
      ge,
    );
  }
  if (el(ge, 2) !== group.info.control) {
    group.warnings.add('x12-ge-control', `GE02 ${el(ge, 2)} does not match GS06 ${group.info.control}`, ge);
  }
  group.closed = true;
}

function closeInterchange(ic: OpenInterchange, iea: X12Segment): void {
  if (el(iea, 1) !== String(ic.groups)) {
    ic.warnings.add('x12-iea-count', `IEA01 says ${el(iea, 1)} group(s) but the interchange holds ${ic.groups}`, iea);
  }
  if (el(iea, 2) !== ic.info.control) {
    ic.warnings.add(
      'x12-iea-control',
      `IEA02 ${el(iea, 2)} does not match ISA13 ${ic.info.control}: the interchange control numbers differ`,
      iea,
    );
  }
  ic.closed = true;
}

function closeSet(st: X12Segment, se: X12Segment, body: X12Segment[], own: WarningList): void {
  const count = body.length + 2;
  if (el(se, 1) !== String(count)) {
    own.add(
      'x12-se-count',
      `SE01 says ${el(se, 1)} segments but transaction set ${el(st, 2)} has ${count} (ST to SE)`,
      se,
    );
  }
  if (el(se, 2) !== el(st, 2)) own.add('x12-se-control', `SE02 ${el(se, 2)} does not match ST02 ${el(st, 2)}`, se);
}

/** Splits tokenized segments into transaction sets, checking the envelope around them. */
export function splitTransactionSets(segments: readonly X12Segment[]): X12TransactionSet[] {
  const pending: Pending[] = [];
  let ic: OpenInterchange | null = null;
  let group: OpenGroup | null = null;
  let st: X12Segment | null = null;
  let body: X12Segment[] = [];
  for (const segment of segments) {
    const tag = segment.tag;
    if (st !== null && (tag === 'ISA' || tag === 'IEA' || tag === 'GS' || tag === 'GE' || tag === 'ST')) {
      cutOff(st, segment);
    }
    if (tag === 'ISA') {
      if (ic && !ic.closed) ic.warnings.add('x12-iea-missing', `Interchange ${ic.info.control} has no IEA`, ic.isa);
      ic = openInterchange(segment);
      group = null;
    } else if (tag === 'IEA') {
      if (group && !group.closed)
        group.warnings.add('x12-ge-missing', `Group ${group.info.control} has no GE`, group.gs);
      if (ic) closeInterchange(ic, segment);
    } else if (tag === 'GS') {
      if (group && !group.closed)
        group.warnings.add('x12-ge-missing', `Group ${group.info.control} has no GE`, group.gs);
      const info = { functionalId: el(segment, 1), control: el(segment, 6), version: el(segment, 8) };
      group = { info, gs: segment, warnings: new WarningList(), sets: 0, closed: false };
      if (ic) ic.groups++;
      checkVersion(segment, group.warnings);
    } else if (tag === 'GE') {
      if (group) closeGroup(group, segment);
    } else if (tag === 'ST') {
      st = segment;
      body = [];
    } else if (tag === 'SE') {
      if (st === null) reject('x12-segment-order', `SE at line ${segment.line} has no ST before it.`, segment);
      const own = new WarningList();
      closeSet(st, segment, body, own);
      if (group) group.sets++;
      const set = {
        type: el(st, 1),
        control: el(st, 2),
        st,
        body,
        interchange: ic?.info ?? null,
        group: group?.info ?? null,
      };
      pending.push({ set, own, interchange: ic?.warnings ?? null, group: group?.warnings ?? null });
      if (set.type === '856' && group && group.info.functionalId !== 'SH') {
        group.warnings.add(
          'x12-gs01',
          `GS01 is "${group.info.functionalId}"; ship notices travel in an SH group (read anyway)`,
          group.gs,
        );
      }
      st = null;
    } else if (st === null) {
      reject(
        'x12-segment-order',
        `${tag} at line ${segment.line} is outside any transaction set (between ST and SE); the file's structure is broken.`,
        segment,
      );
    } else body.push(segment);
  }
  if (st !== null) cutOff(st, null);
  if (ic && !ic.closed) ic.warnings.add('x12-iea-missing', `Interchange ${ic.info.control} has no IEA`, ic.isa);
  if (group && !group.closed) group.warnings.add('x12-ge-missing', `Group ${group.info.control} has no GE`, group.gs);
  return pending.map((p) => ({
    ...p.set,
    warnings: [...(p.interchange?.items ?? []), ...(p.group?.items ?? []), ...p.own.items],
  }));
}
