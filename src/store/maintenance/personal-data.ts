import type { Store } from '../store';

/** Replaces a person's name and e-mail in erased text. */
export const ERASED = '[erased]';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everything the store holds about one person, found by e-mail (and the names of their records). */
export interface PersonalData {
  email: string;
  names: string[];
  contacts: Record<string, unknown>[];
  leads: Record<string, unknown>[];
  interactions: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  conversations: Record<string, unknown>[];
  /**
   * Saved conversation state that holds them (an open dialog's answers, remembered records) and the
   * LLM agent's saved steps that name them: kept while a conversation is open, so a person who
   * typed their e-mail into a chat is found there too.
   */
  conversationState: Record<string, unknown>[];
  /** Support cases raised by the person or naming them. */
  cases: Record<string, unknown>[];
}

/**
 * Finds one person's data: contacts and leads with the e-mail, interactions and tasks linked to
 * them or naming them (name or e-mail in the text), and the transcript turns that mention them.
 */
export async function findPersonalData(store: Store, rawEmail: string): Promise<PersonalData> {
  const email = rawEmail.trim().toLowerCase();
  const emailPattern = new RegExp(escapeRegex(email), 'i');
  const contacts = await store.contacts.find({ email: emailPattern });
  const leads = await store.leads.find({ email: emailPattern });
  const names = [
    ...new Set([
      ...contacts.map((contact) => `${contact.firstName} ${contact.lastName}`),
      ...leads.map((lead) => lead.name),
    ]),
  ].filter((name) => name.trim().length > 0);
  const mention = new RegExp([email, ...names].map(escapeRegex).join('|'), 'i');
  const contactIds = contacts.map((contact) => contact._id);
  const leadIds = leads.map((lead) => lead._id);
  const interactions = await store.interactions.find({
    $or: [{ contactId: { $in: contactIds } }, { leadId: { $in: leadIds } }, { summary: mention }],
  });
  const tasks = await store.tasks.find({ $or: [{ contactId: { $in: contactIds } }, { title: mention }] });
  // Transcript turns that mention them (the person's words or the bot's replies).
  const conversations = await store.transcriptTurns.find({ 'messages.text': mention });
  const cases = await store.cases.find({
    $or: [
      { contactId: { $in: contactIds } },
      { subject: mention },
      { description: mention },
      { resolution: mention },
      { 'history.value': mention },
    ],
  });
  const conversationState = [
    ...(await store.botState.find({ data: mention })),
    ...(await agentStepsMentioning(store, mention)),
  ] as unknown as Record<string, unknown>[];
  return {
    email,
    names,
    conversationState,
    contacts,
    leads,
    interactions,
    tasks,
    conversations,
    cases,
  } as unknown as PersonalData;
}

/**
 * The LLM agent's saved steps whose serialised values (base64) name the person. They expire within
 * days, so reading them all is bounded.
 */
async function agentStepsMentioning(store: Store, mention: RegExp): Promise<Record<string, unknown>[]> {
  const decoded = (value: string | undefined) => (value ? Buffer.from(value, 'base64').toString('utf8') : '');
  const steps = await store.agentCheckpoints.find({});
  return steps.filter(
    (step) => mention.test(decoded(step.data)) || mention.test(decoded(step.metadata)),
  ) as unknown as Record<string, unknown>[];
}

/** How many records an erasure removed or anonymised, by collection. */
export type ErasureCounts = Record<
  'contacts' | 'leads' | 'interactions' | 'tasks' | 'conversations' | 'conversationState' | 'cases',
  number
>;

/**
 * Erases one person: their contacts and leads are deleted, interactions and tasks linked to them or
 * naming them are deleted, saved conversation state and agent threads holding them are deleted, transcript messages and support cases mentioning them have the name and
 * e-mail replaced by `[erased]` (cases also lose the link to their contact), and saved audiences
 * drop their contact ids. All of it is one transaction (`Store.transaction`): a failure half-way
 * leaves the store as it was, and running the erasure again does all of it. The caller writes its
 * audit entry once this resolved (committed), then compacts the store (`Store.compact`: freed
 * pages zeroed, WAL checkpointed and truncated, file rebuilt), so no copy of the erased bytes
 * stays in the data directory.
 */
export function erasePersonalData(store: Store, found: PersonalData): Promise<ErasureCounts> {
  return store.transaction(() => eraseIn(store, found));
}

/** The erasure's writes; run inside one transaction, and safe to run again (MongoDB may retry it). */
async function eraseIn(store: Store, found: PersonalData): Promise<ErasureCounts> {
  const ids = (records: Record<string, unknown>[]) => records.map((record) => String(record._id));
  const mention = new RegExp([found.email, ...found.names].map(escapeRegex).join('|'), 'gi');
  const counts: ErasureCounts = {
    contacts: (await store.contacts.deleteMany({ _id: { $in: ids(found.contacts) } })).deletedCount,
    leads: (await store.leads.deleteMany({ _id: { $in: ids(found.leads) } })).deletedCount,
    interactions: (await store.interactions.deleteMany({ _id: { $in: ids(found.interactions) } }))
      .deletedCount,
    tasks: (await store.tasks.deleteMany({ _id: { $in: ids(found.tasks) } })).deletedCount,
    conversations: 0,
    conversationState: 0,
    cases: 0,
  };
  // Saved conversation state holding them is dropped (that conversation starts afresh), and so is
  // every saved step of an agent thread that named them.
  const states = found.conversationState.filter((record) => !('threadId' in record));
  counts.conversationState += (await store.botState.deleteMany({ _id: { $in: ids(states) } })).deletedCount;
  const threads = [
    ...new Set(
      found.conversationState.filter((record) => 'threadId' in record).map((r) => String(r.threadId)),
    ),
  ];
  if (threads.length)
    counts.conversationState += (
      await store.agentCheckpoints.deleteMany({ threadId: { $in: threads } })
    ).deletedCount;
  for (const turn of found.conversations) {
    const messages = (turn.messages as { text?: string }[]).map((message) => ({
      ...message,
      text: (message.text ?? '').replace(mention, ERASED),
    }));
    await store.transcriptTurns.updateOne({ _id: turn._id }, { $set: { messages } });
    counts.conversations += 1;
  }
  // A case stays (the account's support history) without the person: their name and e-mail
  // replaced in its texts, the link to their contact removed.
  const erased = (text: unknown) => (typeof text === 'string' ? text.replace(mention, ERASED) : text);
  const contactIds = new Set(ids(found.contacts));
  for (const supportCase of found.cases) {
    const set: Record<string, unknown> = {};
    for (const field of ['subject', 'description', 'resolution'] as const)
      if (typeof supportCase[field] === 'string') set[field] = erased(supportCase[field]);
    set.history = ((supportCase.history as { value?: string }[] | undefined) ?? []).map((entry) => ({
      ...entry,
      ...(entry.value !== undefined ? { value: erased(entry.value) } : {}),
    }));
    const unlink = contactIds.has(String(supportCase.contactId));
    await store.cases.updateOne(
      { _id: String(supportCase._id) },
      unlink ? { $set: set, $unset: { contactId: '' } } : { $set: set },
    );
    counts.cases += 1;
  }
  // Saved campaign audiences keep no contact that no longer exists.
  if (contactIds.size)
    for (const audience of await store.audiences.find({ 'members.contactIds': { $in: [...contactIds] } })) {
      const members = audience.members.map((member) => ({
        ...member,
        contactIds: member.contactIds.filter((id) => !contactIds.has(id)),
      }));
      await store.audiences.updateOne({ _id: audience._id }, { $set: { members } });
    }
  return counts;
}
