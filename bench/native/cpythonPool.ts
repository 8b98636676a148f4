import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { POOL_PROGRAM, type PoolProgramOutput } from "../benchmarks/poolProgram";
import type { Row } from "../benchmarks/row";
import { median } from "../benchmarks/timing";

const run = promisify(execFile);

/**
 * The tab's pool program (`benchmarks/poolProgram.ts`) in this machine's own `python3`, once with
 * the platform's default start method and once with `spawn` (the tab's), so that the tab's
 * `python-pool-start-ms` and `python-task-overhead-us` have native CPython beside them, measured
 * in the same run. Runs on Node, not in the page; no rows where there is no `python3`.
 */
export async function cpythonPool(): Promise<Row[]> {
  const version = await pythonVersion();
  if (version === null) return [];
  const folder = await mkdtemp(join(tmpdir(), "corelab-bench-"));
  try {
    const rows: Row[] = [];
    for (const method of ["default", "spawn"] as const) {
      const script = join(folder, `pool_${method}.py`);
      await writeFile(script, method === "spawn" ? withSpawn(POOL_PROGRAM) : POOL_PROGRAM);
      const { stdout } = await run("python3", [script], { timeout: 60_000 });
      const output: PoolProgramOutput = JSON.parse(stdout);
      const subject = `native CPython ${version} (${method === "spawn" ? "spawn" : "default start method"})`;
      rows.push(
        { metric: "python-pool-start-ms", subject, value: output.ready_ms, unit: "ms" },
        {
          metric: "python-task-overhead-us",
          subject,
          value: median(output.apply_batches_us),
          unit: "µs",
        },
      );
    }
    return rows;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function pythonVersion(): Promise<string | null> {
  try {
    const { stdout } = await run("python3", [
      "-c",
      "import platform; print(platform.python_version())",
    ]);
    return stdout.trim();
  } catch {
    return null;
  }
}

function withSpawn(program: string): string {
  const guard = 'if __name__ == "__main__":\n';
  if (!program.includes(guard))
    throw new Error("The pool program has no __main__ guard to put spawn under.");
  return program.replace(guard, `${guard}    mp.set_start_method("spawn")\n`);
}
