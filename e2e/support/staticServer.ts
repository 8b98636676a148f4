import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { policyFor } from "../../build/contentSecurityPolicy";
import { test } from "./fixtures";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".zip": "application/zip",
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

export interface StaticHostOptions {
  /**
   * Send what `npm run preview` sends: the COOP/COEP headers that make the page cross-origin
   * isolated, and the Content-Security-Policy chosen by `Sec-Fetch-Dest`.
   */
  isolated?: boolean;
  /** A script of the test's own, served at `path` and loaded by index.html before the app's. */
  headScript?: { path: string; code: string };
}

/**
 * Serves a folder like a plain static host (GitHub Pages, a course server): files only, no
 * COOP/COEP headers unless asked. Listens on loopback only, on a port the system finds free.
 */
export async function serveStatic(
  root: string,
  { isolated = false, headScript }: StaticHostOptions = {},
): Promise<StaticHost> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = join(root, normalize(path === "/" ? "/index.html" : path));
    const headers: Record<string, string> = isolated
      ? {
          "Cross-Origin-Opener-Policy": "same-origin",
          "Cross-Origin-Embedder-Policy": "require-corp",
          "Content-Security-Policy": policyFor(request.headers["sec-fetch-dest"] as string),
        }
      : {};
    if (headScript && path === headScript.path) {
      response.writeHead(200, { ...headers, "Content-Type": TYPES[".js"] });
      response.end(headScript.code);
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (headScript && extname(file) === ".html") {
        const tag = `<script src=".${headScript.path}"></script>`;
        body = body.toString("utf8").replace("</head>", `${tag}\n</head>`);
      }
      response.writeHead(200, {
        ...headers,
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
