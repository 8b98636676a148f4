import type { ReactNode } from "react";
import { type Capabilities, type Capability, missingReason } from "../../common/capabilities";
import { DEVICE_SHARE, formatBytes } from "../../common/memory";
import { lessons } from "../../lessons";
import { lessonHref } from "../route/route";

interface Props {
  capabilities: Capabilities | null;
}

/** What this browser offers, and what each missing piece means for the lessons. */
export function EnvironmentPanel({ capabilities }: Props) {
  if (!capabilities) return <p>Looking at your browser…</p>;
  const { environment, gpu, sharedMemory } = capabilities;
  const microseconds = Math.round(environment.timerResolutionMs * 1000);
  return (
    <dl className="environment">
      <Fact name="Logical cores" value={String(environment.hardwareConcurrency)} ok>
        <code>navigator.hardwareConcurrency</code>: how many tasks a pool can run at once. Python's{" "}
        <code>os.cpu_count()</code> is the same number. Some browsers report fewer, for privacy.
      </Fact>
      <Fact
        name="Cross-origin isolation"
        value={yesNo(environment.crossOriginIsolated)}
        ok={environment.crossOriginIsolated}
      >
        Browsers keep SharedArrayBuffer and their finest timer for isolated pages.
      </Fact>
      <Fact name="Shared memory" value={yesNo(sharedMemory)} ok={sharedMemory}>
        <code>SharedArrayBuffer</code> and <code>Atomics</code>, tried: what Python's{" "}
        <code>multiprocessing.Value</code> and <code>Array</code> are to a pool.{" "}
        <Consequence capability="sharedMemory" capabilities={capabilities} />
      </Fact>
      <Fact name="Timer resolution" value={`${microseconds} µs (measured)`} ok={microseconds <= 20}>
        The smallest step of <code>performance.now()</code>. Browsers coarsen it against timing
        attacks: 5 µs when isolated, 100 µs otherwise. Runs shorter than a few steps are noise.
      </Fact>
      <Fact
        name="Memory for one experiment"
        value={
          capabilities.memoryBudgetBytes === null
            ? "not reported by this browser"
            : `${formatBytes(capabilities.memoryBudgetBytes)}: a quarter of the ${formatBytes(capabilities.memoryBudgetBytes / DEVICE_SHARE)} the browser reports`
        }
        ok
      >
        <code>navigator.deviceMemory</code>, rounded down and capped at 8 GiB by the browser. A size
        that needs more than this share is refused before anything is allocated, so a sweep never
        takes the tab down.
      </Fact>
      <Fact name="WebAssembly SIMD" value={yesNo(environment.wasmSimd)} ok={environment.wasmSimd}>
        <Consequence capability="wasmSimd" capabilities={capabilities} />
      </Fact>
      <Fact
        name="WebAssembly threads"
        value={yesNo(environment.wasmThreads)}
        ok={environment.wasmThreads}
      >
        <Consequence capability="wasmThreads" capabilities={capabilities} />
      </Fact>
      <Fact
        name="WebGPU"
        value={
          gpu.available
            ? `${gpu.info.emulated ? "CPU-emulated GPU" : "GPU"}: ${describeGpu(gpu.info)}`
            : "not available"
        }
        ok={gpu.available && !gpu.info.emulated}
      >
        {gpu.available && gpu.info.emulated && (
          <p>
            This adapter is software running on the CPU. GPU lessons run on it, but their timings
            say nothing about a real GPU and are labelled so.
          </p>
        )}
        <Consequence capability="webgpu" capabilities={capabilities} />
      </Fact>
    </dl>
  );
}

function Fact(props: { name: string; value: string; ok: boolean; children: ReactNode }) {
  return (
    <div className="fact" data-ok={props.ok}>
      <dt>{props.name}</dt>
      <dd>
        <strong>{props.value}</strong>
        <div className="fact-detail">{props.children}</div>
      </dd>
    </div>
  );
}

function Consequence({
  capability,
  capabilities,
}: {
  capability: Capability;
  capabilities: Capabilities;
}) {
  const reason = missingReason(capability, capabilities);
  if (!reason) return null;
  const affected = lessons.filter((lesson) => lesson.uses.includes(capability));
  return (
    <p>
      {reason}{" "}
      {affected.length === 0 ? (
        "No lesson here needs it yet."
      ) : (
        <>
          Affects:{" "}
          {affected.map((lesson, i) => (
            <span key={lesson.slug}>
              {i > 0 && ", "}
              <a href={lessonHref(lesson.slug)}>{lesson.title}</a>
            </span>
          ))}
          .
        </>
      )}
    </p>
  );
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

function describeGpu(info: { vendor: string; architecture: string; description: string }) {
  return (
    [info.vendor, info.architecture, info.description].filter(Boolean).join(" · ") ||
    "unnamed adapter"
  );
}
