import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { BRIEFING_QUESTION, startRoundTripServer } from './message-round-trip-server';

/** A node of a V8 CPU profile (the `Profiler.stop` result). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a briefing turn's main-thread time goes, first match of a sample's stack wins. The HTTP
 * and connector parts are what the echo bot pays too.
 */
const PARTS: Array<[string, RegExp]> = [
  ['profiler', /node:inspector/],
  ['commit (fsync)', /^exec .*\n(.*\n)*commitBatch /],
  ['garbage collection', /^\(garbage collector\)/],
  [
    'bench client',
    /^(?![\s\S]*(src\/|botbuilder|restify))[\s\S]*(loopback-connector|message-round-trip-(profile|server))/,
  ],
  ['conversation state', /bot-state-storage/],
  ['transcript and audit rows', /transcript-logger|turn-transcript/],
  ['account resolver', /account-resolver/],
  ['visibility (caller, owners)', /record-visibility/],
  ['briefing reads', /account-briefing\/briefing|account-reads/],
  ['model holder', /model-holder/],
  ['understanding', /crm-understander|question-understander|recognizer|extract-entities/],
  ['reply text and card', /dialogs\/replies|bots\/render/],
  ['dialogs', /botbuilder-dialogs|src\/dialogs/],
  ['connector client (echo too)', /sendActivities|botframework-connector|@azure|@typespec|botbuilder-stdlib/],
  ['store writes', /store-writer|working-set|document-preparer/],
  ['store reads', /sqlite-collection|document-reader|sqlite-table/],
  [
    'HTTP and adapter (echo too)',
    /botbuilder-core|restify|src\/http|cloud-adapter|undici|_http|node:net|streams/,
  ],
  ['idle', /^\((idle|program)\)/],
];

/** Milliseconds per turn of each part of a profile of `turns` turns. */
export function partsOf(profile: CpuProfile, turns: number): Record<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackText = new Map<number, string>();
  const textOf = (id: number): string => {
    let text = stackText.get(id);
    if (text !== undefined) return text;
    const lines: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = byId.get(at)!.callFrame;
      lines.push(`${functionName || '(anonymous)'} ${url}`);
    }
    text = lines.join('\n');
    stackText.set(id, text);
    return text;
  };
  const totals: Record<string, number> = {};
  profile.samples.forEach((id, index) => {
    const text = textOf(id);
    const part = PARTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'the rest';
    totals[part] = (totals[part] ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000 / turns;
  });
  return totals;
}

/**
 * Profiles the server under the messages bench's sequential load (the briefing on the full demo
 * CRM through POST /api/messages) and prints where the main thread's time goes, as shares of its
 * busy time (the profiler, idle time and the bench's own client left out). Writes the profile to
 * `message-round-trip.cpuprofile` in the working directory (open it in Chrome DevTools).
 * Run: `npx tsx bench/message-round-trip-profile.ts [turns]`.
 */
async function main(): Promise<void> {
  const turns = Number(process.argv[2] ?? 200);
  const server = await startRoundTripServer();
  try {
    const turn = (i: number) => server.send(BRIEFING_QUESTION, `profile-${i}`);
    for (let i = 0; i < 40; i++) await turn(i);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    for (let i = 0; i < turns; i++) await turn(1000 + i);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync('message-round-trip.cpuprofile', JSON.stringify(profile));
    const parts = partsOf(profile as unknown as CpuProfile, turns);
    const busy = Object.entries(parts).filter(
      ([part]) => !['profiler', 'idle', 'bench client'].includes(part),
    );
    const total = busy.reduce((sum, [, ms]) => sum + ms, 0);
    for (const [part, ms] of busy.sort((a, b) => b[1] - a[1]))
      process.stdout.write(`${((100 * ms) / total).toFixed(1).padStart(5)}%  ${part}\n`);
  } finally {
    await server.close();
  }
}

if (require.main === module) void main();
