/**
 * The contract between the website widget (visitors) and the place people answer them (a Slack
 * thread). The widget's hand-off service opens a thread on a desk and relays the visitor's words
 * to it; the desk's channel hands what people write in that thread back through the inbox.
 */

/** Where one hand-off's conversation happens on the desk: a Slack channel (or DM) and a thread. */
export interface DeskThread {
  channel: string;
  threadTs: string;
}

/** One line of the conversation so far, shown to the person taking over. */
export interface HandoffTranscriptLine {
  from: 'visitor' | 'bot' | 'person';
  text: string;
  at: Date;
}

/** A person's desk: where hand-offs are answered. */
export interface HandoffDesk {
  /**
   * Opens a thread for a visitor with the transcript so far: in the account owner's DM when the
   * owner is known and reachable, else in the support channel. Undefined when nobody can be reached.
   */
  open(request: {
    handoffId: string;
    /** How the visitor is shown, e.g. "Website visitor (ada@example.com)". */
    visitor: string;
    /** The e-mail of the CRM user who owns the visitor's account, when known. */
    ownerEmail?: string;
    transcript: readonly HandoffTranscriptLine[];
  }): Promise<DeskThread | undefined>;
  /** Posts the visitor's message into the thread. */
  relayFromVisitor(thread: DeskThread, text: string): Promise<void>;
  /** Says in the thread that the hand-off ended, and why ("the visitor left", "ended by Dana"). */
  close(thread: DeskThread, reason: string): Promise<void>;
}

/** What the desk's channel calls when a person acts in a hand-off thread. */
export interface HandoffInbox {
  /**
   * A person wrote in a thread. Resolves true when the thread belongs to an open hand-off (the
   * words were delivered to the visitor, and the bot must not answer them itself).
   */
  fromPerson(
    thread: DeskThread,
    person: { name: string; slackUserId: string },
    text: string,
  ): Promise<boolean>;
  /** A person ended the hand-off from the thread (the "End hand-off" button or `/crm end`). */
  endedByPerson(thread: DeskThread, person: { name: string; slackUserId: string }): Promise<boolean>;
  /**
   * What a reply drafted for the thread's visitor answers (their last message, kept by the
   * hand-off, never read back from the desk's text); undefined when the thread is no hand-off's.
   * An inbox without it offers no drafts.
   */
  lastVisitorMessage?(thread: DeskThread): string | undefined;
}
