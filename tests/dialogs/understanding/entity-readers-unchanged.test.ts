/**
 * The entity readers made cheaper (name matching, the calendar day) must read every message exactly
 * as before: each is run next to a copy of its previous version (kept only here, in `before-p3/`) on
 * the development conversations' messages and on many generated ones — the demo CRM's names as typed,
 * misspelt, cut, joined with filler and legal forms. Periods and dates, whose reading changes on
 * purpose from round to round, are compared with their recorded readings instead (a change of reading
 * is a reviewed diff of `tests/fixtures/understanding/period-readings.jsonl`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEvalCases } from '../../../src/cli/conversation-eval/eval-cases';
import { calendarDayIn, utcOffsetMinutes } from '../../../src/dialogs/understanding/entities/calendar-day';
import { NameMatcher } from '../../../src/dialogs/understanding/entities/name-matcher';
import { generateDemoCrm } from '../../../src/store/seed/generate-demo-crm';
import { Random } from '../../../src/store/seed/random';
import type { NamedRecord } from '../../../src/vocabulary';
import {
  calendarDayIn as calendarDayBefore,
  utcOffsetMinutes as utcOffsetBefore,
} from './before-p3/calendar-day';
import { NameMatcher as NameMatcherBefore } from './before-p3/name-matcher';
import { PERIOD_READINGS_FILE, parseRecordedLine, readPeriods } from '../../fixtures/period-readings';

const DEV_SETS = ['dev', 'dev-round2', 'dev-qa', 'dev-qa2', 'dev-qa3', 'dev-qa4'];
const devMessages = DEV_SETS.flatMap((set) =>
  readEvalCases(path.join(__dirname, '..', '..', '..', 'eval', 'conversations', `${set}.jsonl`)).flatMap(
    (c) => c.turns,
  ),
);

const crm = generateDemoCrm({ anchor: new Date('2026-06-15T12:00:00Z'), scale: 0.2 });
const accounts: NamedRecord[] = crm.accounts.map((a) => ({ id: a._id, name: a.name }));
const contacts: NamedRecord[] = crm.contacts.map((c) => ({
  id: c._id,
  name: `${c.firstName} ${c.lastName}`,
  aliases: [c.lastName],
}));
const products: NamedRecord[] = crm.products.map((p) => ({ id: p._id, name: p.name }));

const FILLER = [
  'the',
  'deal',
  'with',
  'brief',
  'me',
  'on',
  'inc',
  'gmbh',
  'and',
  'ltd',
  'what',
  'about',
  'pls',
];
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789' ";

/** A name with up to three random edits (substitution, insertion, deletion, swap). */
function misspelt(random: Random, name: string): string {
  let text = name.toLowerCase();
  for (let edits = random.int(0, 3); edits > 0 && text.length > 1; edits--) {
    const at = random.int(0, text.length - 1);
    const letter = LETTERS[random.int(0, LETTERS.length - 1)]!;
    const kind = random.int(0, 3);
    if (kind === 0) text = text.slice(0, at) + letter + text.slice(at + 1);
    else if (kind === 1) text = text.slice(0, at) + letter + text.slice(at);
    else if (kind === 2) text = text.slice(0, at) + text.slice(at + 1);
    else text = text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2);
  }
  return text;
}

/** A message of filler words, names as typed, misspelt or cut to their first words, in random order. */
function generatedMessage(random: Random, names: readonly NamedRecord[]): string {
  const parts: string[] = [];
  for (let count = random.int(1, 8); count > 0; count--) {
    const pick = random.int(0, 3);
    const name = names[random.int(0, names.length - 1)]!.name;
    if (pick === 0) parts.push(FILLER[random.int(0, FILLER.length - 1)]!);
    else if (pick === 1) parts.push(name);
    else if (pick === 2) parts.push(misspelt(random, name));
    else parts.push(name.split(' ').slice(0, random.int(1, 2)).join(' '));
  }
  return parts.join(random.chance(0.2) ? ', ' : ' ');
}

describe('name matching reads every message as before', () => {
  const lists = { accounts, contacts, products };
  for (const [kind, names] of Object.entries(lists)) {
    it(`${kind}: development messages and 1,000 generated ones, at two score floors`, () => {
      const now = new NameMatcher(names);
      const before = new NameMatcherBefore(names);
      const random = new Random(kind.length);
      const messages = [
        ...devMessages,
        ...Array.from({ length: 1_000 }, () => generatedMessage(random, names)),
      ];
      let found = 0;
      const differences: unknown[] = [];
      for (const message of messages) {
        for (const minScore of [0.6, 0.75]) {
          const expected = before.find(message, minScore, 8);
          const actual = now.find(message, minScore, 8);
          found += expected.length;
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            differences.push({ message, minScore, expected, actual });
        }
      }
      expect(differences.slice(0, 3)).toEqual([]);
      // The generated messages do name records, misspelt ones included, so the comparison has teeth.
      expect(found).toBeGreaterThan(messages.length);
    });
  }
});

