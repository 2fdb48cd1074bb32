/**
 * UPC-E (8 digits: number system 0 or 1, six data digits, check digit) expanded to the UPC-A it stands for,
 * by the zero-suppression rules of GS1 General Specifications §5.2.2.4.2 (figure "UPC-E to UPC-A"). A wedge
 * scanner with AIM identifiers sends UPC-E this way, as 13 digits under `]E0` (ISO/IEC 15420).
 */
export function expandUpce(upce: string): string {
  const ns = upce.slice(0, 1);
  const d = upce.slice(1, 7);
  const check = upce.slice(7, 8);
  const last = d.slice(5, 6);
  let body: string;
  if (last === '0' || last === '1' || last === '2') body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === '3') body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === '4') body = `${d.slice(0, 4)}00000${d.slice(4, 5)}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${ns}${body}${check}`;
}
