/// <reference lib="webworker" />

import { expose } from "comlink";

/** What the Comlink worker offers: an empty task, as the pools' `identity` kernel is. */
export interface IdentityApi {
  identity(item: unknown): unknown;
}

const api: IdentityApi = { identity: (item) => item };
expose(api);
