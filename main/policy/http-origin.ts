import { parseUrl } from './app-origin';

/**
 * Reads a configured web origin such as `https://erp.example.com:8443` and returns its canonical serialization
 * (RFC 6454 §6.2, as `URL.origin` gives it). Used where an origin ends up in a security decision: CSP
 * `connect-src` sources and the allow-list of sites the OS browser may open.
 *
 * Refused, with an error that names the problem: wildcards, anything that is not http(s), userinfo, a path,
 * a query or a fragment, and characters that would let a value break out of a CSP directive (`;`, `,`, quotes,
 * spaces: CSP3 §2.2 "Policies" splits on `;` and `,`).
 */
export function parseHttpOrigin(value: string, schemes: readonly ('http:' | 'https:')[] = ['http:', 'https:']): string {
  const shown = JSON.stringify(value);
  if (value.includes('*')) throw new Error(`${shown} is a wildcard; list exact origins`);
  if (/[;,'"?#\\]/.test(value)) throw new Error(`${shown} contains characters not allowed in an origin`);
  const url = parseUrl(value);
  if (url === null) throw new Error(`${shown} is not an absolute URL`);
  if (!(schemes as readonly string[]).includes(url.protocol)) {
    throw new Error(`${shown} must use ${schemes.map((s) => s.slice(0, -1)).join(' or ')}`);
  }
  if (url.username !== '' || url.password !== '') throw new Error(`${shown} must not carry a user name or password`);
  if (url.pathname !== '/') throw new Error(`${shown} has a path; give the origin only (scheme, host, port)`);
  return url.origin;
}
