import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { LEAD_SOURCES, nameKeyOf, type Lead, type User } from '../../vocabulary';
import { defineSkill, type Caller, type SkillServices } from '../skill';
import { RecordVisibility } from '../shared/record-visibility';
import { ownedByText } from '../shared/visibility-policy';

/** Country assumed for phone numbers written without a +country code. */
const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

export type LeadSource = (typeof LEAD_SOURCES)[number];

/** What `create-lead` saved. */
export interface CreatedLead {
  id: string;
  name: string;
  company?: string;
  email?: string;
  /** E.164, e.g. +14155550100. */
  phone?: string;
  title?: string;
  source: LeadSource;
  status: Lead['status'];
  owner?: { id: string; name: string };
}

/** Why a phone number is not usable, or its E.164 form. */
export function checkPhone(
  text: string,
  country: CountryCode = DEFAULT_PHONE_COUNTRY,
): { e164: string } | { problem: string } {
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) {
    return {
      problem: `"${text}" isn't a valid phone number: include the area code, or a +country code for numbers outside the ${country}.`,
    };
  }
  return { e164: parsed.number };
}

/** Why an e-mail address is not usable, or its normalised form. */
export function checkEmail(text: string): { address: string } | { problem: string } {
  const address = text.trim().toLowerCase();
  const parsed = z.email().safeParse(address);
  if (parsed.success) return { address };
  const reason = !address.includes('@')
    ? 'it has no @'
    : !/@[^@]+\.[a-z]{2,}$/i.test(address)
      ? `it needs a domain like ${address.split('@')[0] || 'name'}@company.com`
      : 'it has characters an address cannot have';
  return { problem: `"${text.trim()}" isn't a valid email address: ${reason}.` };
}

const emailInput = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const checked = checkEmail(text);
    if ('problem' in checked) ctx.addIssue({ code: 'custom', message: checked.problem });
  });
const phoneInput = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const checked = checkPhone(text);
    if ('problem' in checked) ctx.addIssue({ code: 'custom', message: checked.problem });
  });

/**
 * Creates a lead owned by the caller (or, for managers, marketing and admins, by a named user).
 * E-mail and phone are validated (phone stored as E.164); at least one is required. A lead or
 * contact that already has the e-mail address is a CONFLICT naming it (only by its owner when it
 * is another team's: the visibility policy).
 */
export const createLead = defineSkill({
  name: 'create-lead',
  description:
    "Create a sales lead: the person's name, optional company and job title, an email address and/or phone number (validated), the source (web, chat, event, referral, outbound, partner) and optionally the owner (a user's name or email; default the caller).",
  roles: ['rep', 'manager', 'marketing', 'admin'],
  changesData: true,
  input: z
    .object({
      name: z.string().trim().min(2, "give the person's name").max(200),
      company: z.string().trim().min(1).max(200).optional(),
      title: z.string().trim().min(1).max(200).optional(),
      email: emailInput.optional(),
      phone: phoneInput.optional(),
      source: z.enum(LEAD_SOURCES).default('outbound'),
      owner: z.string().trim().min(1).max(200).optional(),
      notes: z.string().trim().max(4000).optional(),
    })
    .refine((v) => v.email || v.phone, {
      message: 'give an email address or a phone number',
      path: ['email'],
    }),
  run: async (input, { caller, services }): Promise<CreatedLead> => {
    const email = input.email ? (checkEmail(input.email) as { address: string }).address : undefined;
    const phone = input.phone ? (checkPhone(input.phone) as { e164: string }).e164 : undefined;
    if (email) await refuseDuplicate(services, await RecordVisibility.of(services, caller), email);
    const owner = await ownerFor(services, caller, input.owner);
    const lead = await services.store.leads.insertOne({
      name: input.name,
      source: input.source,
      status: 'new',
      ...(input.company ? { company: input.company } : {}),
      ...(input.title ? { title: input.title } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(owner ? { ownerId: owner._id } : {}),
      ...(input.notes ? { notes: input.notes } : {}),
    });
    return {
      id: lead._id,
      name: lead.name,
      source: lead.source,
      status: lead.status,
      ...(lead.company ? { company: lead.company } : {}),
      ...(lead.title ? { title: lead.title } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(owner ? { owner: { id: owner._id, name: owner.name } } : {}),
    };
  },
});

async function refuseDuplicate(
  services: SkillServices,
  visibility: RecordVisibility,
  email: string,
): Promise<void> {
  const lead = await services.store.leads.findOne({ email });
  if (lead) {
    const seen = (await visibility.access(lead.ownerId, 'lead')) === 'full';
    throw new CrmError(
      ErrorCode.Conflict,
      seen
        ? `There is already a lead with ${email}: ${lead.name}${lead.company ? ` (${lead.company})` : ''}, status ${lead.status}.`
        : `There is already a lead with ${email}, ${ownedByText(await visibility.ownerOf(lead.ownerId))}.`,
      seen ? { leadId: lead._id } : {},
    );
  }
  const contact = await services.store.contacts.findOne({ email });
  if (contact) {
    const account = await services.store.accounts.findById(contact.accountId);
    const seen = (await visibility.access(account?.ownerId, 'contact')) === 'full';
    throw new CrmError(
      ErrorCode.Conflict,
      seen
        ? `${email} is already a contact: ${contact.firstName} ${contact.lastName}${account ? ` at ${account.name}` : ''}.`
        : `${email} is already a contact${account ? ` at ${account.name}` : ''}, ${ownedByText(await visibility.ownerOf(account?.ownerId))}.`,
      seen ? { contactId: contact._id } : {},
    );
  }
}

/** The owner of the new lead: the caller by default; someone else only for managers (their team), marketing and admins. */
async function ownerFor(
  services: SkillServices,
  caller: Caller,
  named: string | undefined,
): Promise<User | undefined> {
  const me = caller.userId ? await services.store.users.findById(caller.userId) : null;
  if (!named) return me ?? undefined;
  const text = named.trim();
  const users = await services.store.users.find({ active: true });
  const key = nameKeyOf(text);
  const matches = users.filter(
    (u) =>
      u.email === text.toLowerCase() ||
      nameKeyOf(u.name) === key ||
      nameKeyOf(u.name).split(' ').includes(key),
  );
  if (matches.length === 0) throw new CrmError(ErrorCode.NotFound, `I don't know a user called "${text}".`);
  if (matches.length > 1) {
    throw new CrmError(
      ErrorCode.Ambiguous,
      `Several people match "${text}": ${matches.map((u) => u.name).join(', ')}.`,
      {
        candidates: matches.map((u) => ({ id: u._id, name: u.name })),
      },
    );
  }
  const owner = matches[0]!;
  if (owner._id === me?._id) return owner;
  if (caller.role === 'rep')
    throw new CrmError(
      ErrorCode.Forbidden,
      'Reps can create leads only for themselves; ask your manager to assign it.',
    );
  if (caller.role === 'manager' && owner.team !== me?.team) {
    throw new CrmError(ErrorCode.Forbidden, `${owner.name} is not in your team (${me?.team ?? 'unknown'}).`);
  }
  return owner;
}
