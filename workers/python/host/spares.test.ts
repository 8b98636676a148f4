import { describe, expect, it, vi } from "vitest";

const boots: string[] = [];
vi.mock("./pythonProcess", () => ({
  PythonProcess: {
    boot: async (name: string) => {
      boots.push(name);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { name };
    },
  },
}));

// The module's shared instance reads the core count on import; Node 20 has no navigator.
vi.stubGlobal("navigator", { hardwareConcurrency: 2 });
const { InterpreterSpares } = await import("./spares");

describe("InterpreterSpares", () => {
  it("boots none while a program runs, then boots up to the target once it ends", async () => {
    boots.length = 0;
    const spares = new InterpreterSpares(3);
    let bootsDuringRun = -1;
    await spares.whileRunning(async () => {
      await spares.refill();
      await new Promise((resolve) => setTimeout(resolve, 10));
      bootsDuringRun = boots.length;
    });
    expect(bootsDuringRun).toBe(0);
    await spares.refill();
    expect(boots).toHaveLength(3);
  });

  it("shares one refill between callers, so it never boots past the target", async () => {
    boots.length = 0;
    const spares = new InterpreterSpares(2);
    await Promise.all([spares.refill(), spares.refill(), spares.refill()]);
    expect(boots).toHaveLength(2);
    const { warm } = await spares.take("main");
    expect(warm).toBe(true);
  });
});
