import { describe, expect, it } from 'vitest';
import type { JournalRow } from '../db/schema';
import { readSsccScan } from '../domain/gs1/sscc-scan';
import type { DockOutcome } from '../receiving/dock-commands';
import { feedbackForDock, feedbackForFailure, feedbackForScanError, withLabelWarning } from './scan-feedback';

const SSCC = '376104250021234569';

/** Only the fields the feedback reads: the event types and ASN of what the command committed. */
function row(type: JournalRow['type'], asnId = 'ASN-9'): JournalRow {
  return { type, asnId } as JournalRow;
}

function outcome(partial: Partial<DockOutcome>): DockOutcome {
  return { announcements: [], supervisorRequests: [], events: [], receiptId: null, ...partial };
}

describe('dock feedback from a command outcome', () => {
  it('names a received unit by kind and keeps the full SSCC and the ASN in the detail', () => {
    const received = feedbackForDock(
      'receive',
      outcome({
        announcements: [{ tone: 'success', text: 'Pallet …4569 accepted. Put away to A.' }],
        events: [row('unit.received')],
        receiptId: 'ASN-9',
      }),
      1,
      { sscc: SSCC, unitKind: 'pallet' },
    );
    expect(received).toEqual({
      tone: 'success',
      title: 'Pallet received',
      detail: `Pallet …4569 accepted. Put away to A.\nSSCC ${SSCC} · ASN-9`,
      at: 1,
    });
  });

  it('lets the most severe announcement set the tone, and puts it first', () => {
    const mixed = feedbackForDock(
      'close',
      outcome({
        announcements: [
          { tone: 'success', text: 'Receipt closed: 4 of 6 units received.' },
          { tone: 'warning', text: '4 of 6 units received, 1 missing.' },
        ],
        events: [row('discrepancy.recorded'), row('receipt.closed')],
      }),
      2,
    );
    expect(mixed.tone).toBe('warning');
    expect(mixed.title).toBe('Receipt closed with differences');
    expect(mixed.detail.split('\n')[0]).toBe('4 of 6 units received, 1 missing.');
  });

  it('tells a duplicate, an unknown SSCC and a receipt not yet arrived apart', () => {
    const duplicate = feedbackForDock(
      'receive',
      outcome({
        announcements: [{ tone: 'warning', text: 'Pallet …4569 was already received at 10:02. Scan the next one.' }],
        events: [row('discrepancy.recorded')],
      }),
      3,
      { sscc: SSCC },
    );
    expect(duplicate).toMatchObject({ tone: 'warning', title: 'Already received' });
    const unknown = feedbackForDock(
      'receive',
      outcome({
        announcements: [{ tone: 'error', text: `SSCC ${SSCC} is not on any ASN at this station. Put the unit aside.` }],
      }),
      4,
      { sscc: SSCC },
    );
    expect(unknown).toMatchObject({ tone: 'error', title: 'Unknown SSCC' });
    const early = feedbackForDock(
      'receive',
      outcome({ announcements: [{ tone: 'error', text: 'Record the arrival of ASN-9 first: trailer 1.' }] }),
      5,
      { sscc: SSCC },
    );
    expect(early.title).toBe('Record the arrival first');
  });

  it('spells out a supervisor request and names a seal problem', () => {
    const seal = feedbackForDock(
      'arrival',
      outcome({
        announcements: [
          { tone: 'error', text: 'Seal problem. Do not unload: a supervisor must look at the trailer first.' },
        ],
        supervisorRequests: [
          { reason: 'seal-broken', receiptId: 'ASN-9', text: 'Door D1, trailer 7: seal S is not as announced.' },
        ],
        events: [row('receipt.arrived'), row('discrepancy.recorded')],
      }),
      6,
    );
    expect(seal.title).toBe('Seal problem — call a supervisor');
    expect(seal.detail).toContain('Call a supervisor: Door D1, trailer 7');
  });

  it('titles putaway and undo by what was recorded', () => {
    expect(
      feedbackForDock(
        'putaway',
        outcome({ announcements: [{ tone: 'error', text: 'Wrong location: Q-01 is in zone Q' }] }),
        7,
      ).title,
    ).toBe('Wrong location');
    expect(
      feedbackForDock(
        'putaway',
        outcome({ announcements: [{ tone: 'success', text: 'Put away at A-01.' }], events: [row('unit.put-away')] }),
        8,
      ).title,
    ).toBe('Put away');
    expect(
      feedbackForDock('undo', outcome({ announcements: [{ tone: 'error', text: 'There is nothing to undo.' }] }), 9),
    ).toMatchObject({ tone: 'error', title: 'Nothing to undo' });
  });

  it('says "Not saved" when a command failed', () => {
    expect(feedbackForFailure('The scan of 1', new Error('QuotaExceededError'), 10)).toMatchObject({
      tone: 'error',
      title: 'Not saved',
    });
  });

  it('explains an unreadable label as an error', () => {
    const scan = readSsccScan('395060000999999991');
    if (scan.ok) throw new Error('expected a check-digit error');
    expect(feedbackForScanError(scan, 5)).toMatchObject({
      tone: 'error',
      title: 'Label misread or misprinted',
      detail: 'SSCC 395060000999999991: check digit should be 5, label says 1',
    });
  });
});

describe('a label warning on a handled scan', () => {
  const base = { title: 'Carton received', detail: 'SSCC 376104250021234569 · ASN-1 · 1 line', at: 1 };

  it('turns a success into a warning and puts the note first', () => {
    expect(withLabelWarning({ ...base, tone: 'success' }, 'Fix the label.')).toEqual({
      ...base,
      tone: 'warning',
      detail: 'Fix the label.\nSSCC 376104250021234569 · ASN-1 · 1 line',
    });
  });

  it('keeps an error an error', () => {
    expect(withLabelWarning({ ...base, tone: 'error' }, 'Fix the label.').tone).toBe('error');
  });
});
