import { resolveDate } from './dates';
import type { LintContext, LintFinding, LintResult } from './lint-types';

/**
 * The North American coupon structures behind the Syntax Dictionary linters `couponcode` (AI 8110) and
 * `couponposoffer` (AI 8112), GS1 General Specifications §3.9 (AIs 8110 and 8112) with the field rules of the
 * GS1 US "North American Coupon Application Guideline Using GS1 DataBar Expanded Symbols" (R2.0) and the
 * "GS1 AI (8112) Coupon Data Specification", as the GS1 Barcode Syntax Tests' reference linters check them.
 *
 * Both are digit strings made of fields read left to right. Variable fields are announced by a one-digit
 * Variable Length Indicator (VLI): e.g. a GS1 Company Prefix VLI of 0–6 means 6–12 digits follow. The first
 * problem found is reported with its offset, named the way the coupon guideline names the field.
 */
class CouponReader {
  at = 0;
  problem: LintFinding | null = null;

  constructor(
    private readonly data: string,
    private readonly label: string,
  ) {}

  get failed(): boolean {
    return this.problem !== null;
  }

  fail(message: string, at: number): void {
    this.problem ??= { message: `${this.label}: ${message}`, at };
  }

  /** The next digit when it is `indicator` (an optional field's marker), consumed. */
  optional(indicator: string): boolean {
    if (this.failed || this.data.charAt(this.at) !== indicator) return false;
    this.at++;
    return true;
  }

  /** One digit from `allowed`; returns it. */
  digit(field: string, allowed: string): string {
    if (this.failed) return '';
    const d = this.data.charAt(this.at);
    if (d === '') {
      this.fail(`ends before its ${field}`, this.data.length);
      return '';
    }
    if (!allowed.includes(d)) {
      this.fail(`${field} must be one of ${allowed.split('').join(', ')}; label has ${d}`, this.at);
      return '';
    }
    this.at++;
    return d;
  }

  /** `length` digits, whatever they are. */
  fixed(field: string, length: number): string {
    if (this.failed) return '';
    const got = this.data.length - this.at;
    if (got < length) {
      this.fail(got === 0 ? `ends before its ${field}` : `${field} needs ${length} digits, label has ${got}`, this.at);
      return '';
    }
    const value = this.data.slice(this.at, this.at + length);
    this.at += length;
    return value;
  }

  /**
   * A VLI digit between `min` and `max` (and `none`, the VLI that means "field absent", when given), then the
   * field of VLI + `plus` digits.
   */
  vli(field: string, min: number, max: number, plus: number, none?: string): void {
    if (this.failed) return;
    const d = this.data.charAt(this.at);
    if (d === '') {
      this.fail(`ends before the length digit of its ${field}`, this.data.length);
      return;
    }
    if (d === none) {
      this.at++;
      return;
    }
    const n = d.charCodeAt(0) - 48;
    if (n < min || n > max) {
      const allowed = `${min} to ${max}${none === undefined ? '' : ` or ${none}`}`;
      this.fail(`length digit of the ${field} must be ${allowed}; label has ${d}`, this.at);
      return;
    }
    this.at++;
    this.fixed(field, n + plus);
  }

  /** YYMMDD, a real date (yymmdd linter: no DD = 00); returns it as YYYY-MM-DD. */
  date(field: string, referenceYear: number): string | null {
    const at = this.at;
    const digits = this.fixed(field, 6);
    if (this.failed) return null;
    const date = resolveDate(digits, referenceYear, false);
    if (date === null) this.fail(`${field} ${digits} is not a date`, at);
    return date;
  }

  end(): LintResult {
    if (!this.failed && this.at < this.data.length) {
      const rest = this.data.slice(this.at);
      this.fail(`unexpected data "${rest}" after the last field (character ${this.at + 1})`, this.at);
    }
    return this.problem;
  }
}

function nonDigit(data: string, label: string): LintFinding | null {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c < 48 || c > 57) return { message: `${label}: character "${data.charAt(i)}" must be a digit`, at: i };
  }
  return null;
}

const REQUIREMENT_CODES = '012349';

/** A purchase requirement block: its VLI and value, requirement code and family code (guideline fields 5–7). */
function purchase(r: CouponReader, which: string): void {
  r.vli(`${which}purchase requirement`, 1, 5, 0);
  r.digit(`${which}purchase requirement code`, REQUIREMENT_CODES);
  r.fixed(`${which}purchase family code`, 3);
}

/** AI (8110): the original North American coupon code. */
export function couponCode(data: string, ctx: LintContext): LintResult {
  const label = `AI (${ctx.ai}) coupon code`;
  const bad = nonDigit(data, label);
  if (bad) return bad;
  const r = new CouponReader(data, label);
  // The GS1 Company Prefix is all digits here, which is all gcppos1 can check without a GCP directory.
  r.vli('GS1 Company Prefix', 0, 6, 6);
  r.fixed('offer code', 6);
  r.vli('save value', 1, 5, 0);
  purchase(r, '');
  // Optional fields, each at most once and in this order, announced by their field number.
  if (r.optional('1')) {
    r.digit('additional purchase rules code', '0123');
    purchase(r, 'second ');
    r.vli('second purchase GS1 Company Prefix', 0, 6, 6, '9');
  }
  if (r.optional('2')) {
    purchase(r, 'third ');
    r.vli('third purchase GS1 Company Prefix', 0, 6, 6, '9');
  }
  let expiry: string | null = null;
  if (r.optional('3')) expiry = r.date('expiration date', ctx.referenceYear);
  if (r.optional('4')) {
    const at = r.at;
    const start = r.date('start date', ctx.referenceYear);
    if (start !== null && expiry !== null && start > expiry) {
      r.fail(`start date ${start} is after the expiration date ${expiry}`, at);
    }
  }
  if (r.optional('5')) r.vli('serial number', 0, 9, 6);
  if (r.optional('6')) r.vli('retailer GS1 Company Prefix or GLN', 1, 7, 6);
  if (r.optional('9')) {
    r.digit('save value code', '01256');
    r.digit('save value applies-to-item code', '012');
    r.fixed('store coupon flag', 1);
    r.digit("don't-multiply flag", '01');
  }
  return r.end();
}

/** AI (8112): the positive offer file coupon code. */
export function couponPositiveOffer(data: string, ctx: LintContext): LintResult {
  const label = `AI (${ctx.ai}) coupon offer`;
  const bad = nonDigit(data, label);
  if (bad) return bad;
  const r = new CouponReader(data, label);
  r.digit('format code', '01');
  r.vli('funder ID', 0, 6, 6);
  r.fixed('offer code', 6);
  r.vli('serial number', 0, 9, 6);
  return r.end();
}
