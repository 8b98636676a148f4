import { CompileError } from "../errors";

/** One message of `getCompilationInfo()`, the fields a reader needs. */
export interface ShaderMessage {
  type: "error" | "warning" | "info";
  lineNum: number;
  linePos: number;
  message: string;
}

/** "poly.wgsl:12:5: error: …", one line per error, so a reader can find it in the shader. */
export function describeShaderErrors(file: string, messages: readonly ShaderMessage[]): string {
  return messages
    .filter((m) => m.type === "error")
    .map((m) => `${file}:${m.lineNum}:${m.linePos}: error: ${m.message}`)
    .join("\n");
}

/**
 * Compiles a WGSL module. If it has errors, throws a CompileError at the first one, whose
 * message is every error as describeShaderErrors words them.
 */
export async function compileShader(
  device: GPUDevice,
  file: string,
  code: string,
): Promise<GPUShaderModule> {
  const module = device.createShaderModule({ label: file, code });
  const { messages } = await module.getCompilationInfo();
  const errors = describeShaderErrors(file, messages);
  const first = messages.find((message) => message.type === "error");
  if (first) throw new CompileError(errors, first.lineNum, first.linePos);
  return module;
}

/** One error of a shader's compile error message, located in the source. */
export interface LocatedShaderError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The errors of a message made by describeShaderErrors, so a cell can point at each line. */
export function parseShaderErrors(text: string): LocatedShaderError[] {
  return [...text.matchAll(/^(.+):(\d+):(\d+): error: (.*)$/gm)].map((match) => ({
    file: match[1] as string,
    line: Number(match[2]),
    column: Number(match[3]),
    message: match[4] as string,
  }));
}
