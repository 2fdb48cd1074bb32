/**
 * js-yaml ships no types and is here as a dependency of electron-builder, which reads electron-builder.yml with
 * it: the packaging test parses the file with the same parser. Only `load` is used.
 */
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
