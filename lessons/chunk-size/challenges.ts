import { median, pointsOf, type Results, samplesOf } from "../../kit";
import { largestSeries } from "./tiny-tasks";
import { poolName, TASKS } from "./uneven-tasks";

/**
 * "Make the messages not matter": the reader's edited task does real work, so for the largest n
 * chunk size 1 is less than 1.5× slower than the best chunk size. Untouched, where each task is
 * next to nothing and the messages are the work, it is many times slower.
 */
export function messagesNoLongerMatter(results: Results): boolean {
  if (!results.editedSources) return false;
  const largestN = largestSeries(results);
  if (largestN === undefined) return false;
  const rows = pointsOf(results, largestN);
  const one = rows.find((row) => row.x === 1);
  if (!one || rows.length < 2) return false;
  return one.q50 < 1.5 * Math.min(...rows.map((row) => row.q50));
}

/**
 * "Make the even split fair": the reader's edited task costs the same whatever its place in the
 * list, so with one chunk per worker the busiest worker does at most 1.25× its fair share of the
 * work. Untouched, where the heavy tasks sit at the end, it does about 1.5× (two workers) or more.
 */
export function evenSplitIsFair(results: Results): boolean {
  if (!results.editedSources) return false;
  const cores = results.environment.hardwareConcurrency;
  const halves = Math.ceil(TASKS / cores);
  const busiest = median(
    samplesOf(results, poolName(cores), halves)
      .filter((sample) => sample.dropped !== true)
      .map((sample) => sample.busiestShare)
      .filter((share): share is number => typeof share === "number"),
  );
  return busiest !== undefined && busiest <= 1.25 / cores;
}
