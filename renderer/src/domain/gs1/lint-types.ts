/**
 * What a Syntax Dictionary linter ("the name of a reference procedure that performs content validation of the
 * component", dictionary header) gets and gives back. A problem is a message a supervisor understands; a linter
 * that can tell where inside the component the problem starts (the coupon linters walk a dozen fields) returns
 * `at`, an offset into the component, so the scan error points at the bad field rather than the AI's start.
 */
export interface LintContext {
  readonly ai: string;
  readonly referenceYear: number;
}

export interface LintFinding {
  readonly message: string;
  readonly at: number;
}

export type LintResult = string | LintFinding | null;

export type Linter = (data: string, ctx: LintContext) => LintResult;
