import { describe, expect, it } from "vitest";
import type { Results } from "../../kit";
import { evenSplitIsFair, messagesNoLongerMatter } from "./challenges";
import { poolName } from "./uneven-tasks";

const EDIT = [{ source: "workers/kernels/add-one.ts", code: "export {};" }];
const edited = (results: Results, yes: boolean) =>
  ({ ...results, ...(yes ? { editedSources: EDIT } : {}) }) as Results;

/** A tiny-tasks run for n = 1,000: each chunk size's median. */
function tiny(medians: [chunkSize: number, ms: number][], isEdited = true): Results {
  const series = "n = 1,000";
  const results = {
    params: {},
    environment: { hardwareConcurrency: 2 },
    samples: [],
    summary: medians.map(([x, q50]) => ({ series, x, n: 3, q05: q50, q50, q95: q50 })),
  } as unknown as Results;
  return edited(results, isEdited);
}

/** An uneven-tasks run on two cores: the busiest worker's share, at one chunk per worker. */
function uneven(busiestShare: number, isEdited = true): Results {
  const series = poolName(2);
  const results = {
    params: {},
    environment: { hardwareConcurrency: 2 },
    summary: [],
    samples: [0, 1, 2].map((trial) => ({ series, x: 32, trial, ms: 10, busiestShare })),
  } as unknown as Results;
  return edited(results, isEdited);
}

describe("messagesNoLongerMatter", () => {
  it("is solved when real work per task makes chunk size 1 nearly as fast as the best", () => {
    expect(
      messagesNoLongerMatter(
        tiny([
          [1, 560],
          [4, 520],
          [63, 530],
          [1000, 1000],
        ]),
      ),
    ).toBe(true);
  });

  it("is not solved while the messages are the work, nor by the untouched task", () => {
    expect(
      messagesNoLongerMatter(
        tiny([
          [1, 40],
          [63, 2],
          [1000, 3],
        ]),
      ),
    ).toBe(false);
    expect(
      messagesNoLongerMatter(
        tiny(
          [
            [1, 560],
            [4, 520],
          ],
          false,
        ),
      ),
    ).toBe(false);
    expect(messagesNoLongerMatter(tiny([[4, 520]]))).toBe(false);
  });
});

describe("evenSplitIsFair", () => {
  it("is solved when each worker did about half the work", () => {
    expect(evenSplitIsFair(uneven(0.52))).toBe(true);
  });

  it("is not solved while the heavy tasks sit in the last chunk, nor untouched", () => {
    expect(evenSplitIsFair(uneven(0.75))).toBe(false);
    expect(evenSplitIsFair(uneven(0.5, false))).toBe(false);
  });
});
