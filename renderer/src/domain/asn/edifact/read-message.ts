import type { AsnImportError } from '../asn-importer';
import { DESADV_TAGS } from './codes';
import type { DesadvDraft, DraftLine, DraftOrder, PackageLevel, PackGroup } from './desadv-draft';
import type { MessageInfo } from './envelope';
import { readBgm, readEqd, readHeaderDtm, readHeaderRff, readNad, readSel, readTdt } from './header-segments';
import { readImd, readLin, readLineDtm, readLineGin, readLineQty, readLineRff, readPia } from './line-segments';
import { readCps, readPac, readPackageGin, readPackageMea } from './package-segments';
import { importError, WarningSink } from './problems';
import type { EdifactSegment, SegmentPlace } from './segment';
import { placeOf } from './segment';

/**
 * Walks the segments of one DESADV message (between UNH and UNT) as they are read, and gathers a draft. EDIFACT
 * gives a segment its meaning through the segment group it sits in (a DTM after RFF+ON dates the order, after LIN
 * it dates the line), so the walker keeps the open groups: the header's reference/party group, the CPS level, its
 * PAC group, the LIN. Segments in an impossible place are errors when their meaning cannot be known (a LIN before
 * the first CPS of a message that has CPS levels, a PAC or GIN in the header, a QTY or PIA before any LIN).
 */
type HeaderGroup = 'message' | 'reference' | 'party' | 'transport';

interface WalkState {
  readonly draft: DesadvDraft;
  headerGroup: HeaderGroup;
  lastOrder: DraftOrder | null;
  level: PackageLevel | null;
  levelIndex: number | null;
  pack: PackGroup | null;
  line: DraftLine | null;
  /** The first LIN read before any CPS: fine in a message without CPS, out of order if a CPS follows. */
  lineBeforeCps: SegmentPlace | null;
}

export interface DesadvWalker {
  add(segment: EdifactSegment): AsnImportError | undefined;
  finish(): { ok: true; draft: DesadvDraft } | { ok: false; error: AsnImportError };
}

export function startDesadvMessage(message: MessageInfo): DesadvWalker {
  const draft: DesadvDraft = {
    message,
    orders: new Map(),
    references: [],
    parties: new Map(),
    carrier: { seals: [] },
    levels: [],
    lines: [],
    controlTotals: [],
    seenSsccs: new Map(),
    warnings: new WarningSink(),
  };
  const state: WalkState = {
    draft,
    headerGroup: 'message',
    lastOrder: null,
    level: null,
    levelIndex: null,
    pack: null,
    line: null,
    lineBeforeCps: null,
  };
  return {
    add: (segment) => step(segment, state),
    finish: () => {
      if (!draft.bgm) {
        return {
          ok: false,
          error: importError(
            'no-bgm',
            `message ${message.ref} (UNH at line ${message.header.line}) has no BGM, so it has no despatch advice number`,
            message.header,
          ),
        };
      }
      if (state.lineBeforeCps) {
        draft.warnings.add(
          'no-cps',
          'the message has no CPS packing levels: its lines are not placed in packages',
          state.lineBeforeCps,
        );
      }
      return { ok: true, draft };
    },
  };
}

