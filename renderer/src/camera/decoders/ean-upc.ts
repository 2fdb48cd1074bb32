import type { CameraSymbology } from '../decoder-contract';

/**
 * An EAN-13 whose first digit is 0 is a UPC-A: the two symbols are bar-for-bar identical (ISO/IEC 15420, UPC-A
 * is EAN-13 with number system digit 0). Readers report either name for it depending on which pass found it;
 * the station always calls it UPC-A.
 */
export function eanUpcSymbology(symbology: CameraSymbology, raw: string): CameraSymbology {
  return symbology === 'ean-13' && raw.startsWith(']E00') ? 'upc-a' : symbology;
}
