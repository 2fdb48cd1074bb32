/**
 * One EDIFACT segment after tokenising (ISO 9735-1 §5): a tag, then data elements, each made of one or more
 * component data elements, with release characters already removed. Positions follow EDIFACT's own counting: the
 * n-th data element after the tag is `elements[n - 1]`, so `BGM+351+DES587441+9` has `elements[1][0]` =
 * `DES587441` (BGM data element 1004).
 */
export interface EdifactSegment {
  readonly tag: string;
  readonly elements: readonly (readonly string[])[];
  /** 1-based line of the file where the segment's tag starts. */
  readonly line: number;
  /** 1-based position of the segment in the file (UNA, a service string advice rather than a segment, excluded). */
  readonly position: number;
  /** Set on a last segment that the file ends without a segment terminator. */
  readonly unterminated?: true;
}

/** Where a segment was: enough for messages, without keeping the segment's data alive. */
export interface SegmentPlace {
  readonly tag: string;
  readonly line: number;
  readonly position: number;
}

export function placeOf(segment: SegmentPlace): SegmentPlace {
  return { tag: segment.tag, line: segment.line, position: segment.position };
}

/** Component `component` (0-based) of data element `element` (1-based, as EDIFACT numbers them), or ''. */
export function valueAt(segment: EdifactSegment, element: number, component = 0): string {
  return segment.elements[element - 1]?.[component] ?? '';
}

/** All components of data element `element` (1-based), or an empty list when the element is absent. */
export function elementAt(segment: EdifactSegment, element: number): readonly string[] {
  return segment.elements[element - 1] ?? [];
}

/** Where a segment sits, in the shape import warnings and errors carry. */
export function whereIs(segment: SegmentPlace): { line: number; segment: number; tag: string } {
  return { line: segment.line, segment: segment.position, tag: segment.tag };
}
