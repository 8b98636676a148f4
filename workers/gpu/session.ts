import { CompileError } from "../../common/errors";
import { type GpuHost, GpuUnavailableError, gpuHost } from "../../common/gpu/adapter";
import type {
  FromGpuWorker,
  GpuDeviceInfo,
  GpuKernel,
  GpuRefusal,
  PassCheck,
  ToGpuWorker,
} from "../../common/wire";
import { sampledMatmulError } from "../kernels/matmul";
import { maxRelativeError, polyLoop, stridedChecksum } from "../kernels/poly";
import { seededFloats } from "../kernels/seeded";
import { sumFloats } from "../kernels/sum";
import { BufferTooLargeError } from "./limits";
import { LoopLimitError } from "./loopGuardFlag";
import { GpuMatmul } from "./matmul";
import { GpuPoly } from "./polyPass";
import { GpuReduce } from "./reducePass";

/** A kernel ready to run: its pipelines and buffers, and the seeded inputs. */
interface Prepared {
  kernel: GpuKernel;
  host: GpuHost;
  /** poly: one per workgroup size; reduce: one, under 0. */
  passes: Map<number, GpuPoly | GpuReduce>;
  input: Float32Array;
  output: Float32Array;
  /** reduce: the float64 sum per length, computed once, after the clock. */
  exactSums: Map<number, number>;
}

/** The matrix multiply, ready: its pipeline, and A and B already on the GPU. */
interface PreparedMatmul {
  host: GpuHost;
  pass: GpuMatmul;
  a: Float32Array;
  b: Float32Array;
  n: number;
}

/**
 * What the GPU worker does with each message (workers/gpu/gpu-worker.ts is only the shim). One
 * kernel (or the matrix multiply) is prepared at a time; preparing another frees the last one's
 * buffers.
 */
export class GpuSession {
  private prepared: Prepared | null = null;
  private matmul: PreparedMatmul | null = null;

  async handle(message: ToGpuWorker): Promise<FromGpuWorker> {
    try {
      switch (message.type) {
        case "prepare":
          return await this.prepare(message);
        case "run":
          return await this.run(message);
        case "prepare-matmul":
          return await this.prepareMatmul(message);
        case "multiply":
          return await this.multiply();
        case "lose-device": {
          const { device } = await gpuHost();
          device.destroy();
          await device.lost;
          return { type: "device-destroyed" };
        }
        default: {
          const unknown: never = message;
          throw new Error(`Unknown message ${JSON.stringify(unknown)}`);
        }
      }
    } catch (error) {
      return this.refusal(error);
    }
  }

  private async prepare(message: Extract<ToGpuWorker, { type: "prepare" }>) {
    this.free();
    const host = await gpuHost();
    const { kernel, shader, maxFloats, workgroupSizes } = message;
    const passes = new Map<number, GpuPoly | GpuReduce>();
    // Stored before building, so that whatever was built is freed if a later step throws.
    this.prepared = {
      kernel,
      host,
      passes,
      input: new Float32Array(0),
      output: new Float32Array(0),
      exactSums: new Map(),
    };
    // Every pipeline checks the size against the device's limits before allocating anything.
    if (kernel === "reduce") {
      passes.set(0, await GpuReduce.prepare(host, shader, maxFloats));
    } else {
      for (const size of workgroupSizes) {
        passes.set(size, await GpuPoly.prepare(host, shader, maxFloats, size));
      }
    }
    this.prepared.input = seededFloats(maxFloats, message.seed, new Float32Array(maxFloats));
    this.prepared.output = new Float32Array(kernel === "poly" ? maxFloats : 0);
    return { type: "prepared", device: deviceInfo(host) } as const;
  }

