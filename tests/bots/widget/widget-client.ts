/** One Server-Sent Event as the widget receives it. */
export interface StreamedEvent {
  id: number;
  event: string;
  data: {
    type: string;
    from?: string;
    name?: string;
    active?: boolean;
    state?: string;
    reply?: {
      text: string;
      sources?: { title: string; url?: string }[];
      buttons?: { title: string; value: string }[];
    };
  };
}

/**
 * The widget's protocol from a test: a session, messages, and the event stream read over a real
 * HTTP connection (text/event-stream parsed frame by frame, as a browser's EventSource does).
 */
export class WidgetClient {
  readonly events: StreamedEvent[] = [];
  token = '';
  private abort?: AbortController;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly base: string,
    private readonly origin?: string,
  ) {}

  private get originHeader(): Record<string, string> {
    return this.origin ? { Origin: this.origin } : {};
  }

  async startSession(token?: string): Promise<string> {
    const response = await fetch(`${this.base}/api/widget/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...this.originHeader },
      body: JSON.stringify(token ? { token } : {}),
    });
    if (!response.ok) throw new Error(`session: ${response.status}`);
    this.token = ((await response.json()) as { token: string }).token;
    return this.token;
  }

  send(text: string, token = this.token): Promise<Response> {
    return fetch(`${this.base}/api/widget/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...this.originHeader },
      body: JSON.stringify({ text }),
    });
  }

  /** Opens the stream (resuming after `lastEventId` when given, as EventSource does on reconnect). */
  async connect(lastEventId?: number): Promise<void> {
    this.abort = new AbortController();
    const response = await fetch(`${this.base}/api/widget/stream?token=${encodeURIComponent(this.token)}`, {
      headers: { ...this.originHeader, ...(lastEventId ? { 'Last-Event-ID': String(lastEventId) } : {}) },
      signal: this.abort.signal,
    });
    if (response.status !== 200 || !response.body) throw new Error(`stream: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            this.take(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // aborted
      }
    })();
  }

  /** Opens the stream of a new session and waits for the bot's greeting. */
  async connectGreeted(): Promise<StreamedEvent> {
    await this.connect();
    return this.waitFor((e) => e.event === 'message' && e.data.from === 'bot');
  }

  disconnect(): void {
    this.abort?.abort();
  }

  get lastEventId(): number {
    return this.events.at(-1)?.id ?? 0;
  }

  /** Messages from the bot or a person (not the visitor's echoes). */
  answers(): StreamedEvent[] {
    return this.events.filter((e) => e.event === 'message' && e.data.from !== 'visitor');
  }

  /** Waits until `predicate` holds for some event. */
  async waitFor(predicate: (event: StreamedEvent) => boolean, timeoutMs = 20_000): Promise<StreamedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no such event; got ${JSON.stringify(this.events.map((e) => e.data))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** Sends `text` and waits for the turn to finish (the typing indicator going off after it). */
  async ask(text: string): Promise<StreamedEvent[]> {
    const before = this.lastEventId;
    const response = await this.send(text);
    if (response.status !== 202) throw new Error(`message: ${response.status} ${await response.text()}`);
    await this.waitFor((e) => e.id > before && e.event === 'typing' && e.data.active === false);
    return this.events.filter((e) => e.id > before && e.event === 'message' && e.data.from === 'bot');
  }

  private take(frame: string): void {
    let id = 0;
    let event = 'message';
    let data = '';
    for (const line of frame.split('\n')) {
      if (line.startsWith('id: ')) id = Number(line.slice(4));
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!data) return;
    this.events.push({ id, event, data: JSON.parse(data) as StreamedEvent['data'] });
    for (const wake of this.waiters.splice(0)) wake();
  }
}
