/**
 * A pipe between Python processes that each run in a Web Worker: whole messages (pickle bytes)
 * in a ring of shared memory. Any number of processes may write and read it, as CPython's
 * `SimpleQueue` (a pipe and two locks) allows: a message is written whole under the write lock
 * and read whole under the read lock, so two readers never split one.
 *
 * A message longer than the ring streams through it, as through an OS pipe: its writer keeps the
 * write lock, and its reader the read lock, from its first bytes to its last, across as many
 * calls as it takes; each call moves what fits. `tryWrite` returns true once the last byte is in,
 * and must be offered the same message again until then; `tryRead` returns the message once its
 * last byte is out.
 *
 * Nothing here blocks for long: `tryWrite` and `tryRead` either succeed or return at once, and
 * the waits take a time limit, so the Python loop around them keeps checking for Stop
 * (`KeyboardInterrupt`) and for processes that died.
 *
 * @example
 * const pipe = SharedPipe.create(1 << 20);
 * pipe.tryWrite(new Uint8Array([1, 2, 3])); // true
 * pipe.tryRead(); // Uint8Array [1, 2, 3]
 */
export class SharedPipe {
  /**
   * Int32 slots of the header: two locks, the bytes read and written so far (mod 2³²), and how
   * many readers are watching the ring right now (spinning, not asleep).
   */
  private static readonly READ_LOCK = 0;
  private static readonly WRITE_LOCK = 1;
  private static readonly HEAD = 2;
  private static readonly TAIL = 3;
  private static readonly WATCHING = 4;
  private static readonly HEADER_SLOTS = 5;
  private static readonly HEADER_BYTES = 32;
  static readonly LENGTH_BYTES = 4;
  /**
   * How long a reader watches an empty ring before it sleeps. On this 2-core machine an empty
   * `Pool.apply` round trip went from 230–280 µs to 110–170 µs with 0.2 ms (a bare pipe echo:
   * 165 µs asleep, 80 µs with 0.05 ms, 60 µs with 0.2 ms); an idle process spends at most this
   * much CPU each time it runs out of messages.
   */
  private static readonly SPIN_MS = 0.2;

