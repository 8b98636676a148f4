import { largestX, medianAt, medianField, type Results } from "../../kit";
import { GIL_THREADS, SERIAL, WORKERS } from "./series";

/**
 * "Keep the GIL for a whole search": the reader's edited search never lets go of the GIL, so at
 * the largest N the lock changes hands at most once per thread (as each search ends), although
 * the four threads ran for at least eight switch intervals: a search that still checked for
 * requests would have handed it over about once per interval, twice as often or more.
 */
export function gilKeptForWholeSearch(results: Results): boolean {
  if (!results.editedSources) return false;
  const largest = largestX(results);
  const gilMs = medianAt(results, GIL_THREADS, largest);
  const handoffs = medianField(results, GIL_THREADS, largest, "handoffs");
  const interval = Number(results.params.switchIntervalMs);
  if (gilMs === undefined || handoffs === undefined || !(interval > 0)) return false;
  return gilMs >= 8 * interval && handoffs <= WORKERS;
}

/**
 * "Make the job CPU-bound": the reader's edited transform outweighs the waits, so with the most
 * records the threads under the GIL are less than 1.5× faster than one thread. The untouched
 * job's threads are about 4× faster: their waits overlap.
 */
export function threadsLoseTheirLead(results: Results): boolean {
  if (!results.editedSources) return false;
  const most = largestX(results);
  const serial = medianAt(results, SERIAL, most);
  const threads = medianAt(results, GIL_THREADS, most);
  if (serial === undefined || threads === undefined) return false;
  return serial / threads < 1.5;
}
