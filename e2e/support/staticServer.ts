import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
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

/**
 * Serves a folder like a plain static host (GitHub Pages, a course server): files only, no
 * COOP/COEP headers. Listens on loopback only.
 */
export async function serveStatic(root: string, port: number): Promise<Server> {
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
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

/**
 * Serves the production build as a plain static host on `port` for the tests of the file that
 * calls it, and returns its address.
 */
export function plainStaticHost(port: number): string {
  let server: Server;
  test.beforeAll(async () => {
    server = await serveStatic("dist", port);
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://localhost:${port}`;
}