  private readonly header: Int32Array;
  private readonly ring: Uint8Array;
  /** A message longer than the ring that this process is part-way through writing or reading. */
  private writing: Streamed | null = null;
  private reading: Streamed | null = null;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, SharedPipe.HEADER_SLOTS);
    this.ring = new Uint8Array(buffer, SharedPipe.HEADER_BYTES);
  }

  /** `capacity` is a power of two, so that positions counted mod 2³² stay aligned on the ring. */
  static create(capacity: number): SharedPipe {
    if (!Number.isInteger(Math.log2(capacity))) {
      throw new RangeError(`A pipe's capacity is a power of two, not ${capacity}.`);
    }
    return new SharedPipe(new SharedArrayBuffer(SharedPipe.HEADER_BYTES + capacity));
  }

  /** True when a message's bytes wait to be read (all of them, unless it streams). */
  get readable(): boolean {
    return this.used() > 0;
  }

  /** Writes the message whole, or nothing when the ring lacks room for it now. */
  tryWrite(message: Uint8Array): boolean {
    const needed = SharedPipe.LENGTH_BYTES + message.length;
    if (this.writing || needed > this.ring.length) return this.writeStreamed(message);
    if (!this.tryLock(SharedPipe.WRITE_LOCK)) return false;
    try {
      if (this.ring.length - this.used() < needed) return false;
      const tail = Atomics.load(this.header, SharedPipe.TAIL) >>> 0;
      this.copyIn(tail, lengthBytes(message.length));
      this.copyIn(tail + SharedPipe.LENGTH_BYTES, message);
      Atomics.add(this.header, SharedPipe.TAIL, needed);
      this.wakeAReader();
      return true;
    } finally {
      this.unlock(SharedPipe.WRITE_LOCK);
    }
  }

  /** The oldest message, or null when none is waiting (or a longer one is not through yet). */
  tryRead(): Uint8Array | null {
    if (this.reading) return this.readStreamed();
    if (!this.tryLock(SharedPipe.READ_LOCK)) return null;
    let streams = false;
    try {
      if (this.used() === 0) return null;
      const head = Atomics.load(this.header, SharedPipe.HEAD) >>> 0;
      const length = this.copyOut(head, SharedPipe.LENGTH_BYTES);
      const size = new DataView(length.buffer).getUint32(0, true);
      if (SharedPipe.LENGTH_BYTES + size > this.ring.length) {
        // Longer than the ring: read as it comes, the read lock kept until the end.
        this.advance(SharedPipe.HEAD, SharedPipe.LENGTH_BYTES);
        this.reading = { message: new Uint8Array(size), done: 0 };
        streams = true;
        return this.readStreamed();
      }
      const message = this.copyOut(head + SharedPipe.LENGTH_BYTES, size);
      this.advance(SharedPipe.HEAD, SharedPipe.LENGTH_BYTES + size);
      // More waits behind it: another reader may take it while this one works.
      if (this.used() > 0) this.wakeAReader();
      return message;
    } finally {
      if (!streams) this.unlock(SharedPipe.READ_LOCK);
    }
  }

  /**
   * The oldest message; when none is waiting, waits up to `ms` for one (`waitReadable`) and looks
   * once more. One call where Python made three: each call from Python into JavaScript costs
   * microseconds, and a `Pool.apply` round trip waits in two reads.
   */
  readWithin(ms: number): Uint8Array | null {
    const message = this.tryRead();
    if (message || ms <= 0) return message;
    this.waitReadable(ms);
    return this.tryRead();
  }

  /** Moves as much of a message longer than the ring as fits now; true once all of it is in. */
  private writeStreamed(message: Uint8Array): boolean {
    if (!this.writing) {
      if (!this.tryLock(SharedPipe.WRITE_LOCK)) return false;
      this.writing = { message, done: -SharedPipe.LENGTH_BYTES };
    } else if (this.writing.message.length !== message.length) {
      throw new Error("A message longer than the pipe must be offered again until it is written.");
    }
    const writing = this.writing;
    let free = this.ring.length - this.used();
    let tail = Atomics.load(this.header, SharedPipe.TAIL) >>> 0;
    const start = tail;
    if (writing.done < 0) {
      if (free < SharedPipe.LENGTH_BYTES) return false;
      this.copyIn(tail, lengthBytes(message.length));
      tail += SharedPipe.LENGTH_BYTES;
      free -= SharedPipe.LENGTH_BYTES;
      writing.done = 0;
    }
    const part = Math.min(free, message.length - writing.done);
    this.copyIn(tail, message.subarray(writing.done, writing.done + part));
    writing.done += part;
    this.advance(SharedPipe.TAIL, tail + part - start);
    if (writing.done < message.length) return false;
    this.writing = null;
    this.unlock(SharedPipe.WRITE_LOCK);
    return true;
  }

  /** Takes what has come of the message being read; the message once all of it has. */
  private readStreamed(): Uint8Array | null {
    const reading = this.reading as Streamed;
    const part = Math.min(this.used(), reading.message.length - reading.done);
    const head = Atomics.load(this.header, SharedPipe.HEAD) >>> 0;
    reading.message.set(this.copyOut(head, part), reading.done);
    reading.done += part;
    this.advance(SharedPipe.HEAD, part);
    if (reading.done < reading.message.length) return null;
    this.reading = null;
    this.unlock(SharedPipe.READ_LOCK);
    return reading.message;
  }

  /**
   * Returns when something was written since the ring was last seen empty, or after `ms`. It
   * watches the ring for `SPIN_MS` before it sleeps: a sleeping reader costs its writer a wake-up
   * in the kernel, and then takes its own time to wake, about 50 µs of a round trip on this
   * machine's virtual cores. Pool workers and their parent answer each other sooner than that.
   */
  waitReadable(ms: number): void {
    if (!this.reading && Atomics.load(this.header, SharedPipe.READ_LOCK) === 1) {
      // Another reader is taking a message that streams: nothing is ours until it is through.
      Atomics.wait(this.header, SharedPipe.READ_LOCK, 1, ms);
      return;
    }
    Atomics.add(this.header, SharedPipe.WATCHING, 1);
    const spinUntil = performance.now() + Math.min(ms, SharedPipe.SPIN_MS);
    while (this.used() === 0 && performance.now() < spinUntil) {}
    Atomics.sub(this.header, SharedPipe.WATCHING, 1);
    const tail = Atomics.load(this.header, SharedPipe.TAIL);
    if (this.used() === 0) Atomics.wait(this.header, SharedPipe.TAIL, tail, ms);
  }

  /**
   * After a message is written, or taken with more behind it: wakes one sleeping reader, unless a
   * reader is watching the ring and will see it. Waking every reader for every message, as this
   * did, woke a `Pool(2)`'s idle worker for each of the other's tasks, to spin and go back to
   * sleep, on a 2-core machine where the parent and the busy worker needed both cores: an empty
   * `Pool.apply` took 210–250 µs with two workers against 65–100 µs with one.
   *
   * Watchers stop watching before they load TAIL and sleep on it, so a message written after
   * that load fails their `Atomics.wait` at once, and one written before it was seen.
   */
  private wakeAReader(): void {
    if (Atomics.load(this.header, SharedPipe.WATCHING) === 0) {
      Atomics.notify(this.header, SharedPipe.TAIL, 1);
    }
  }

  /** Returns when a reader took a message, or after `ms`. */
  waitWritable(ms: number): void {
    const head = Atomics.load(this.header, SharedPipe.HEAD);
    Atomics.wait(this.header, SharedPipe.HEAD, head, ms);
  }

  /** Moves HEAD or TAIL on by `bytes` and wakes whoever waits on it. */
  private advance(slot: number, bytes: number): void {
    Atomics.add(this.header, slot, bytes);
    Atomics.notify(this.header, slot);
  }

  private used(): number {
    const head = Atomics.load(this.header, SharedPipe.HEAD);
    const tail = Atomics.load(this.header, SharedPipe.TAIL);
    return (tail - head) >>> 0;
  }

  private copyIn(position: number, bytes: Uint8Array): void {
    const start = position % this.ring.length;
    const first = Math.min(bytes.length, this.ring.length - start);
    this.ring.set(bytes.subarray(0, first), start);
    this.ring.set(bytes.subarray(first), 0);
  }

  private copyOut(position: number, size: number): Uint8Array {
    const start = position % this.ring.length;
    const first = Math.min(size, this.ring.length - start);
    const out = new Uint8Array(size);
    out.set(this.ring.subarray(start, start + first), 0);
    out.set(this.ring.subarray(0, size - first), first);
    return out;
  }

  /**
   * Takes the lock, waiting up to about a millisecond: a copy's critical section is far shorter.
   * False when another process holds it for longer (it is streaming a message through): the
   * caller returns as if the ring were full or empty, and Python waits a slice and comes back.
   */
  private tryLock(slot: number): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (Atomics.compareExchange(this.header, slot, 0, 1) === 0) return true;
      Atomics.wait(this.header, slot, 1, 0.5);
    }
    return Atomics.compareExchange(this.header, slot, 0, 1) === 0;
  }

  private unlock(slot: number): void {
    Atomics.store(this.header, slot, 0);
    Atomics.notify(this.header, slot);
  }
}

/** A message longer than the ring, and how many of its bytes have gone through (-4: none). */
interface Streamed {
  message: Uint8Array;
  done: number;
}

function lengthBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(SharedPipe.LENGTH_BYTES);
  new DataView(bytes.buffer).setUint32(0, length, true);
  return bytes;
}
