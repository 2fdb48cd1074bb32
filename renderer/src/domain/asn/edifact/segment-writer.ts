import type { EdifactSeparators } from './separators';
import { showChar } from './separators';

/**
 * Serialises segments with a given separator set (ISO 9735-1 §7–§9): components joined by the component
 * separator, data elements by the element separator, each segment ended by the terminator. Any service character
 * inside data is preceded by the release character; trailing empty components and elements are left out, as
 * §9.4 ("Truncation") asks.
 */
export type ElementValue = string | readonly string[];

export interface SegmentSpec {
  readonly tag: string;
  readonly elements: readonly ElementValue[];
}

export function segment(tag: string, ...elements: ElementValue[]): SegmentSpec {
  return { tag, elements };
}

export class SegmentSerializer {
  private readonly special: ReadonlySet<string>;

  constructor(private readonly separators: EdifactSeparators) {
    const { component, element, release, repetition, segment: terminator } = separators;
    this.special = new Set([
      component,
      element,
      terminator,
      ...(release === null ? [] : [release]),
      ...(repetition === null ? [] : [repetition]),
    ]);
  }

  /** One segment as text, terminator included. */
  text(spec: SegmentSpec): string {
    const { component, element, segment: terminator } = this.separators;
    const elements = spec.elements.map((value) => {
      const components = (typeof value === 'string' ? [value] : value).map((part) => this.escape(part));
      return trimEnd(components).join(component);
    });
    const data = trimEnd(elements);
    return (data.length === 0 ? spec.tag : `${spec.tag}${element}${data.join(element)}`) + terminator;
  }

  /**
   * A data value with every service character released. Throws when the value needs a release character and the
   * separator set has none: the interchange could not be read back, and a writer must not produce such a file.
   */
  escape(value: string): string {
    let out = '';
    let from = 0;
    for (let i = 0; i < value.length; i++) {
      const char = value.charAt(i);
      if (!this.special.has(char)) continue;
      if (this.separators.release === null) {
        throw new RangeError(
          `"${value}" contains the service character ${showChar(char)} and there is no release character`,
        );
      }
      out += value.slice(from, i) + this.separators.release + char;
      from = i + 1;
    }
    return from === 0 ? value : out + value.slice(from);
  }
}

function trimEnd(values: string[]): string[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === '') end--;
  return end === values.length ? values : values.slice(0, end);
}