describe("several lists searched in turn share each message's spans, and read it as before", () => {
  it('accounts, contacts and products, each message as typed and with final "s" dropped, in the order entity extraction asks', () => {
    const lists = [accounts, contacts, products];
    const now = lists.map((names) => new NameMatcher(names));
    const before = lists.map((names) => new NameMatcherBefore(names));
    const random = new Random(11);
    const messages = [
      ...devMessages.slice(0, 400),
      ...Array.from({ length: 300 }, () => generatedMessage(random, [...accounts, ...contacts])),
    ];
    let found = 0;
    const differences: unknown[] = [];
    for (const message of messages) {
      const singular = message.replace(/\b([a-z]{2,}[a-rt-z])s\b/gi, '$1');
      // The spans of one text are worked out once and kept for a few texts: ask across lists and texts.
      for (const [text, list] of [
        [message, 0],
        [message, 1],
        [singular, 1],
        [message, 2],
        [singular, 0],
        [message, 1],
      ] as const) {
        const expected = before[list]!.find(text);
        const actual = now[list]!.find(text);
        found += expected.length;
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          differences.push({ text, list, expected, actual });
      }
    }
    expect(differences.slice(0, 3)).toEqual([]);
    expect(found).toBeGreaterThan(messages.length);
  });
});

describe('whole names only: the same candidates of 0.9 or more as the full search, cheaper', () => {
  for (const [kind, names] of Object.entries({ accounts, contacts })) {
    it(`${kind}: development messages, as typed and with every final "s" dropped, and 1,000 generated ones`, () => {
      const matcher = new NameMatcher(names);
      const random = new Random(kind.length + 1);
      const messages = [
        ...devMessages,
        ...devMessages.map((m) => m.replace(/\b([a-z]{2,}[a-rt-z])s\b/gi, '$1')),
        ...Array.from({ length: 1_000 }, () => generatedMessage(random, names)),
      ];
      let found = 0;
      const differences: unknown[] = [];
      for (const message of messages) {
        const expected = matcher.find(message, 0.6, 5).filter((c) => c.score >= 0.9);
        const actual = matcher.find(message, 0.9, 5, true);
        found += expected.length;
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          differences.push({ message, expected, actual });
      }
      expect(differences.slice(0, 3)).toEqual([]);
      expect(found).toBeGreaterThan(messages.length / 4);
    });
  }
  it('leaves out misspellings and single words of a longer name, which score below 0.9', () => {
    const matcher = new NameMatcher([{ id: 'a1', name: 'Summit Logistics' }]);
    expect(matcher.find('call summit logistcs', 0.6).map((c) => c.id)).toEqual(['a1']);
    expect(matcher.find('call summit logistcs', 0.9, 5, true)).toEqual([]);
    expect(matcher.find('call summit logistics', 0.9, 5, true).map((c) => c.score)).toEqual([1]);
  });
});

describe('the calendar day reads every instant as before, periods and dates as recorded', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  it('calendar day and UTC offset of instants 1900–2100 in every zone, walked in steps of seconds to half an hour', () => {
    const random = new Random(7);
    const differences: unknown[] = [];
    for (let i = 0; i < 3_000; i++) {
      const zone = zones[random.int(0, zones.length - 1)]!;
      // From a random instant, 48 steps forward: the same minute again, the next minutes and
      // (about half the time) past the zone's midnight, so a remembered minute is read and replaced.
      let at =
        Date.UTC(random.int(1900, 2100), random.int(0, 11), random.int(1, 28)) + random.int(0, 86_399_999);
      for (let step = 0; step < 48; step++) {
        at += random.chance(0.3) ? random.int(0, 59_999) : random.int(1, 30) * 60_000;
        const now = new Date(at);
        const day = [calendarDayIn(now, zone), utcOffsetMinutes(now, zone)];
        const expected = [calendarDayBefore(now, zone), utcOffsetBefore(now, zone)];
        if (JSON.stringify(day) !== JSON.stringify(expected)) differences.push({ zone, at, day, expected });
      }
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });

  it('periods and dates of the development messages read as recorded, each at its recorded instant and zone', () => {
    const recorded = fs.readFileSync(PERIOD_READINGS_FILE, 'utf8').trim().split('\n').map(parseRecordedLine);
    const differences = recorded
      .map(({ readingCase, reading }) => ({
        readingCase,
        expected: reading,
        found: readPeriods(readingCase),
      }))
      .filter(({ expected, found }) => JSON.stringify(found) !== JSON.stringify(expected));
    // A reading changed on purpose: re-record with `npx tsx tests/fixtures/record-period-readings.ts`
    // and read the file's diff before committing it.
    expect(differences.slice(0, 3)).toEqual([]);
    expect(recorded.length).toBeGreaterThan(1_000);
    expect(
      recorded.filter(({ reading }) => reading.periods.length + reading.dates.length > 0).length,
    ).toBeGreaterThan(150);
  });
});
