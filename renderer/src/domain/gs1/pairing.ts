import { lookupAi } from './ai-table';
import type { Gs1Element, PairingIssue } from './scan-types';

/**
 * The Syntax Dictionary's pairing rules: "req=" (mandatory association with one of the listed AIs or groups)
 * and "ex=" (invalid pairings; "an AI is not exclusive of itself even if it matches a pattern"), plus the
 * General Specifications rule that an AI may not repeat with a different value (§4.14.1).
 * Reported apart from syntax errors: the dictionary says pairings "should be evaluated over the combined data
 * received from all GS1 carriers marking a physical item", so one scan may legitimately lack a partner.
 */
export function pairingIssues(elements: readonly Gs1Element[]): PairingIssue[] {
  const issues: PairingIssue[] = [];
  const present: string[] = [];
  // Plain loops, no Map or closures: this runs on every scan and scans hold a handful of elements.
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e === undefined) continue;
    let firstAt = -1;
    for (let j = 0; j < i && firstAt < 0; j++) if (elements[j]?.ai === e.ai) firstAt = j;
    if (firstAt < 0) present.push(e.ai);
    else if (elements[firstAt]?.value !== e.value) {
      issues.push({ ai: e.ai, rule: 'duplicate', message: `AI (${e.ai}) appears twice with different values` });
    }
  }
  for (const ai of present) {
    const entry = lookupAi(ai)?.entry;
    if (!entry) continue;
    for (const alternatives of entry.req) {
      if (!anyGroupPresent(alternatives, present)) {
        const wanted = alternatives.map((g) => g.map((p) => `(${p})`).join(' with ')).join(', or ');
        issues.push({ ai, rule: 'requires', message: `AI (${ai}) needs ${wanted} on the same item` });
      }
    }
    for (const p of entry.ex) {
      for (const other of present) {
        if (other !== ai && matches(p, other)) {
          issues.push({ ai, rule: 'excludes', message: `AI (${ai}) may not appear together with (${other})` });
          break;
        }
      }
    }
  }
  return issues;
}

function anyGroupPresent(alternatives: readonly (readonly string[])[], present: readonly string[]): boolean {
  for (const group of alternatives) {
    let all = true;
    for (const p of group) {
      let found = false;
      for (const ai of present) {
        if (matches(p, ai)) {
          found = true;
          break;
        }
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** "310n" matches 3100…3109; "35nn" matches 3500…3599. */
function matches(pattern: string, ai: string): boolean {
  if (pattern.length !== ai.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charAt(i);
    if (p !== 'n' && p !== ai.charAt(i)) return false;
  }
  return true;
}
