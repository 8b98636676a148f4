/** The series of the Monte Carlo π chart, in the order they run at each size. */
export const PI_SERIES = {
  js: "JS loop",
  scalar: "WASM scalar",
  simd: "WASM SIMD",
} as const;
