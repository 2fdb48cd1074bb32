import type { AsnImportError } from '../asn-importer';
import { KNOWN_DATES, KNOWN_GIN, KNOWN_QUANTITIES, KNOWN_REFERENCES, LOT_ITEM_TYPE, SERIAL_ITEM_TYPE } from './codes';
import type { DesadvDraft, DraftLine } from './desadv-draft';
import { readDate } from './header-segments';
import { addItemId, itemIdOf } from './item-ids';
import { readDecimal } from './numbers';
import { importError } from './problems';
import type { EdifactSegment } from './segment';
import { elementAt, placeOf, valueAt } from './segment';
import { readSsccMarks } from './sscc-marks';

/**
 * The line item group (D.96A SG15 LIN-PIA-IMD-MEA-QTY-…-GIN-DTM, SG16 RFF-DTM, SG20 PCI-DTM-GIN): what is shipped,
 * how much, for which order, with which lot, expiry and serials.
 */

/** LIN: 1082 line item number, 1229 action, C212 item number (7140 : 7143 type). */
export function readLin(segment: EdifactSegment, level: number | null, draft: DesadvDraft): DraftLine {
  const line: DraftLine = { place: placeOf(segment), number: valueAt(segment, 1), level, itemIds: [] };
  const value = valueAt(segment, 3, 0);
  if (value !== '') addItemId(line.itemIds, itemIdOf(value, valueAt(segment, 3, 1).toUpperCase(), segment, draft));
  draft.lines.push(line);
  return line;
}

/**
 * PIA: 4347 function (1 additional, 5 main identification), then up to five C212. EANCOM also sends the batch
 * (type NB) and serial numbers (SN) here; they become the line's lot and serials, not item identifiers.
 */
export function readPia(segment: EdifactSegment, line: DraftLine, draft: DesadvDraft): void {
  for (let element = 2; element <= segment.elements.length; element++) {
    const [value = '', sentType = ''] = elementAt(segment, element);
    if (value === '') continue;
    const type = sentType.toUpperCase();
    if (type === LOT_ITEM_TYPE) setLot(line, value, 'PIA NB', segment, draft);
    else if (type === SERIAL_ITEM_TYPE) addSerial(line, value);
    else addItemId(line.itemIds, itemIdOf(value, type, segment, draft));
  }
}

/** IMD: 7077 format, 7081 characteristic, C273 (7009 : 1131 : 3055 : 7008 text : 7008 text). First text wins. */
export function readImd(segment: EdifactSegment, line: DraftLine): void {
  const text = [valueAt(segment, 3, 3), valueAt(segment, 3, 4)].filter((part) => part !== '').join(' ');
  if (text !== '') line.description ??= text;
}

/**
 * QTY (C186: 6063 qualifier : 6060 quantity : 6411 unit): 12 despatched, 21 ordered, 52 per pack. A quantity
 * that is not a decimal number rejects the file: the dock would otherwise count against a guess.
 */
export function readLineQty(segment: EdifactSegment, line: DraftLine, draft: DesadvDraft): AsnImportError | undefined {
  const qualifier = valueAt(segment, 1, 0);
  if (qualifier !== '12' && qualifier !== '21' && qualifier !== '52') {
    if (!KNOWN_QUANTITIES.has(qualifier)) {
      draft.warnings.add('unknown-qualifier', `QTY qualifier ${qualifier} is not known to Dockside; ignored`, segment);
    }
    return undefined;
  }
  const raw = valueAt(segment, 1, 1);
  const value = readDecimal(raw);
  if (value === null || value.startsWith('-')) {
    return importError(
      'bad-quantity',
      `QTY+${qualifier} at line ${segment.line} (line item ${line.number || '?'}) is "${raw}", which is not a ` +
        'decimal quantity of zero or more: correct the file and import it again',
      segment,
    );
  }
  const unit = valueAt(segment, 1, 2);
  if (qualifier === '21') line.orderedQuantity ??= value;
  else if (qualifier === '52') line.packSize ??= value;
  else if (line.quantity !== undefined) {
    draft.warnings.add(
      'second-quantity',
      `a second despatched quantity (QTY+12) for line item ${line.number} is ignored`,
      segment,
    );
  } else {
    line.quantity = value;
    if (unit !== '') line.uom = unit;
  }
  return undefined;
}

/** Line DTM: 36 expiry date; other dates of the line are not kept. */
export function readLineDtm(segment: EdifactSegment, line: DraftLine, draft: DesadvDraft): void {
  const qualifier = valueAt(segment, 1, 0);
  if (qualifier !== '36') {
    if (!KNOWN_DATES.has(qualifier)) {
      draft.warnings.add('unknown-qualifier', `DTM qualifier ${qualifier} is not known to Dockside; ignored`, segment);
    }
    return;
  }
  const date = readDate(segment, draft);
  if (date !== null) line.expiry ??= date.slice(0, 10);
}

/** Line RFF (SG16): ON order number (1154) and order line (1156); BT batch number. */
export function readLineRff(segment: EdifactSegment, line: DraftLine, draft: DesadvDraft): void {
  const qualifier = valueAt(segment, 1, 0);
  const value = valueAt(segment, 1, 1);
  if (qualifier === 'ON') {
    if (value !== '') line.poNumber ??= value;
    const poLine = valueAt(segment, 1, 2);
    if (poLine !== '') line.poLine ??= poLine;
  } else if (qualifier === 'BT') {
    if (value !== '') setLot(line, value, 'RFF BT', segment, draft);
  } else if (!KNOWN_REFERENCES.has(qualifier)) {
    draft.warnings.add('unknown-qualifier', `RFF qualifier ${qualifier} is not known to Dockside; ignored`, segment);
  }
}

/**
 * Line GIN (SG20 PCI-GIN): BX batch number, BN serial numbers, BJ the SSCCs of the packages that hold this item
 * (EANCOM's "bottom-up" packing description).
 */
export function readLineGin(segment: EdifactSegment, line: DraftLine, draft: DesadvDraft): void {
  const qualifier = valueAt(segment, 1);
  if (qualifier === 'BJ') {
    (line.ssccs ??= []).push(...readSsccMarks(segment, draft));
    return;
  }
  if (!KNOWN_GIN.has(qualifier)) {
    draft.warnings.add('unknown-qualifier', `GIN qualifier ${qualifier} is not known to Dockside; ignored`, segment);
    return;
  }
  for (let element = 2; element <= segment.elements.length; element++) {
    const value = valueAt(segment, element, 0);
    if (value === '') continue;
    if (qualifier === 'BX') setLot(line, value, 'GIN BX', segment, draft);
    else addSerial(line, value);
  }
}

function setLot(line: DraftLine, lot: string, source: string, segment: EdifactSegment, draft: DesadvDraft): void {
  if (line.lot === undefined) {
    line.lot = lot;
  } else if (line.lot !== lot) {
    draft.warnings.add(
      'lot-conflict',
      `line item ${line.number} has two batch numbers: ${line.lot} and ${lot} (${source}); the first is kept`,
      segment,
    );
  }
}

function addSerial(line: DraftLine, serial: string): void {
  const serials = (line.serials ??= []);
  if (!serials.includes(serial)) serials.push(serial);
}
