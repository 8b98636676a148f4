import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { test } from "./fixtures";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** A static host a test started: its address and how to stop it. */
export interface StaticHost {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder like a plain static host (GitHub Pages, a course server): files only, no
 * COOP/COEP headers. Listens on loopback only, on a port the system finds free.
 */
export async function serveStatic(root: string): Promise<StaticHost> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = join(root, normalize(path === "/" ? "/index.html" : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves the production build as a plain static host for the tests of the file that calls it.
 * The returned function gives its address once the host has started (inside a test).
 */
export function plainStaticHost(): () => string {
  let host: StaticHost | undefined;
  test.beforeAll(async () => {
    host = await serveStatic("dist");
  });
  test.afterAll(async () => {
    await host?.close();
  });
  return () => {
    if (!host) throw new Error("the static host starts before the file's first test");
    return host.origin;
  };
}
