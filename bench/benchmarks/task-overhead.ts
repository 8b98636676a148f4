import { type EchoClient, echoClients } from "./echo-clients";
import type { Row } from "./row";
import { medianTimes } from "./timing";

const WARM_UP_CALLS = 300;
const CALLS_PER_BATCH = 2_000;
const BATCHES = 7;

/**
 * Task overhead: what one empty task costs, round trip, when each call is awaited before the
 * next is sent, so nothing overlaps and the time is all messaging and bookkeeping. Subjects: a
 * raw worker echoing `postMessage` (the floor), a Comlink call, a Corelab `WorkerPool` of one
 * worker (`apply("identity", 0)`) and a workerpool pool of one worker (`exec("identity")`).
 * Every worker is started and has answered once before the clock; each subject then gets
 * 300 warm-up calls, and batches of 2,000 calls are timed, interleaved across subjects. The row
 * is the median over 7 batches of batch time / calls, in µs.
 */
export async function taskOverhead(): Promise<Row[]> {
  const clients: EchoClient[] = [];
  try {
    for (const start of echoClients) clients.push(await start());
    const batches = await medianTimes(
      clients.map((client) => ({
        subject: client.subject,
        warmUp: () => callSequentially(client, WARM_UP_CALLS),
        run: () => callSequentially(client, CALLS_PER_BATCH),
      })),
      BATCHES,
    );
    return batches.map(({ timed, medianMs }) => ({
      metric: "task-overhead-us",
      subject: timed.subject,
      value: (medianMs * 1_000) / CALLS_PER_BATCH,
      unit: "µs",
    }));
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

async function callSequentially(client: EchoClient, calls: number): Promise<void> {
  for (let i = 0; i < calls; i++) await client.call();
}
