import { describe, expect, it, vi } from "vitest";
import { storageKeeper } from "./keepStorage";

function fakes(persisted: boolean, grant: boolean) {
  const values = new Map<string, string>();
  const memory = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
  let kept = persisted;
  const storage = {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => {
      kept = grant;
      return grant;
    }),
  };
  return { memory, storage };
}

describe("storageKeeper", () => {
  it("asks once, however often work is saved, and reports the answer", async () => {
    const { memory, storage } = fakes(false, true);
    const keeper = storageKeeper(storage, memory);
    const changed = vi.fn();
    keeper.onChange(changed);
    await Promise.all([keeper.askOnce(), keeper.askOnce()]);
    await keeper.askOnce();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(await keeper.persisted()).toBe(true);
  });

  it("does not ask again on a later visit, even when the browser said no", async () => {
    const { memory, storage } = fakes(false, false);
    await storageKeeper(storage, memory).askOnce();
    await storageKeeper(storage, memory).askOnce();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await storageKeeper(storage, memory).persisted()).toBe(false);
  });

  it("does not ask when the storage is persistent already", async () => {
    const { memory, storage } = fakes(true, true);
    await storageKeeper(storage, memory).askOnce();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it("says it cannot tell where the browser has no storage manager", async () => {
    const { memory } = fakes(false, false);
    const keeper = storageKeeper(undefined, memory);
    await keeper.askOnce();
    expect(await keeper.persisted()).toBeNull();
  });
});
