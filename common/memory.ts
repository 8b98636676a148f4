/**
 * Sizes a device can hold. An experiment says how many bytes a run holds at once; the cell
 * refuses a size that needs more than a share of the device's memory before anything is
 * allocated, instead of letting the tab run out of memory halfway through a sweep.
 */

/** One experiment may hold at most this share of the device's memory. */
export const DEVICE_SHARE = 1 / 4;

const GIB = 2 ** 30;

/**
 * The bytes one experiment may hold, from `navigator.deviceMemory` (GiB, rounded down by the
 * browser and capped at 8; Chromium only). Null where the browser does not say.
 */
export function memoryBudget(deviceMemoryGiB: number | undefined): number | null {
  if (deviceMemoryGiB === undefined || !(deviceMemoryGiB > 0)) return null;
  return deviceMemoryGiB * GIB * DEVICE_SHARE;
}

/** Why a run that needs `neededBytes` is refused on this device; null when it fits. */
export function memoryProblem(neededBytes: number, budgetBytes: number | null): string | null {
  if (budgetBytes === null || neededBytes <= budgetBytes) return null;
  const device = formatBytes(budgetBytes / DEVICE_SHARE);
  return `These settings need about ${formatBytes(neededBytes)} of memory at once. This device reports ${device}, and the notebook keeps one experiment under a quarter of that (${formatBytes(budgetBytes)}): choose a smaller size.`;
}

export function formatBytes(bytes: number): string {
  return bytes >= GIB
    ? `${Number((bytes / GIB).toPrecision(3))} GiB`
    : `${Math.ceil(bytes / 2 ** 20).toLocaleString("en")} MiB`;
}
