import type { z } from 'zod';
import type { ProblemV1 } from './api-schemas';

type ProblemIssue = NonNullable<ProblemV1['issues']>[number];

/**
 * An error answer a handler can throw: status, a sentence that says what to fix, and for bodies that break the
 * schema the list of issues with JSON Pointers (RFC 6901) to the offending members.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: readonly ProblemIssue[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toBody(): ProblemV1 {
    return this.issues === undefined ? { message: this.message } : { message: this.message, issues: [...this.issues] };
  }
}

/** zod issues as API problem issues, with paths as JSON Pointers under `prefix` (RFC 6901 §3 escaping). */
export function problemIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ProblemIssue[] {
  return error.issues.map((issue) => ({ path: jsonPointer([...prefix, ...issue.path]), message: issue.message }));
}

export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The first few issues in one line, for messages and rejection reasons. */
export function summariseIssues(issues: readonly ProblemIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => `${issue.path || '(body)'}: ${issue.message}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return shown.join('; ') + more;
}
