import { setMyTimezone, showMyProfile, type MyProfile } from '../../skills/my-profile';
import type { UserRole } from '../../vocabulary';
import { timeZoneNamed } from '../../vocabulary/time-zones';
import type { Reply } from '../reply';
import { selfQuestionOf, type SelfQuestion } from '../routing/self-questions';
import type { IntentHandler } from './intent-handler';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotDialogOptions,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const SET_TIMEZONE_DIALOG = 'set-my-timezone';

/** A role in words, with what it may see, as README's "What each role can ask" says. */
const ROLE_SCOPES: Record<UserRole, { name: string; scope: string }> = {
  rep: {
    name: 'sales rep',
    scope:
      "your team's accounts, contacts, deals and activity (other teams' accounts by name, industry and owner only); scores and forecasts of your own deals; you can log calls, create leads and tasks and move your deals",
  },
  manager: {
    name: 'sales manager',
    scope:
      "everything a rep can, for your whole team: its pipeline, forecasts, at-risk deals and churn risk, and your team's sales target and daily digests",
  },
  marketing: {
    name: 'marketing user',
    scope:
      'segments, audiences, leads and their conversion chances, accounts and contacts; not deal scores, forecasts or deal changes',
  },
  support: {
    name: 'support agent',
    scope:
      "cases (opening, closing, SLAs), customers' contacts, products and history, and reply drafts from the knowledge base; no deals or leads",
  },
  analyst: {
    name: 'analyst',
    scope:
      'product knowledge, churn risks and (read-only) cases in chat; on the command line, every collection as an export and its data profile',
  },
  admin: {
    name: 'admin',
    scope: "everything every other role can, over every team's records, the audit log, and running the bot",
  },
};

const article = (words: string) => (/^[aeiou]/i.test(words) ? 'an' : 'a');

function whoLine(profile: MyProfile): string {
  const role = ROLE_SCOPES[profile.role].name;
  const where = [profile.team ? `team ${profile.team}` : '', profile.region ?? ''].filter(Boolean).join(', ');
  return `You're ${profile.name} (${profile.email}), ${article(role)} ${role}${where ? ` on ${where}` : ''}.`;
}

function roleReply(profile: MyProfile): Reply {
  return {
    text: `${whoLine(profile)} As ${article(ROLE_SCOPES[profile.role].name)} ${ROLE_SCOPES[profile.role].name} you can see ${ROLE_SCOPES[profile.role].scope}. Roles are changed by an admin ("crmpro users set-role").`,
  };
}

function teamReply(profile: MyProfile): Reply {
  const managers = profile.managers.length ? ` Your manager: ${profile.managers.join(', ')}.` : '';
  return {
    text: `You're on team ${profile.team}${profile.region ? ` (${profile.region})` : ''}.${managers} "Who's on my team?" lists everyone.`,
  };
}

function timezoneReply(profile: MyProfile): Reply {
  return {
    text: `Your time zone is ${profile.timezone}: dates and times I show you, and what "today" means, follow it. Say "change my time zone to Europe/London" to change it.`,
  };
}

function profileReply(profile: MyProfile): Reply {
  const lines = [
    whoLine(profile),
    `- Time zone: ${profile.timezone}`,
    ...(profile.managers.length ? [`- Manager: ${profile.managers.join(', ')}`] : []),
    `- Linked chat accounts: ${[profile.linked.slack ? 'Slack' : '', profile.linked.teams ? 'Teams' : ''].filter(Boolean).join(', ') || 'none (web chat and the command line need none)'}`,
    ...(profile.owns
      ? [
          `- You own ${profile.owns.accounts} accounts, ${profile.owns.openDeals} open deals and ${profile.owns.openTasks} open tasks`,
        ]
      : []),
    `- Digests: ${profile.digests.length ? profile.digests.map((d) => `${d.kind} ${d.schedule} (${d.timezone}, ${d.channel})`).join('; ') : 'none'}`,
    'What you write to me is kept as a transcript in this CRM, on your own server (a year by default; your admin sets how long), and each answer that reads records is in the audit log admins can read. This conversation remembers the records we just talked about, for follow-ups; "start over" forgets them.',
  ];
  return { text: lines.join('\n') };
}

