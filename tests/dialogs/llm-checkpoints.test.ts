import { Annotation, Command, END, interrupt, START, StateGraph } from '@langchain/langgraph';
import { emptyCheckpoint, type Checkpoint } from '@langchain/langgraph-checkpoint';
import type { RunnableConfig } from '@langchain/core/runnables';
import { AGENT_CHECKPOINT_TTL_MS, StoreCheckpointSaver } from '../../src/skills/shared/agent-checkpoints';
import { temporaryStore } from '../fixtures/small-crm';

const T0 = new Date('2026-03-15T12:00:00Z');

/** A checkpoint with an id that sorts after the previous one (as LangGraph's uuid6 ids do). */
function checkpoint(id: string, values: Record<string, unknown> = {}): Checkpoint {
  return { ...emptyCheckpoint(), id, ts: T0.toISOString(), channel_values: values };
}

const thread = (threadId: string, checkpointId?: string) => ({
  configurable: {
    thread_id: threadId,
    checkpoint_ns: '',
    ...(checkpointId ? { checkpoint_id: checkpointId } : {}),
  },
});

describe("StoreCheckpointSaver: the LLM agent's LangGraph checkpoints in the CRM store", () => {
  const temp = temporaryStore();
  let now = T0;
  const saver = () => new StoreCheckpointSaver(temp.store, { clock: () => now });
  afterAll(() => temp.cleanup());
  beforeEach(async () => {
    now = T0;
    await temp.store.agentCheckpoints.deleteMany({});
  });

  it('saves checkpoints and reads back the latest, one by id, and their parents', async () => {
    const s = saver();
    const first = await s.put(thread('t1'), checkpoint('0001', { messages: ['hello'] }), {
      source: 'input',
      step: -1,
      parents: {},
    });
    await s.put(first, checkpoint('0002', { messages: ['hello', 'world'] }), {
      source: 'loop',
      step: 0,
      parents: {},
    });
    const latest = await s.getTuple(thread('t1'));
    expect(latest!.checkpoint.id).toBe('0002');
    expect(latest!.checkpoint.channel_values).toEqual({ messages: ['hello', 'world'] });
    expect(latest!.metadata).toMatchObject({ source: 'loop', step: 0 });
    expect(latest!.parentConfig?.configurable?.checkpoint_id).toBe('0001');
    expect((await s.getTuple(thread('t1', '0001')))!.checkpoint.channel_values).toEqual({
      messages: ['hello'],
    });
    expect(await s.getTuple(thread('another'))).toBeUndefined();
    // A new saver over the same store (a restarted server) reads the same.
    expect((await saver().getTuple(thread('t1')))!.checkpoint.id).toBe('0002');
  });

  it('lists newest first, with limit, before and a metadata filter', async () => {
    const s = saver();
    let config: RunnableConfig = thread('t2');
    for (const [i, id] of ['0001', '0002', '0003'].entries())
      config = await s.put(config, checkpoint(id), { source: 'loop', step: i, parents: {} });
    const ids = async (options?: Parameters<StoreCheckpointSaver['list']>[1]) => {
      const found: string[] = [];
      for await (const tuple of s.list(thread('t2'), options)) found.push(tuple.checkpoint.id);
      return found;
    };
    expect(await ids()).toEqual(['0003', '0002', '0001']);
    expect(await ids({ limit: 2 })).toEqual(['0003', '0002']);
    expect(await ids({ before: thread('t2', '0003') })).toEqual(['0002', '0001']);
    expect(await ids({ filter: { step: 1 } })).toEqual(['0002']);
  });

  it('keeps the writes of a step in the order they were made; a retried write keeps the first, an interrupt replaces', async () => {
    const s = saver();
    const config = await s.put(thread('t3'), checkpoint('0001'), { source: 'loop', step: 0, parents: {} });
    await s.putWrites(
      config,
      [
        ['messages', 'b-first'],
        ['count', 2],
      ],
      'task-b',
      'path-b',
    );
    await s.putWrites(config, [['messages', 'a-first']], 'task-a', 'path-a');
    await s.putWrites(config, [['messages', 'b-retried']], 'task-b', 'path-b');
    await s.putWrites(config, [['__interrupt__', { v: 1 }]], 'task-c', 'path-c');
    await s.putWrites(config, [['__interrupt__', { v: 2 }]], 'task-c', 'path-c');
    const writes = (await s.getTuple(config))!.pendingWrites!;
    expect(writes).toEqual([
      ['task-a', 'messages', 'a-first'],
      ['task-b', 'messages', 'b-first'],
      ['task-b', 'count', 2],
      ['task-c', '__interrupt__', { v: 2 }],
    ]);
  });

  it('forgets a thread on request, and everything after its time to live (purged from the collection too)', async () => {
    const s = saver();
    const a = await s.put(thread('a'), checkpoint('0001'), { source: 'loop', step: 0, parents: {} });
    await s.putWrites(a, [['messages', 'x']], 'task', '');
    await s.put(thread('b'), checkpoint('0001'), { source: 'loop', step: 0, parents: {} });
    await s.deleteThread('a');
    expect(await s.getTuple(thread('a'))).toBeUndefined();
    expect(await temp.store.agentCheckpoints.countDocuments({ threadId: 'a' })).toBe(0);

    now = new Date(T0.getTime() + AGENT_CHECKPOINT_TTL_MS + 1);
    expect(await s.getTuple(thread('b'))).toBeUndefined();
    // The next save purges what expired (the embedded engine has no TTL monitor).
    await s.put(thread('c'), checkpoint('0001'), { source: 'loop', step: 0, parents: {} });
    expect(await temp.store.agentCheckpoints.countDocuments({ threadId: 'b' })).toBe(0);
    expect(await temp.store.agentCheckpoints.countDocuments({ threadId: 'c' })).toBe(1);
  });

  it('an open confirmation is taken once, and not after it expired', async () => {
    const s = saver();
    await s.openConfirmation('t4');
    const takes = await Promise.all([s.takeConfirmation('t4'), saver().takeConfirmation('t4')]);
    expect(takes.sort()).toEqual([false, true]);
    await s.openConfirmation('t5');
    now = new Date(T0.getTime() + AGENT_CHECKPOINT_TTL_MS + 1);
    expect(await s.takeConfirmation('t5')).toBe(false);
  });

  it('lets a LangGraph graph stop at an interrupt and resume after a restart', async () => {
    const State = Annotation.Root({
      log: Annotation<string[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
    });
    let ran = 0;
    const graphOver = (checkpointer: StoreCheckpointSaver) =>
      new StateGraph(State)
        .addNode('ask', () => ({ log: [`answer: ${String(interrupt('sure?'))}`] }))
        .addNode('act', () => {
          ran += 1;
          return { log: ['acted'] };
        })
        .addEdge(START, 'ask')
        .addEdge('ask', 'act')
        .addEdge('act', END)
        .compile({ checkpointer });
    const config = { configurable: { thread_id: 'graph' } };
    const held = await graphOver(saver()).invoke({ log: ['start'] }, config);
    expect((held as { __interrupt__?: Array<{ value: unknown }> }).__interrupt__?.[0]?.value).toBe('sure?');
    expect(ran).toBe(0);
    const done = await graphOver(saver()).invoke(new Command({ resume: 'yes' }), config);
    expect(done.log).toEqual(['start', 'answer: yes', 'acted']);
    expect(ran).toBe(1);
  });
});
