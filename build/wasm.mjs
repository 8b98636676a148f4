import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * `npm run build:wasm`: compiles the AssemblyScript of workers/wasm/ into workers/wasm/build/
 * (not committed). `npm start` and every build run it first, so it compiles a module only when
 * its source, or this file, is newer than the module: a checkout that has built once starts in
 * seconds. Plain JavaScript because Node 20 cannot run TypeScript.
 */

// The paths below are from the project's root, wherever this is run from.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

const SIMD = { name: "SIMD", flags: ["--enable", "simd"] };
/**
 * For pool workers that share one `WebAssembly.Memory`, which the page creates and each worker
 * imports; workers/vectorize/host/wasmModules.ts declares the same maximum.
 */
const THREADS = {
  name: "threads",
  flags: [
    ...["--enable", "threads", "--sharedMemory", "--importMemory"],
    ...["--initialMemory", "1", "--maximumMemory", "4096"],
  ],
};
const EVERY_MODULE = ["--optimize", "--runtime", "stub", "--noAssert"];

const MODULES = [
  { source: "poly.ts", output: "poly.wasm", features: [SIMD] },
  { source: "matmul.ts", output: "matmul.wasm", features: [SIMD] },
  { source: "poly.ts", output: "poly-threads.wasm", features: [SIMD, THREADS] },
  { source: "matmul.ts", output: "matmul-threads.wasm", features: [SIMD, THREADS] },
  { source: "pi.ts", output: "pi.wasm", features: [SIMD] },
  { source: "primes.ts", output: "primes.wasm", features: [] },
];

const modifiedAt = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity;
const thisScriptModifiedAt = modifiedAt(fileURLToPath(import.meta.url));

const stale = MODULES.map(({ source, output, features }) => ({
  source: `workers/wasm/${source}`,
  output: `workers/wasm/build/${output}`,
  features,
})).filter(
  ({ source, output }) => modifiedAt(output) < Math.max(modifiedAt(source), thisScriptModifiedAt),
);

if (stale.length === 0) console.log("WebAssembly up to date");
else await compile(stale);

async function compile(modules) {
  // Imported only now: loading the compiler (Binaryen) alone takes seconds.
  const { default: asc } = await import("assemblyscript/asc");
  for (const { source, output, features } of modules) {
    const described = features.length ? ` (${features.map(({ name }) => name).join(", ")})` : "";
    console.log(`Building ${output}${described}…`);
    const flags = features.flatMap((feature) => feature.flags);
    const { error } = await asc.main([source, "--outFile", output, ...flags, ...EVERY_MODULE], {
      stdout: process.stdout,
      stderr: process.stderr,
    });
    if (error) {
      console.error(`${output}: ${error.message}`);
      process.exit(1);
    }
  }
}
