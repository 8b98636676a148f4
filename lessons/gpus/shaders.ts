import type { ShaderSource } from "../../workers/gpu-protocol";
import polyShader from "../../workers/shaders/poly.wgsl?raw";

// Apart from series.ts, which the end-to-end tests import in Node, where `?raw` does not load.

/** f(x) = x + x² + x³, one invocation per float; errors are reported under this file name. */
export const POLY_SHADER: ShaderSource = { name: "workers/shaders/poly.wgsl", code: polyShader };
