import { version } from "pyodide/package.json";

/**
 * Pyodide's memory snapshot of a booted interpreter, which the next ones start from: loading it
 * skips CPython's start-up (seconds in WebAssembly) and comes with the standard modules every
 * program imports already imported. The first boot of a page makes it; it is kept in Cache
 * Storage for the next visit, under this Pyodide version, outside the service worker's caches.
 */
const CACHE = "python-snapshot";
const KEY = `/python-snapshot/${version}`;

export class SnapshotKeeper {
  private image: Promise<Blob | null> | null = null;
  private made: ((image: Blob | null) => void) | null = null;

  /**
   * What a boot starts from: the image, or "make" for the first boot, or null (plainly). The
   * image is a Blob, which the page passes on without reading: its 31 MB are copied by the
   * workers that boot from it, never on the page's thread.
   */
  async forBoot(): Promise<Blob | "make" | null> {
    if (this.image) return this.image;
    this.image = new Promise((resolve) => {
      this.made = resolve;
    });
    const kept = await readKept();
    if (kept) {
      this.settle(kept);
      return kept;
    }
    return "make";
  }

  /** The first boot's image arrived (or null: it could not make one; later boots go plainly). */
  settle(image: Blob | null, keep = false): void {
    this.made?.(image);
    this.made = null;
    if (image && keep) void writeKept(image);
  }

  /** A boot from the image failed: it is dropped, and the next boot makes a new one. */
  async discard(): Promise<void> {
    this.settle(null);
    this.image = null;
    await globalThis.caches?.delete(CACHE).catch(() => false);
  }
}

async function readKept(): Promise<Blob | null> {
  try {
    const response = await (await caches.open(CACHE)).match(KEY);
    return response ? await response.blob() : null;
  } catch {
    return null; // no Cache Storage here (a private window, an insecure origin): boot plainly
  }
}

async function writeKept(image: Blob): Promise<void> {
  try {
    const cache = await caches.open(CACHE);
    for (const old of await cache.keys()) await cache.delete(old);
    await cache.put(KEY, new Response(image));
  } catch {
    // Not kept: the next visit makes it again.
  }
}

export const snapshots = new SnapshotKeeper();
