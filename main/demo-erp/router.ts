/**
 * Matches a request path against path templates. Distinguishes "no such resource" (404, RFC 9110 §15.5.5) from
 * "resource exists, method does not" (405 with the methods it does allow, RFC 9110 §15.5.6).
 */
export interface RouteTemplate {
  readonly method: string;
  readonly path: string;
}

export type RouteMatch<R extends RouteTemplate> =
  | { readonly kind: 'found'; readonly route: R; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

export function matchRoute<R extends RouteTemplate>(
  routes: readonly R[],
  method: string,
  pathname: string,
): RouteMatch<R> {
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params === null) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
}

/** Path parameters when `pathname` fits `template`, else null. Segments are percent-decoded (RFC 3986 §2.1). */
export function matchPath(template: string, pathname: string): Record<string, string> | null {
  const want = template.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const segment = got[index] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (segment !== part) return null;
      continue;
    }
    if (segment === '') return null;
    try {
      params[name] = decodeURIComponent(segment);
    } catch {
      return null;
    }
  }
  return params;
}
