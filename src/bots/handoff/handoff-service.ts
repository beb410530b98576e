import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../core/logger';
import type { HandoffOutcome } from '../../dialogs/visitor-handoff';
import type { DeskThread, HandoffDesk, HandoffInbox, HandoffTranscriptLine } from './handoff-desk';

/** How the hand-off service reaches a visitor's chat (the website widget implements it). */
export interface VisitorLine {
  /** Shows a person's words in the visitor's chat. */
  fromPerson(visitorId: string, personName: string, text: string): Promise<void>;
  /** Tells the visitor the person left the chat; the bot answers again. */
  endedByPerson(visitorId: string, personName: string): Promise<void>;
}

/** A hand-off in progress. */
export interface OpenHandoff {
  handoffId: string;
  visitorId: string;
  thread: DeskThread;
  /** Everything said since the visitor asked, both ways (the full transcript is in the Conversation collection too). */
  transcript: HandoffTranscriptLine[];
  /** The question the visitor asked a person about (their words when they asked, or what the bot could not answer). */
  question?: string;
  /** How many transcript lines there were when the thread opened (later ones were said in the hand-off). */
  linesAtOpen: number;
}

/** How long, and how many, ended hand-offs are remembered for drafting a follow-up reply. */
const ENDED_KEPT = { max: 1_000, ttl: 24 * 60 * 60_000 };

/**
 * Hand-offs of website visitors to people: opens a thread on the desk (when one is configured and
 * people are available), relays the visitor's words to it while the bot stays quiet, and takes
 * what people write there back to the visitor (as the desk's `HandoffInbox`) until either side
 * ends it.
 *
 * Open hand-offs are kept in this process's memory: a restart ends them (the visitor can ask
 * again), and with several bot servers each visitor's hand-off lives on the server their widget
 * talks to (Slack's events must reach that server: one server, or sticky routing).
 */
export class HandoffService implements HandoffInbox {
  private readonly byVisitor = new Map<string, OpenHandoff>();
  private readonly byThread = new Map<string, OpenHandoff>();
  /** Ended hand-offs by thread: their last visitor message can still be drafted a reply to. */
  private readonly ended = new LRUCache<string, OpenHandoff>(ENDED_KEPT);
  private line?: VisitorLine;

  constructor(
    private readonly options: {
      /** Where people answer (Slack); absent = nobody can be reached. */
      desk?: HandoffDesk;
      /** True while people answer hand-offs (SUPPORT_HOURS); default always. */
      available?: (now: Date) => boolean;
      logger: Logger;
      clock?: () => Date;
    },
  ) {}

  /** Connects the channel whose visitors are handed off. */
  attach(line: VisitorLine): void {
    this.line = line;
  }

  /** The visitor's hand-off in progress, if any. */
  openFor(visitorId: string): OpenHandoff | undefined {
    return this.byVisitor.get(visitorId);
  }

  /** Asks a person to take the visitor: 'unavailable' when no desk, out of hours, or the desk could not open a thread. */
  async open(
    visitorId: string,
    request: {
      visitor: string;
      ownerEmail?: string;
      transcript: readonly HandoffTranscriptLine[];
      /** What the visitor wants a person for (kept for drafting a reply; not posted). */
      question?: string;
    },
  ): Promise<HandoffOutcome> {
    if (this.byVisitor.has(visitorId)) return 'already-open';
    const { desk, available, logger } = this.options;
    if (!desk || (available && !available(this.now()))) return 'unavailable';
    const handoffId = randomUUID();
    let thread: DeskThread | undefined;
    const { question, ...shown } = request;
    try {
      thread = await desk.open({ handoffId, ...shown });
    } catch (error) {
      logger.warn({ err: error, handoffId }, 'the hand-off desk could not open a thread');
      return 'unavailable';
    }
    if (!thread) return 'unavailable';
    const handoff: OpenHandoff = {
      handoffId,
      visitorId,
      thread,
      transcript: [...request.transcript],
      linesAtOpen: request.transcript.length,
      ...(question ? { question } : {}),
    };
    this.byVisitor.set(visitorId, handoff);
    this.byThread.set(threadKey(thread), handoff);
    logger.info({ handoffId, channel: thread.channel }, 'hand-off opened');
    return 'opened';
  }

  /** Posts the visitor's words in the hand-off thread. */
  async relayFromVisitor(visitorId: string, text: string): Promise<void> {
    const handoff = this.byVisitor.get(visitorId);
    if (!handoff || !this.options.desk) return;
    handoff.transcript.push({ from: 'visitor', text, at: this.now() });
    await this.options.desk.relayFromVisitor(handoff.thread, text);
  }

  /**
   * What a reply drafted in a hand-off thread answers: the visitor's last message since the thread
   * opened, else the question they asked a person about, else their last message before it. Ended
   * hand-offs are remembered for a day (in this process). Undefined when the thread is no
   * hand-off's, or the visitor has said nothing.
   */
  lastVisitorMessage(thread: DeskThread): string | undefined {
    const key = threadKey(thread);
    const handoff = this.byThread.get(key) ?? this.ended.get(key);
    if (!handoff) return undefined;
    const visitorLines = (lines: readonly HandoffTranscriptLine[]) =>
      lines.filter((line) => line.from === 'visitor' && line.text.trim());
    return (
      visitorLines(handoff.transcript.slice(handoff.linesAtOpen)).at(-1)?.text ??
      handoff.question ??
      visitorLines(handoff.transcript).at(-1)?.text
    );
  }

  /** The visitor ended the chat with the person. */
  async endByVisitor(visitorId: string): Promise<boolean> {
    const handoff = this.forget(this.byVisitor.get(visitorId));
    if (!handoff) return false;
    await this.closeThread(handoff, 'The visitor ended the chat.');
    return true;
  }

  async fromPerson(
    thread: DeskThread,
    person: { name: string; slackUserId: string },
    text: string,
  ): Promise<boolean> {
    const handoff = this.byThread.get(threadKey(thread));
    if (!handoff) return false;
    handoff.transcript.push({ from: 'person', text, at: this.now() });
    await this.line?.fromPerson(handoff.visitorId, person.name, text);
    return true;
  }

  async endedByPerson(thread: DeskThread, person: { name: string; slackUserId: string }): Promise<boolean> {
    const handoff = this.forget(this.byThread.get(threadKey(thread)));
    if (!handoff) return false;
    await this.closeThread(handoff, `Ended by ${person.name}.`);
    await this.line?.endedByPerson(handoff.visitorId, person.name);
    return true;
  }

  private forget(handoff: OpenHandoff | undefined): OpenHandoff | undefined {
    if (!handoff) return undefined;
    this.byVisitor.delete(handoff.visitorId);
    this.byThread.delete(threadKey(handoff.thread));
    this.ended.set(threadKey(handoff.thread), handoff);
    this.options.logger.info({ handoffId: handoff.handoffId }, 'hand-off ended');
    return handoff;
  }

  private async closeThread(handoff: OpenHandoff, reason: string): Promise<void> {
    try {
      await this.options.desk?.close(handoff.thread, reason);
    } catch (error) {
      this.options.logger.warn(
        { err: error, handoffId: handoff.handoffId },
        'could not close the hand-off thread',
      );
    }
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }
}

function threadKey(thread: DeskThread): string {
  return `${thread.channel}/${thread.threadTs}`;
}