function step(segment: EdifactSegment, state: WalkState): AsnImportError | undefined {
  const { draft } = state;
  const inPacking = state.level !== null || state.line !== null;
  switch (segment.tag) {
    case 'BGM':
      if (inPacking) return outOfOrder(segment, 'comes after the packing section; BGM belongs right after UNH');
      readBgm(segment, draft);
      return undefined;
    case 'DTM':
      if (state.line) readLineDtm(segment, state.line, draft);
      else if (!inPacking) readHeaderDtm(segment, draft, headerReference(state));
      return undefined;
    case 'RFF':
      if (state.line) readLineRff(segment, state.line, draft);
      else if (!inPacking) readRffInHeader(segment, state);
      return undefined;
    case 'NAD':
      if (inPacking) misplaced(segment, draft);
      readNad(segment, draft);
      state.headerGroup = 'party';
      return undefined;
    case 'TDT':
    case 'EQD':
    case 'SEL':
      if (inPacking) misplaced(segment, draft);
      if (segment.tag === 'TDT') readTdt(segment, draft);
      else if (segment.tag === 'EQD') readEqd(segment, draft);
      else readSel(segment, draft);
      state.headerGroup = 'transport';
      return undefined;
    case 'CPS':
      if (state.lineBeforeCps) {
        return outOfOrder(
          state.lineBeforeCps,
          `comes before the first CPS (line ${segment.line}), so the package it is packed in cannot be known`,
        );
      }
      state.level = readCps(segment, draft);
      state.levelIndex = draft.levels.length - 1;
      state.pack = null;
      state.line = null;
      return undefined;
    case 'PAC':
    case 'MEA':
    case 'PCI':
    case 'GIN':
      return packageOrLineMark(segment, state);
    case 'LIN':
      return startLine(segment, state);
    case 'PIA':
    case 'IMD':
    case 'QTY':
      return lineDetail(segment, state);
    case 'CNT':
      draft.controlTotals.push({
        qualifier: segment.elements[0]?.[0] ?? '',
        value: segment.elements[0]?.[1] ?? '',
        place: placeOf(segment),
      });
      return undefined;
    default:
      if (!DESADV_TAGS.has(segment.tag)) {
        draft.warnings.add(
          'unknown-segment',
          `segment ${segment.tag} is not part of a DESADV message; ignored`,
          segment,
        );
      }
      return undefined;
  }
}

function headerReference(state: WalkState): { readonly order: DraftOrder | null } | null {
  if (state.headerGroup === 'reference') return { order: state.lastOrder };
  if (state.headerGroup === 'party' || state.headerGroup === 'transport') return { order: null };
  return null;
}

/**
 * An RFF after NAD or TDT is that party's or carrier's own reference (SG3, SG8: VAT numbers and the like) and is
 * not kept, except RFF+ON: an order number is never a party's reference, so it is read wherever the header has it.
 */
function readRffInHeader(segment: EdifactSegment, state: WalkState): void {
  const party = state.headerGroup === 'party' || state.headerGroup === 'transport';
  if (party && segment.elements[0]?.[0] !== 'ON') return;
  state.lastOrder = readHeaderRff(segment, state.draft);
  state.headerGroup = 'reference';
}

function packageOrLineMark(segment: EdifactSegment, state: WalkState): AsnImportError | undefined {
  const { draft, level, line } = state;
  if (line) {
    if (segment.tag === 'GIN') readLineGin(segment, line, draft);
    return undefined; // PAC, MEA and PCI of a line describe its packing, which the CPS levels already give
  }
  if (!level) {
    if (segment.tag === 'MEA') return undefined; // header measures (whole consignment) are not kept
    return outOfOrder(segment, 'comes before any CPS; package details belong to a CPS level');
  }
  if (segment.tag === 'PAC') state.pack = readPac(segment, level);
  else if (segment.tag === 'MEA' && state.pack) readPackageMea(segment, state.pack, draft);
  else if (segment.tag === 'GIN') state.pack = readPackageGin(segment, level, state.pack, draft);
  return undefined;
}

function startLine(segment: EdifactSegment, state: WalkState): AsnImportError | undefined {
  const { draft, level } = state;
  if (!level) state.lineBeforeCps ??= placeOf(segment);
  else level.lineCount++;
  state.line = readLin(segment, state.levelIndex, draft);
  return undefined;
}

function lineDetail(segment: EdifactSegment, state: WalkState): AsnImportError | undefined {
  const { draft, line } = state;
  if (!line) {
    if (segment.tag === 'QTY' && state.pack) return undefined; // SG11 QTY: a quantity of packages
    return outOfOrder(segment, 'comes before any LIN; it describes a line item');
  }
  if (segment.tag === 'PIA') readPia(segment, line, draft);
  else if (segment.tag === 'IMD') readImd(segment, line);
  else return readLineQty(segment, line, draft);
  return undefined;
}

function misplaced(segment: EdifactSegment, draft: DesadvDraft): void {
  draft.warnings.add(
    'misplaced-segment',
    `${segment.tag} at line ${segment.line} belongs in the message header, before the first CPS; it is read as a header segment`,
    segment,
  );
}

function outOfOrder(segment: SegmentPlace, why: string): AsnImportError {
  return importError(
    'segment-order',
    `${segment.tag} at line ${segment.line} ${why}: the segments are out of order`,
    segment,
  );
}
