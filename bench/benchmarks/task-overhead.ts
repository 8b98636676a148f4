import { type EchoClient, echoClients } from "./echo-clients";
import type { Row } from "./row";
import { medianTimes } from "./timing";

const WARM_UP_CALLS = 300;
const CALLS_PER_BATCH = 1_000;
const BATCHES = 15;

/**
 * Task overhead: what one empty task costs, round trip, when each call is awaited before the
 * next is sent, so nothing overlaps and the time is all messaging and bookkeeping. Subjects: a
 * raw worker echoing `postMessage` (the floor), a Comlink call, a Corelab `WorkerPool` of one
 * worker (`apply("identity", 0)`) on its message path (`corelab`) and through shared memory
 * (`corelab-shared`), a workerpool pool of one worker (`exec("identity")`) and a
 * poolifier-web-worker fixed pool of one (`execute(0, "identity")`).
 * Every worker is started and has answered once before the clock; each subject then gets
 * 300 warm-up calls, and batches of 1,000 calls are timed, interleaved across subjects
 * (a, b, c, a, b, c…). The row is the median over 15 batches of batch time / calls, in µs,
 * with the batches' interquartile range as its spread.
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
    const perCall = (ms: number) => (ms * 1_000) / CALLS_PER_BATCH;
    return batches.map(({ timed, medianMs, q1Ms, q3Ms, rounds }) => ({
      metric: "task-overhead-us",
      subject: timed.subject,
      value: perCall(medianMs),
      unit: "µs",
      spread: { low: perCall(q1Ms), high: perCall(q3Ms), rounds },
    }));
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

async function callSequentially(client: EchoClient, calls: number): Promise<void> {
  for (let i = 0; i < calls; i++) await client.call();
}
