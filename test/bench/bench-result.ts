/** One measured figure, as written to docs/bench/report.json and the table in docs/BENCHMARKS.md. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly detail: string;
}