const SET_OTHER_REPLY =
  'Each person changes their own time zone here ("change my time zone to Europe/London"). An admin sets anyone\'s on the command line: `crmpro users set-timezone --email <their e-mail> --timezone Europe/London`.';

/** "what's my role", "who am i", "what do you know about me", "which team am i on", "what's my timezone", "change my timezone to london". */
export const selfHandler: IntentHandler = {
  intents: ['about_me'],
  handle: async ({ text, caller, skills }) => {
    const question: SelfQuestion = selfQuestionOf(text) ?? { kind: 'profile' };
    if (question.kind === 'set-other-timezone') return { text: SET_OTHER_REPLY };
    if (question.kind === 'set-timezone')
      return {
        beginDialog: SET_TIMEZONE_DIALOG,
        options: { draft: { said: question.zone } } satisfies SlotDialogOptions<TimezoneDraft>,
      };
    const profile = await skills.call(showMyProfile, {}, caller);
    switch (question.kind) {
      case 'role':
        return roleReply(profile);
      case 'team':
        return teamReply(profile);
      case 'timezone':
        return timezoneReply(profile);
      default:
        return profileReply(profile);
    }
  },
};

/** The time zone change being asked for: the zone as said, and the IANA name it was read as. */
interface TimezoneDraft {
  said?: string;
  zone?: string;
}

/**
 * "change my timezone to europe/london": reads the zone (an IANA name, a city, "pacific time"),
 * asks for one when none was said or it is unknown, confirms, and saves through `set-my-timezone`.
 */
export class SetTimezoneDialog extends SlotFillingDialog<TimezoneDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(SET_TIMEZONE_DIALOG, deps, ['about_me']);
  }

  protected emptyDraft(): TimezoneDraft {
    return {};
  }

  protected async nextStep(input: TimezoneDraft, turn: SlotTurn): Promise<SlotStep<TimezoneDraft>> {
    const draft = { ...input };
    if (!draft.zone && draft.said) draft.zone = timeZoneNamed(draft.said);
    if (!draft.zone)
      return {
        draft: {},
        question: {
          slot: 'zone',
          text: 'Which time zone? Say a city or an IANA name, for example "Europe/London" or "New York".',
          ...(draft.said ? { problem: `I don't know a time zone called "${draft.said}".` } : {}),
        },
      };
    // The stored zone, not the caller's: a command-line session keeps its caller from its start.
    const { timezone: current } = await turn.skills.call(showMyProfile, {}, turn.caller);
    if (draft.zone === current)
      return { done: [{ text: `Your time zone is already ${draft.zone}; nothing changed.` }] };
    return {
      draft,
      question: {
        slot: 'confirm',
        text: `Change your time zone from ${current} to ${draft.zone}? (yes / no)`,
        buttons: YES_NO_BUTTONS,
      },
    };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: TimezoneDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<TimezoneDraft>> {
    if (question.slot === 'zone') {
      const zone = timeZoneNamed(text);
      return zone
        ? { kind: 'filled', draft: { said: text, zone } }
        : { kind: 'problem', problem: `I don't know a time zone called "${text.trim()}".` };
    }
    if (question.slot !== 'confirm') return { kind: 'unhandled' };
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no')
      return { kind: 'done', replies: [{ text: 'Okay, your time zone stays as it was.' }] };
    if (answer !== 'yes') {
      const other = timeZoneNamed(text);
      if (other) return { kind: 'filled', draft: { said: text, zone: other } };
      return { kind: 'problem', problem: 'Please answer yes or no, or name another time zone.' };
    }
    const change = await turn.skills.call(setMyTimezone, { timezone: draft.zone! }, turn.caller);
    const digests = change.digestsElsewhere.length
      ? ` Your digests keep their own schedule: ${change.digestsElsewhere.map((d) => `${d.kind} ${d.schedule} in ${d.timezone}`).join('; ')} (subscribe again to move them).`
      : '';
    return {
      kind: 'done',
      replies: [
        {
          text: `Done: your time zone is now ${change.after} (was ${change.before}); dates and times I show you follow it from your next message.${digests}`,
        },
      ],
    };
  }
}

/** The self-service dialogs, for the root dialog. */
export function selfDialogs(deps: SlotDialogDependencies): SetTimezoneDialog[] {
  return [new SetTimezoneDialog(deps)];
}
