/**
 * Fetches a WebAssembly module's file and says which file failed, and how, in a reader's words:
 * `fetch` alone rejects with a bare "TypeError: Failed to fetch".
 */
export async function fetchWasm(url: URL): Promise<Response> {
  const file = url.pathname.split("/").at(-1) ?? url.pathname;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      `Could not load the WebAssembly module ${file}: the network request failed. Check the connection and reload the page.`,
    );
  }
  if (!response.ok) {
    throw new Error(
      `Could not load the WebAssembly module ${file}: the server answered ${response.status} ${response.statusText}.`,
    );
  }
  return response;
}
