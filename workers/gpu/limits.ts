/** The two device limits a storage buffer must fit. */
export interface BufferLimits {
  maxStorageBufferBindingSize: number;
  maxBufferSize: number;
}

/** Thrown before allocating a buffer the device could not hold; the message gives its limits. */
export class BufferTooLargeError extends Error {
  override name = "BufferTooLargeError";
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Throws BufferTooLargeError unless a storage buffer of `bytes` fits the device. */
export function checkBufferSize(bytes: number, limits: BufferLimits): void {
  const reason = bufferTooLarge(bytes, limits);
  if (reason) throw new BufferTooLargeError(reason);
}

/**
 * Why a storage buffer of `bytes` cannot be made on this device, or null when it fits. Checked
 * before allocating: an oversized buffer would otherwise only show up as a validation error.
 */
export function bufferTooLarge(bytes: number, limits: BufferLimits): string | null {
  const limit = Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
  if (bytes <= limit) return null;
  // Bytes as well as MiB: just over the limit, both round to the same MiB.
  const size = (n: number) => `${n.toLocaleString("en")} bytes (${megabytes(n)})`;
  return `The array needs a GPU buffer of ${size(bytes)}, but this device allows at most ${size(limit)} per buffer (maxStorageBufferBindingSize ${megabytes(limits.maxStorageBufferBindingSize)}, maxBufferSize ${megabytes(limits.maxBufferSize)}). Choose a smaller size.`;
}

/** Workgroups for `invocations`, laid out in rows of at most 65,535 (the per-dimension limit). */
export function dispatchSize(
  invocations: number,
  workgroupSize: number,
  maxPerDimension = 65_535,
): [number, number] {
  const groups = Math.ceil(invocations / workgroupSize);
  const x = Math.min(groups, maxPerDimension);
  return [x, Math.ceil(groups / x)];
}
