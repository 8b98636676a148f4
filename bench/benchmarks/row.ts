/** One measured number: what was measured (`metric`), of what (`subject`), in which unit. */
export interface Row {
  metric: string;
  subject: string;
  value: number;
  unit: string;
}

/** A benchmark runs in the lab page and returns its rows; it throws only if something broke. */
export type Benchmark = () => Promise<Row[]>;
