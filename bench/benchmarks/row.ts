/** One measured number: what was measured (`metric`), of what (`subject`), in which unit. */
export interface Row {
  metric: string;
  subject: string;
  value: number;
  unit: string;
  /**
   * For a value that is the median of several interleaved rounds: the interquartile range of
   * the rounds, in the same unit, and how many rounds there were.
   */
  spread?: { low: number; high: number; rounds: number };
}

/** A benchmark runs in the lab page and returns its rows; it throws only if something broke. */
export type Benchmark = () => Promise<Row[]>;