  private async run(message: Extract<ToGpuWorker, { type: "run" }>): Promise<FromGpuWorker> {
    const { prepared } = this;
    if (!prepared || prepared.kernel !== message.kernel) {
      throw new Error(`Prepare the ${message.kernel} kernel before running it.`);
    }
    const { length } = message;
    if (length < 1 || length > prepared.input.length) {
      throw new Error(`Only 1 to ${prepared.input.length} floats were prepared, not ${length}.`);
    }
    if (prepared.host.lost) throw new Error("The device is lost.");
    const input = prepared.input.subarray(0, length);
    const output = prepared.output.subarray(0, length);
    const key = message.kernel === "reduce" ? 0 : message.workgroupSize;
    const pass = prepared.passes.get(key);
    if (!pass) throw new Error(`No pipeline for workgroup size ${key} was prepared.`);

    const start = performance.now();
    if (message.on === "cpu") {
      // The same work as a plain JS loop on the same inputs, in this worker.
      let sum = 0;
      if (prepared.kernel === "reduce") sum = sumFloats(input, length);
      else polyLoop(input, output, 0, length);
      const totalMs = performance.now() - start;
      return { type: "ran", totalMs, check: this.check(input, output, sum) };
    }
    if (pass instanceof GpuReduce) {
      const { sum, times } = await pass.run(input);
      const totalMs = performance.now() - start;
      return { type: "ran", totalMs, phases: times, check: this.check(input, output, sum) };
    }
    const times = await pass.run(input, output);
    const totalMs = performance.now() - start;
    return { type: "ran", totalMs, phases: times, check: this.check(input, output, 0) };
  }

  private async prepareMatmul(message: Extract<ToGpuWorker, { type: "prepare-matmul" }>) {
    this.free();
    const host = await gpuHost();
    const { n, seed } = message;
    const pass = await GpuMatmul.prepare(host, message.shader, n);
    const a = seededFloats(n * n, seed, new Float32Array(n * n));
    const b = seededFloats(n * n, seed + 1, new Float32Array(n * n));
    this.matmul = { host, pass, a, b, n };
    await pass.upload(a, b);
    return { type: "prepared", device: deviceInfo(host) } as const;
  }

  private async multiply(): Promise<FromGpuWorker> {
    const { matmul } = this;
    if (!matmul) throw new Error("Prepare the matrix multiply before running it.");
    if (matmul.host.lost) throw new Error("The device is lost.");
    const start = performance.now();
    await matmul.pass.compute();
    const computeMs = performance.now() - start;
    const c = await matmul.pass.readback();
    const maxRelativeError = sampledMatmulError(matmul.a, matmul.b, c, matmul.n);
    return { type: "multiplied", computeMs, maxRelativeError };
  }

  /** Compares the pass's output with the same work in JS (in doubles), after the clock. */
  private check(input: Float32Array, output: Float32Array, sum: number): PassCheck {
    const prepared = this.prepared as Prepared;
    const { length } = input;
    if (prepared.kernel === "poly") {
      return {
        kernel: "poly",
        maxRelativeError: maxRelativeError(input, output, length),
        checksum: stridedChecksum(output, 0, length),
      };
    }
    let exactSum = prepared.exactSums.get(length);
    if (exactSum === undefined) {
      exactSum = sumFloats(input, length);
      prepared.exactSums.set(length, exactSum);
    }
    return { kernel: "reduce", sum, exactSum };
  }

  /** A refusal the page can explain, or a plain failure for anything unexpected. */
  private async refusal(error: unknown): Promise<FromGpuWorker> {
    const message = error instanceof Error ? error.message : String(error);
    const refused = (reason: GpuRefusal, text = message) =>
      ({ type: "refused", reason, message: text }) as const;
    if (error instanceof GpuUnavailableError) return refused("unavailable");
    if (error instanceof CompileError) {
      return refused("compile", `The shader did not compile:\n${error.compilerMessage}`);
    }
    if (error instanceof BufferTooLargeError) return refused("too-large");
    if (error instanceof LoopLimitError) return refused("loop-limit");
    const host = this.prepared?.host ?? this.matmul?.host;
    // A lost device fails whatever was waiting on it (mapAsync rejects), usually a moment
    // before `device.lost` resolves: give it that moment before deciding what happened.
    if (host && !host.lost) {
      await Promise.race([host.device.lost, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    if (host?.lost) {
      this.free();
      return refused(
        "device-lost",
        `The GPU device was lost (${host.lost}), so this run stopped. Run again: the next run starts on a new device.`,
      );
    }
    return { type: "failed", message };
  }

  private free(): void {
    for (const pass of this.prepared?.passes.values() ?? []) pass.destroy();
    this.prepared = null;
    this.matmul?.pass.destroy();
    this.matmul = null;
  }
}

function deviceInfo({ emulated, timestamps, generation, device }: GpuHost): GpuDeviceInfo {
  const { maxStorageBufferBindingSize, maxBufferSize } = device.limits;
  const maxBufferBytes = Math.min(maxStorageBufferBindingSize, maxBufferSize);
  return { emulated, timestamps, generation, maxBufferBytes };
}
