import { LRUCache } from 'lru-cache';
import type { Reply } from '../../dialogs/reply';

/** What the widget shows, in the order it happened: messages, the typing indicator, hand-off changes. */
export type WidgetEventBody =
  | { type: 'message'; from: 'visitor' | 'bot' | 'person'; reply: Reply; name?: string }
  | { type: 'typing'; active: boolean }
  | { type: 'handoff'; state: 'waiting' | 'ended'; reason?: string };

/** One event of a visitor's stream; ids increase by one per visitor, for `Last-Event-ID`. */
export type WidgetEvent = WidgetEventBody & { id: number; at: string };

type Listener = (event: WidgetEvent) => void;

interface Stream {
  events: WidgetEvent[];
  nextId: number;
  listeners: Set<Listener>;
  /** The visitor's messages run one after another, in the order they came. */
  queue: Promise<void>;
}

/** How many events a visitor's stream keeps for replay (reloads, reconnects). */
export const EVENTS_KEPT = 300;

/**
 * Each visitor's events, kept for replay and pushed to their open connections. A reconnect that
 * names the last event it saw gets everything after it, so nothing is lost when a connection
 * drops. Visitors idle for a day are forgotten (at most `maxVisitors` are kept).
 */
export class VisitorStreams {
  private readonly streams: LRUCache<string, Stream>;

  constructor(
    options: { maxVisitors?: number; idleMs?: number } = {},
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.streams = new LRUCache<string, Stream>({
      max: options.maxVisitors ?? 10_000,
      ttl: options.idleMs ?? 24 * 60 * 60 * 1000,
      updateAgeOnGet: true,
    });
  }

  /** True when the visitor has no events yet (a new visitor, or one from before a restart). */
  isEmpty(visitorId: string): boolean {
    return (this.streams.get(visitorId)?.nextId ?? 1) === 1;
  }

  /** Adds an event and pushes it to the visitor's open connections. */
  append(visitorId: string, body: WidgetEventBody): WidgetEvent {
    const stream = this.streamOf(visitorId);
    const event = { ...body, id: stream.nextId++, at: this.clock().toISOString() } as WidgetEvent;
    stream.events.push(event);
    if (stream.events.length > EVENTS_KEPT) stream.events.splice(0, stream.events.length - EVENTS_KEPT);
    for (const listener of stream.listeners) listener(event);
    return event;
  }

  /**
   * Connects a listener: returns the events after `lastEventId` (all kept ones for 0, or when the
   * id is from before a restart) and a function that disconnects it.
   */
  connect(
    visitorId: string,
    lastEventId: number,
    listener: Listener,
  ): { backlog: WidgetEvent[]; close: () => void } {
    const stream = this.streamOf(visitorId);
    const known = lastEventId > 0 && lastEventId < stream.nextId;
    const backlog = known ? stream.events.filter((event) => event.id > lastEventId) : [...stream.events];
    stream.listeners.add(listener);
    return { backlog, close: () => stream.listeners.delete(listener) };
  }

  /** How many connections the visitor has open. */
  connections(visitorId: string): number {
    return this.streams.get(visitorId)?.listeners.size ?? 0;
  }

  /** The visitor's kept messages, oldest first. */
  messages(visitorId: string): Array<Extract<WidgetEvent, { type: 'message' }>> {
    return (this.streams.get(visitorId)?.events ?? []).filter(
      (event): event is Extract<WidgetEvent, { type: 'message' }> => event.type === 'message',
    );
  }

  /** Runs `work` after the visitor's earlier work finished (one turn at a time per visitor). */
  enqueue(visitorId: string, work: () => Promise<void>): Promise<void> {
    const stream = this.streamOf(visitorId);
    const run = stream.queue.then(work);
    stream.queue = run.catch(() => undefined);
    return run;
  }

  private streamOf(visitorId: string): Stream {
    let stream = this.streams.get(visitorId);
    if (!stream) {
      stream = { events: [], nextId: 1, listeners: new Set(), queue: Promise.resolve() };
      this.streams.set(visitorId, stream);
    }
    return stream;
  }
}
