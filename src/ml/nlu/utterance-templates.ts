import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import type { LabelledUtterance } from './intent-training';
import { SeededRandom } from '../../core/seeded-random';

/** One template line of an intent file, e.g. "log a call with {contact} at {account}". */
export interface UtteranceTemplate {
  readonly intent: string;
  readonly template: string;
  /** 1-based line in its file, for error messages. */
  readonly line: number;
}

/** Slot name → values a template's `{slot}` is filled with. */
export type SlotValues = Readonly<Record<string, readonly string[]>>;

const SLOT = /\{(\w+)\}/g;

/**
 * Reads `<dir>/<intent>.txt` files: one template per line, `#` starts a comment line.
 * The file name (without .txt) is the intent.
 */
export function readUtteranceTemplates(dir: string): UtteranceTemplate[] {
  const templates: UtteranceTemplate[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const intent = basename(file, '.txt');
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const template = raw.trim();
        if (template && !template.startsWith('#')) templates.push({ intent, template, line: i + 1 });
      });
  }
  return templates;
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qs',
  s: 'adw',
  d: 'sfe',
  e: 'wr',
  r: 'et',
  t: 'ry',
  o: 'ip',
  i: 'uo',
  n: 'bm',
  l: 'k',
  c: 'xv',
  p: 'o',
  u: 'yi',
  m: 'n',
  g: 'fh',
};

/** One realistic typo in a random word of four or more letters: a dropped, doubled, swapped or neighbouring key. */
export function withTypo(text: string, random: SeededRandom): string {
  const words = text.split(' ');
  const candidates = words.map((word, i) => ({ word, i })).filter(({ word }) => /^[a-z]{4,}$/.test(word));
  if (candidates.length === 0) return text;
  const { word, i } = candidates[random.below(candidates.length)]!;
  const at = 1 + random.below(word.length - 2);
  let typo: string;
  switch (random.below(4)) {
    case 0:
      typo = word.slice(0, at) + word.slice(at + 1);
      break;
    case 1:
      typo = word.slice(0, at) + word[at] + word.slice(at);
      break;
    case 2:
      typo = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      break;
    default: {
      const neighbours = KEYBOARD_NEIGHBOURS[word[at]!] ?? word[at]!;
      typo = word.slice(0, at) + neighbours[random.below(neighbours.length)] + word.slice(at + 1);
    }
  }
  words[i] = typo;
  return words.join(' ');
}

/**
 * Expands templates into labelled utterances: a template with slots yields `variantsPerTemplate`
 * fillings with random slot values; one without slots yields itself. A `typoShare` of the results
 * gets one extra copy with a typo, so the model sees misspellings like the ones people type.
 */
export function expandTemplates(
  templates: readonly UtteranceTemplate[],
  slots: SlotValues,
  options: { variantsPerTemplate: number; typoShare: number; seed: number },
): LabelledUtterance[] {
  const random = new SeededRandom(options.seed);
  const utterances: LabelledUtterance[] = [];
  for (const { intent, template, line } of templates) {
    const hasSlots = SLOT.test(template);
    SLOT.lastIndex = 0;
    const seen = new Set<string>();
    const count = hasSlots ? options.variantsPerTemplate : 1;
    for (let v = 0; v < count; v++) {
      const text = template.replace(SLOT, (_, slot: string) => {
        const values = slots[slot];
        if (!values || values.length === 0)
          throw new CrmError(ErrorCode.InvalidInput, `${intent}.txt line ${line}: unknown slot {${slot}}`);
        return values[random.below(values.length)]!;
      });
      if (seen.has(text)) continue;
      seen.add(text);
      utterances.push({ text, label: intent, group: `${intent}:${line}` });
      if (random.next() < options.typoShare) {
        const typo = withTypo(text, random);
        if (typo !== text) utterances.push({ text: typo, label: intent, group: `${intent}:${line}` });
      }
    }
  }
  return utterances;
}
