import { z } from 'zod';
import { defineSkill } from '../skill';
import type { TeamNotice } from '../shared/team-notifier';
import { isFreeMailAddress } from '../shared/free-mail';
import { visitorAccount } from '../shared/visitor-account';

export { isFreeMailAddress };

/** Who was told about a website lead: the owning rep, the lead queue, or nobody (no notifier, or unreachable). */
export type LeadNoticeTarget = 'owner' | 'lead-queue' | 'nobody';

/** The lead's first note line, by what the visitor asked for. */
const INTEREST_NOTES = {
  demo: 'Asked for a demo on the website.',
  'call-back': 'Asked to be contacted (website chat).',
  sales: 'Asked to talk to sales on the website (a sales enquiry from the website chat).',
} as const;
/** What the team's notice says the visitor wants. */
const INTEREST_WANTS = { demo: 'a demo', 'call-back': 'to be contacted', sales: 'to talk to sales' } as const;

/**
 * What `capture-website-lead` did. Deliberately nothing about CRM records: the caller is an
 * anonymous visitor, who must not learn whether their company or address is known.
 */
export interface CapturedWebsiteLead {
  /** False when a lead with this e-mail existed already (it was not duplicated; its owner was told again). */
  created: boolean;
  notified: LeadNoticeTarget;
}

/**
 * A website visitor leaves their details (a demo request, or an e-mail when nobody could take a
 * hand-off): creates a Lead with source `chat` (the vocabulary's source for leads from the website chat), owned by the rep who owns the visitor's
 * account when the e-mail domain or the company matches one, and tells that rep, else the lead
 * queue, through the team notifier. An address already on a lead is not duplicated.
 */
export const captureWebsiteLead = defineSkill({
  name: 'capture-website-lead',
  description:
    "A website visitor's request to be contacted (a demo, or a call back): their name, work e-mail and company.",
  roles: ['visitor'],
  changesData: true,
  input: z.object({
    name: z.string().trim().min(2).max(200),
    email: z.string().trim().toLowerCase().pipe(z.email('give a valid e-mail address')),
    company: z.string().trim().min(1).max(200).optional(),
    /** What the visitor asked for: a demo, a call back, or the sales team (a quote, pricing, "talk to sales"). */
    interest: z.enum(['demo', 'call-back', 'sales']).default('demo'),
    /** The visitor's own words, e.g. the question nobody was there to answer. */
    notes: z.string().trim().max(4000).optional(),
  }),
  run: async (input, { services }): Promise<CapturedWebsiteLead> => {
    const { email } = input;
    const { account, owner } = await visitorAccount(services, { email, company: input.company });
    const existing = await services.store.leads.findOne({ email });
    if (!existing) {
      await services.store.leads.insertOne({
        name: input.name,
        email,
        source: 'chat',
        status: 'new',
        ...(input.company ? { company: input.company } : {}),
        ...(owner ? { ownerId: owner._id } : {}),
        ...(account ? { accountId: account._id } : {}),
        notes: [INTEREST_NOTES[input.interest], input.notes].filter(Boolean).join('\n'),
      });
    }
    const notice: TeamNotice = {
      title: `${existing ? 'Returning' : 'New'} website lead: ${input.name}${input.company ? ` (${input.company})` : ''}`,
      lines: [
        `Wants: ${INTEREST_WANTS[input.interest]}`,
        `E-mail: ${email}`,
        ...(account ? [`Account: ${account.name}`] : []),
        ...(input.notes ? [`Said: ${input.notes}`] : []),
      ],
    };
    const notifier = services.notifier;
    let notified: LeadNoticeTarget = 'nobody';
    try {
      if (notifier && owner && (await notifier.toUser(owner.email, notice))) notified = 'owner';
      else if (notifier && (await notifier.toLeadQueue(notice))) notified = 'lead-queue';
    } catch (error) {
      // The lead is saved; a notice that failed is logged, never the visitor's problem.
      services.logger.warn({ err: error }, 'could not tell the team about a website lead');
    }
    services.logger.info({ created: !existing, notified }, 'website lead captured');
    return { created: !existing, notified };
  },
});
