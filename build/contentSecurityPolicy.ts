import type { Plugin } from "vite";

type Directives = Record<string, string[]>;

/**
 * What the notebook's pages may load: scripts, workers, WebAssembly and connections from its
 * own origin only, and no inline script. Styles allow 'unsafe-inline' because Observable Plot
 * writes a `<style>` element into every chart and React writes `style` attributes.
 * 'wasm-unsafe-eval' lets WebAssembly compile; it does not allow `eval` of JavaScript. Images
 * may also be `data:` (the code editor's lint markers) and `blob:` (a chart drawn into a PNG):
 * both are made by the page itself, never fetched.
 */
const page: Directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "worker-src": ["'self'"],
  "connect-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

/** Directives a `<meta>` policy cannot carry (the browser ignores them there). */
const headerOnly: Directives = { "frame-ancestors": ["'none'"] };

/**
 * Workers take their policy from their own script's response. They compile the reader's task
 * code with indirect eval (workers/compile.ts), so only they get 'unsafe-eval': the page's
 * thread never evaluates text as code.
 */
const worker: Directives = {
  ...page,
  "script-src": ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
};

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export const pagePolicy = serialize({ ...page, ...headerOnly });
export const workerPolicy = serialize({ ...worker, ...headerOnly });
const metaPolicy = serialize(page);

/** The header a response gets, chosen by what requested it (`Sec-Fetch-Dest`). */
export function policyFor(destination: string | undefined): string {
  return destination === "worker" || destination === "sharedworker" ? workerPolicy : pagePolicy;
}

/**
 * The policy on the production build: a header from `vite preview` (per destination, which
 * `preview.headers` cannot do), and a `<meta>` in index.html for static hosts until the service
 * worker adds the header. Not on the dev server: its React refresh preamble is an inline script.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "corelab:content-security-policy",
    apply: (_config, env) => env.command === "build" || env.isPreview === true,
    // Right after the charset, before any script or stylesheet, so the policy covers them all.
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html needs ${charset} for the policy`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader("Content-Security-Policy", policyFor(request.headers["sec-fetch-dest"]));
        next();
      });
    },
  };
}
