import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  MessageChannel,
  Worker,
  isMainThread,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import type { BinnedMatrix } from './feature-binning';
import { trainBoostedTrees, type BoostingParams, type BoostingResult } from './gradient-boosting';
import type { FeatureLayout } from './tree-layout';

const WORKER_KIND = 'crmpro-boosting-jobs';

/** One boosting run of a bag: the rows it learns from, the rows it stops early on, its settings. */
export interface BoostingJob {
  trainRows: Uint32Array;
  validRows: Uint32Array;
  params: BoostingParams;
}

interface WorkerInput {
  kind: typeof WORKER_KIND;
  bins: SharedArrayBuffer;
  rowCount: number;
  featureCount: number;
  labels: SharedArrayBuffer;
  layout: FeatureLayout;
  jobs: BoostingJob[];
  /** [next job to take, jobs finished]. */
  counters: SharedArrayBuffer;
  port: MessagePort;
}

/**
 * From this many rows a bag's members share the machine's cores. Below it a bag of five takes about
 * a second on one thread (Bank Marketing's 41,188 rows): a second thread would save under half a
 * second of waiting but cost about a third more CPU (the worker's start, its own bundles and
 * feature-major bins, two threads sharing the caches), and a shared machine pays in CPU.
 */
export const PARALLEL_MIN_ROWS = 100_000;

/**
 * Runs independent boosting jobs (the members of a bag) and returns their results in job order.
 * When the compiled worker script is available, the machine has more than one core and the matrix
 * has `PARALLEL_MIN_ROWS` rows or more, the jobs are shared between this thread and worker threads
 * (each job is deterministic, so the results are the same as in sequence); otherwise (ts sources
 * under a test runner, one core, a smaller matrix) they run in turn. The call stays synchronous:
 * the caller's thread waits on a shared counter, not on the event loop.
 */
export function trainBoostedTreesMany(
  data: BinnedMatrix,
  layout: FeatureLayout,
  labels: Uint8Array,
  jobs: BoostingJob[],
  threads = data.rowCount >= PARALLEL_MIN_ROWS ? Math.min(availableParallelism(), jobs.length) : 1,
): BoostingResult[] {
  const script = path.join(__dirname, 'parallel-boosting.js');
  if (threads < 2 || jobs.length < 2 || !__filename.endsWith('.js') || !existsSync(script))
    return jobs.map((job) =>
      trainBoostedTrees(data, layout, labels, job.trainRows, job.validRows, job.params),
    );

  const bins = new SharedArrayBuffer(data.bins.length);
  new Uint8Array(bins).set(data.bins);
  const sharedLabels = new SharedArrayBuffer(labels.length);
  new Uint8Array(sharedLabels).set(labels);
  const counters = new SharedArrayBuffer(8);
  const counter = new Int32Array(counters);
  const sharedData: BinnedMatrix = { ...data, bins: new Uint8Array(bins) };
  const results: (BoostingResult | undefined)[] = new Array(jobs.length);
  const channels = Array.from({ length: threads - 1 }, () => new MessageChannel());
  const workers = channels.map((channel) => {
    const input: WorkerInput = {
      kind: WORKER_KIND,
      bins,
      rowCount: data.rowCount,
      featureCount: data.featureCount,
      labels: sharedLabels,
      layout,
      jobs,
      counters,
      port: channel.port2,
    };
    const worker = new Worker(script, { workerData: input, transferList: [channel.port2] });
    worker.unref();
    return worker;
  });
  try {
    runJobs(sharedData, layout, labels, jobs, counter, (index, result) => (results[index] = result));
    for (;;) {
      const finished = Atomics.load(counter, 1);
      if (finished >= jobs.length) break;
      if (Atomics.wait(counter, 1, finished, 60_000) === 'timed-out' && Atomics.load(counter, 1) === finished)
        throw new Error('a boosting worker stopped answering');
    }
    for (const channel of channels) {
      for (
        let message = receiveMessageOnPort(channel.port1);
        message;
        message = receiveMessageOnPort(channel.port1)
      ) {
        const { index, result } = message.message as { index: number; result: BoostingResult };
        results[index] = result;
      }
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const channel of channels) channel.port1.close();
  }
  return results.map((result, index) => {
    if (!result) throw new Error(`boosting job ${index} returned nothing`);
    return result;
  });
}

/** Takes jobs off the shared counter until none are left, reporting each result. */
function runJobs(
  data: BinnedMatrix,
  layout: FeatureLayout,
  labels: Uint8Array,
  jobs: BoostingJob[],
  counter: Int32Array,
  done: (index: number, result: BoostingResult) => void,
): void {
  for (let index = Atomics.add(counter, 0, 1); index < jobs.length; index = Atomics.add(counter, 0, 1)) {
    const job = jobs[index]!;
    done(index, trainBoostedTrees(data, layout, labels, job.trainRows, job.validRows, job.params));
    Atomics.add(counter, 1, 1);
    Atomics.notify(counter, 1);
  }
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.kind === WORKER_KIND) {
  // This file is also the worker script: take jobs until none are left, then let the thread end.
  const input = workerData as WorkerInput;
  const data: BinnedMatrix = {
    rowCount: input.rowCount,
    featureCount: input.featureCount,
    bins: new Uint8Array(input.bins),
  };
  runJobs(
    data,
    input.layout,
    new Uint8Array(input.labels),
    input.jobs,
    new Int32Array(input.counters),
    (index, result) => input.port.postMessage({ index, result }),
  );
  input.port.close();
}
