import type { MDXProps } from "mdx/types";
import type { ComponentType } from "react";
import type { Capability } from "../kit";

export interface LessonEntry {
  slug: string;
  title: string;
  /** One line for the contents page. */
  summary: string;
  /** Capabilities some of its experiments need; the environment panel names the lesson. */
  uses: Capability[];
  load(): Promise<{ default: ComponentType<MDXProps> }>;
}

/** Every lesson, in reading order. Each is loaded only when opened. */
export const lessons: LessonEntry[] = [
  {
    slug: "why-parallel",
    title: "Why parallel?",
    summary:
      "Amdahl's law, then your own cores: count primes on the page's thread, in one worker, and in a pool.",
    uses: [],
    load: () => import("./why-parallel/index.mdx"),
  },
  {
    slug: "gil",
    title: "The GIL: threads versus processes",
    summary:
      "Why Python threads do not speed up number crunching and processes do: a GIL you can watch, on CPU-bound, I/O-bound and mixed work.",
    uses: ["sharedMemory"],
    load: () => import("./gil/index.mdx"),
  },
  {
    slug: "pools",
    title: "Pools: map, imap and imap_unordered",
    summary:
      "Start workers once and reuse them; when each map variant hands you results; how many workers to use.",
    uses: [],
    load: () => import("./pools/index.mdx"),
  },
  {
    slug: "chunk-size",
    title: "Chunk size",
    summary:
      "How many tasks per message: tiny tasks want big chunks, uneven tasks small ones, big data small ones too.",
    uses: [],
    load: () => import("./chunk-size/index.mdx"),
  },
  {
    slug: "pitfalls",
    title: "Pitfalls of parallel code",
    summary:
      "Six ways a pool makes code slower or wrong, each measured live: pickling, big data, repeated work, nested pools, races, the inner loop.",
    uses: ["sharedMemory"],
    load: () => import("./pitfalls/index.mdx"),
  },
  {
    slug: "vectorization",
    title: "Vectorization: from loops to SIMD",
    summary:
      "f(x) = x + x² + x³ over millions of floats: a JS loop, WebAssembly, SIMD, a pool, WASM threads, against a plain copy of the same floats; why first calls are slow; Monte Carlo π in SIMD lanes.",
    uses: ["sharedMemory", "wasmSimd", "wasmThreads"],
    load: () => import("./vectorization/index.mdx"),
  },
  {
    slug: "gpus",
    title: "GPUs: when the transfer costs more than the work",
    summary:
      "f(x) over millions of floats on the GPU through WebGPU: upload, compute and readback timed apart, the size where the GPU wins, the asynchronous-timing trap, workgroup sizes.",
    uses: ["webgpu"],
    load: () => import("./gpus/index.mdx"),
  },
];

export function findLesson(slug: string): { lesson: LessonEntry; index: number } | null {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  const lesson = lessons[index];
  return lesson ? { lesson, index } : null;
}
