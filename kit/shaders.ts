import type { ShaderSource } from "../common/wire";
import polyShader from "../workers/shaders/poly.wgsl?raw";
import reduceShader from "../workers/shaders/reduce-sum.wgsl?raw";

// Apart from series.ts, which the end-to-end tests import in Node, where `?raw` does not load.

/** f(x) = x + x² + x³, one invocation per float; errors are reported under this file name. */
export const POLY_SHADER: ShaderSource = { name: "workers/shaders/poly.wgsl", code: polyShader };

/** The sum of N floats as a tree in workgroup-shared memory, 512 floats per workgroup. */
export const REDUCE_SHADER: ShaderSource = {
  name: "workers/shaders/reduce-sum.wgsl",
  code: reduceShader,
};

/** What a run sends the GPU worker: the reader's edit of the shader under its file's name, or it. */
export const shaderToRun = (original: ShaderSource, editedCode: string | null): ShaderSource =>
  editedCode === null ? original : { name: original.name, code: editedCode };
