import type { StationWatermarkV1 } from '../../renderer/src/domain/receiving-event';

/**
 * A station's watermark. Stations number events gap-free, but batches can arrive out of order or with holes
 * (a rejected event, a lost batch), so the ERP tracks the highest seq below which nothing is missing separately
 * from the highest seq seen at all. Seqs above the contiguous mark wait in a set until the hole fills.
 */
export class StationProgress {
  private contiguousSeq = 0;
  private highestSeq = 0;
  private lastAppliedAt: string | null = null;
  private readonly above = new Set<number>();

  constructor(private readonly stationId: string) {}

  record(seq: number, appliedAt: string): void {
    this.highestSeq = Math.max(this.highestSeq, seq);
    this.lastAppliedAt = appliedAt;
    if (seq <= this.contiguousSeq) return;
    this.above.add(seq);
    while (this.above.delete(this.contiguousSeq + 1)) this.contiguousSeq += 1;
  }

  watermark(): StationWatermarkV1 {
    return {
      stationId: this.stationId,
      contiguousSeq: this.contiguousSeq,
      highestSeq: this.highestSeq,
      lastAppliedAt: this.lastAppliedAt,
    };
  }
}
