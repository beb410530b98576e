import { silentLogger } from '../../../src/core/logger';
import type { DeskThread, HandoffDesk, HandoffTranscriptLine } from '../../../src/bots/handoff/handoff-desk';
import { HandoffService, type VisitorLine } from '../../../src/bots/handoff/handoff-service';

/** A desk that keeps threads in memory, as a person's Slack would show them. */
class MemoryDesk implements HandoffDesk {
  readonly threads = new Map<string, string[]>();
  opened: Array<{ ownerEmail?: string; transcript: readonly HandoffTranscriptLine[] }> = [];
  async open(request: {
    handoffId: string;
    visitor: string;
    ownerEmail?: string;
    transcript: readonly HandoffTranscriptLine[];
  }) {
    this.opened.push(request);
    const thread = {
      channel: request.ownerEmail ? 'DOWNER' : 'CSUPPORT',
      threadTs: String(this.threads.size + 1),
    };
    this.threads.set(thread.threadTs, []);
    return thread;
  }
  async relayFromVisitor(thread: DeskThread, text: string) {
    this.threads.get(thread.threadTs)!.push(`visitor: ${text}`);
  }
  async close(thread: DeskThread, reason: string) {
    this.threads.get(thread.threadTs)!.push(`closed: ${reason}`);
  }
}

class MemoryLine implements VisitorLine {
  readonly seen: string[] = [];
  async fromPerson(visitorId: string, person: string, text: string) {
    this.seen.push(`${visitorId} <- ${person}: ${text}`);
  }
  async endedByPerson(visitorId: string, person: string) {
    this.seen.push(`${visitorId} ended by ${person}`);
  }
}

const dana = { name: 'Dana Kim', slackUserId: 'U0DANA' };
const line = (text: string): HandoffTranscriptLine => ({ from: 'visitor', text, at: new Date() });

describe('the hand-off service', () => {
  it('relays both ways for the open thread only, and either side ends it', async () => {
    const desk = new MemoryDesk();
    const visitors = new MemoryLine();
    const service = new HandoffService({ desk, logger: silentLogger() });
    service.attach(visitors);
    expect(await service.open('v1', { visitor: 'V1', transcript: [line('hello')] })).toBe('opened');
    expect(await service.open('v1', { visitor: 'V1', transcript: [] })).toBe('already-open');
    expect(desk.opened[0]!.transcript.map((l) => l.text)).toEqual(['hello']);
    await service.relayFromVisitor('v1', 'a question');
    expect(desk.threads.get('1')).toEqual(['visitor: a question']);
    expect(await service.fromPerson({ channel: 'CSUPPORT', threadTs: '1' }, dana, 'an answer')).toBe(true);
    expect(await service.fromPerson({ channel: 'CSUPPORT', threadTs: '99' }, dana, 'elsewhere')).toBe(false);
    expect(await service.fromPerson({ channel: 'COTHER', threadTs: '1' }, dana, 'other channel')).toBe(false);
    expect(visitors.seen).toEqual(['v1 <- Dana Kim: an answer']);
    expect(await service.endedByPerson({ channel: 'CSUPPORT', threadTs: '1' }, dana)).toBe(true);
    expect(visitors.seen.at(-1)).toBe('v1 ended by Dana Kim');
    expect(service.openFor('v1')).toBeUndefined();
    expect(await service.fromPerson({ channel: 'CSUPPORT', threadTs: '1' }, dana, 'late')).toBe(false);

    expect(await service.open('v2', { visitor: 'V2', ownerEmail: 'sam@x.com', transcript: [] })).toBe(
      'opened',
    );
    expect(await service.endByVisitor('v2')).toBe(true);
    expect(desk.threads.get('2')).toEqual(['closed: The visitor ended the chat.']);
  });

  it('is unavailable without a desk, outside support hours, or when the desk cannot open a thread', async () => {
    const none = new HandoffService({ logger: silentLogger() });
    expect(await none.open('v', { visitor: 'V', transcript: [] })).toBe('unavailable');
    const closed = new HandoffService({
      desk: new MemoryDesk(),
      available: () => false,
      logger: silentLogger(),
    });
    expect(await closed.open('v', { visitor: 'V', transcript: [] })).toBe('unavailable');
    const nobody = new MemoryDesk();
    nobody.open = async () => undefined as never;
    expect(
      await new HandoffService({ desk: nobody, logger: silentLogger() }).open('v', {
        visitor: 'V',
        transcript: [],
      }),
    ).toBe('unavailable');
  });

  it("keeps the visitor's last message for a draft: said in the hand-off, else the question they asked about, also after it ended", async () => {
    const desk = new MemoryDesk();
    const service = new HandoffService({ desk, logger: silentLogger() });
    service.attach(new MemoryLine());
    const thread = { channel: 'CSUPPORT', threadTs: '1' };
    const bot = (text: string): HandoffTranscriptLine => ({ from: 'bot', text, at: new Date() });
    await service.open('v1', {
      visitor: 'V1',
      transcript: [line('How much is Business?'), bot('$49 a seat.'), line('talk to a human')],
      question: 'talk to a human',
    });
    expect(service.lastVisitorMessage(thread)).toBe('talk to a human');
    await service.relayFromVisitor('v1', 'Our SSO login fails with an invalid signature');
    await service.fromPerson(thread, dana, 'Looking into it');
    expect(service.lastVisitorMessage(thread)).toBe('Our SSO login fails with an invalid signature');
    expect(service.lastVisitorMessage({ channel: 'CSUPPORT', threadTs: '2' })).toBeUndefined();
    await service.endByVisitor('v1');
    expect(service.lastVisitorMessage(thread)).toBe('Our SSO login fails with an invalid signature');

    // Without a question given, the visitor's last words before the hand-off.
    await service.open('v2', { visitor: 'V2', transcript: [line('Can I pay by invoice?'), bot('Yes.')] });
    expect(service.lastVisitorMessage({ channel: 'CSUPPORT', threadTs: '2' })).toBe('Can I pay by invoice?');
  });
});
