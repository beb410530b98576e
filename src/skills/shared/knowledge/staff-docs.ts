import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KnowledgeBase } from '../../../ml/knowledge/knowledge-base';
import type { SkillServices } from '../../skill';
import { trainedDirOf } from '../model-holder';

/**
 * The user documentation pages signed-in staff are answered from, besides the public help centre in
 * `knowledge/`: running the product (configuration, logs, backups, audit log, users, channels, digests)
 * and what its figures mean (lead score, forecast). Paths are relative to the project folder, the one
 * holding the knowledge folder. Visitors are never answered from these.
 */
export const STAFF_DOC_PAGES: readonly string[] = [
  'README.md',
  'docs/operations.md',
  'docs/deployment.md',
  'docs/digests.md',
  'docs/channels/slack.md',
  'docs/channels/teams.md',
  'docs/channels/users.md',
  'docs/channels/widget.md',
  'docs/analysts.md',
  'docs/scoring-and-forecasting.md',
];

/**
 * Sections left out with everything under them: measurements, benchmark results, tests and code maps
 * answer no question about running the product, and their figures would outrank the how-to.
 */
const LEFT_OUT_SECTION =
  /\b(?:measured|measurements?|results?|benchmarks?|tests?|ci|code|scale|scaling|before and after|known gaps|gaps|documentation|cpu accounting|where the time goes|cost|costs)\b/i;

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** A page's markdown without the left-out sections (headings inside code fences are not headings). */
export function staffPageText(markdown: string): string {
  const kept: string[] = [];
  let inFence = false;
  let skippingBelow: number | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = inFence ? null : HEADING.exec(line);
    if (FENCE.test(line)) inFence = !inFence;
    if (heading) {
      const level = heading[1]!.length;
      if (skippingBelow !== undefined && level <= skippingBelow) skippingBelow = undefined;
      if (skippingBelow === undefined && level > 1 && LEFT_OUT_SECTION.test(heading[2]!))
        skippingBelow = level;
    }
    if (skippingBelow === undefined) kept.push(line);
  }
  return tablesAsListItems(unwrapped(shortCodeOnOneLine(kept)))
    .filter((line) => !CITES_TESTS.test(line))
    .map((line) => withoutDeveloperSentences(line.replace(SOURCE_LINK, '')))
    .filter((line) => line !== undefined)
    .join('\n');
}

/**
 * Text written for the people who change the code, not for those who run or use the product: a
 * path or link into the source, tests or benches, a source file's name, a call written out
 * (`defineJob({ … })`), or a function of the code named as the one that does the work ("drawn by
 * `forecastReply`", "recorded in `invokeSkill`"). A quoted sentence of it would answer a manager's
 * question with the code's names (issue 19, w26c: "why? what were the main reasons" quoted the
 * skill table).
 */
const DEVELOPER_TEXT =
  /(?:\]\(|`)(?:\.\.\/)*(?:src|tests|bench|scripts)\/|`[\w./*-]+\.(?:ts|tsx|mjs|cjs)`|`[A-Za-z_][\w.]*\(|\b(?:recorded|drawn|declared|defined|implemented|written|built|computed|done)\s+(?:in|by|with)\s+`[a-z]+[A-Z]\w*`|`[A-Za-z][a-z]+(?:[A-Z][a-z]+)*(?:Reply|Handler|Dialog|Skill|Query|Allows|Trail|Job|Error)`/;

/** Where a sentence or a clause of a list ends: each is kept or dropped on its own. */
const CLAUSE_END = /(?<=[.!?;])\s+/;

/**
 * The line without its asides, sentences and clauses written for developers (`DEVELOPER_TEXT`);
 * `undefined` when nothing is left of it, or when the list item's subject is itself code.
 */
function withoutDeveloperSentences(line: string): string | undefined {
  if (!DEVELOPER_TEXT.test(line)) return line;
  const unlinked = line
    .replace(SOURCE_FILE_LINK, '')
    .replace(/ ?\([,; ]*\)/g, '')
    .replace(/ +([,;:)])/g, '$1')
    .replace(/ {2,}/g, ' ');
  const trimmed = unlinked.replace(ASIDE, (aside) => (DEVELOPER_TEXT.test(aside) ? '' : aside));
  if (!DEVELOPER_TEXT.test(trimmed)) return trimmed;
  const [first = '', ...rest] = trimmed.split(CLAUSE_END);
  if (DEVELOPER_TEXT.test(first) && LIST_ITEM.test(first)) return undefined;
  const kept = [first, ...rest].filter((clause) => !DEVELOPER_TEXT.test(clause));
  return kept.length ? kept.join(' ').replace(/;$/, '.') : undefined;
}

/** A link to a source, test or bench file or folder ("[`src/config/config.ts`](../src/config/config.ts)"). */
const SOURCE_FILE_LINK = /\[[^\]]*\]\((?:\.\.\/)*(?:src|tests|bench|scripts)\/[^)]*\)/g;

/** An aside in brackets (no brackets inside): dropped alone when it is what names the code. */
const ASIDE = / ?\([^()]*\)/g;

/** A paragraph about how a test checks the product, not about using it. */
const CITES_TESTS = /\]\((?:\.\.\/)*tests\//;
/** "([`src/core/logger.ts`](../src/core/logger.ts))": where the code is, which no question asks. */
const SOURCE_LINK = /\s*\(\[`?(?:src|tests|bench|scripts)\/[^\]]*\]\([^)]*\)\)/g;

/** Code blocks up to this many lines are read as one unit (the commands of one task, quoted together). */
const SHORT_CODE_LINES = 6;

/** A short code block's lines joined into one ("backup; restore; restore --force"), so the answer quotes them all. */
function shortCodeOnOneLine(lines: readonly string[]): string[] {
  const result: string[] = [];
  let block: string[] | undefined;
  for (const line of lines) {
    if (!FENCE.test(line)) {
      (block ?? result).push(line);
      continue;
    }
    if (!block) {
      block = [line];
      continue;
    }
    const code = block.slice(1).filter((codeLine) => codeLine.trim());
    result.push(
      block[0]!,
      ...(code.length <= SHORT_CODE_LINES
        ? [code.map((codeLine) => codeLine.trim().replace(/\s{2,}/g, ' ')).join('; ')]
        : code),
      line,
    );
    block = undefined;
  }
  return block ? [...result, ...block] : result;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Paragraphs and list items on one line each: the docs are wrapped at about 100 characters, and
 * the chunker and the answer extractor take a line for a unit, so a wrapped sentence would be
 * quoted in pieces. Headings, tables, code and blank lines are kept as they are.
 */
function unwrapped(lines: readonly string[]): string[] {
  const result: string[] = [];
  let inFence = false;
  let joinable = false;
  for (const line of lines) {
    const fence = FENCE.test(line);
    if (fence) inFence = !inFence;
    const standalone =
      fence || inFence || !line.trim() || HEADING.test(line) || TABLE_ROW.test(line) || LIST_ITEM.test(line);
    if (joinable && !standalone) result[result.length - 1] += ` ${line.trim()}`;
    else result.push(line);
    joinable = !fence && !inFence && !!line.trim() && !HEADING.test(line) && !TABLE_ROW.test(line);
  }
  return result;
}

const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}/;

/**
 * A table of the code, not of the product: a column naming the code that holds each piece
 * ("| piece | code |") or the interface of each skill ("| skill | roles | input | returns |").
 */
function isCodeTable(header: readonly string[] | undefined): boolean {
  const columns = (header ?? []).map((cell) => cell.toLowerCase());
  return columns.includes('code') || (columns.includes('input') && columns.includes('roles'));
}

function cellsOf(row: string): string[] {
  return TABLE_ROW.exec(row)![1]!
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * Table rows as list items that read on their own: the first cell, then the others with their column
 * names but the last (the explanation): "- `PORT`: default `3978`; TCP port of the bot server ...".
 * A quoted row then carries its own meaning, as a table line cut out of its table does not.
 */
function tablesAsListItems(lines: readonly string[]): string[] {
  const result: string[] = [];
  let header: string[] | undefined;
  for (const [index, line] of lines.entries()) {
    if (!TABLE_ROW.test(line)) {
      header = undefined;
      result.push(line);
    } else if (!header && TABLE_RULE.test(lines[index + 1] ?? '')) header = cellsOf(line);
    else if (TABLE_RULE.test(line) || isCodeTable(header)) continue;
    else {
      const [first = '', ...rest] = cellsOf(line);
      const named = rest.map((cell, at) =>
        at === rest.length - 1 || !header?.[at + 1] ? cell : `${header[at + 1]} ${cell}`,
      );
      result.push(`- ${first}: ${named.filter(Boolean).join('; ')}`);
    }
  }
  return result;
}

/** The folder the documentation pages are read from: the project folder holding the knowledge folder. */
export function projectDirOf(knowledgeDir: string): string {
  return dirname(knowledgeDir);
}

/**
 * Writes the selected pages (left-out sections removed) into `pagesDir` as the files the knowledge
 * indexer reads, rewriting only those whose text changed and removing pages no longer there, so an
 * unchanged documentation set is not re-indexed. The docs pages stay the one source of truth: this
 * folder is a derived cache under the models folder, like the index itself.
 */
export async function writeStaffPages(projectDir: string, pagesDir: string): Promise<void> {
  await mkdir(pagesDir, { recursive: true });
  const wanted = new Map<string, string>();
  for (const page of STAFF_DOC_PAGES) {
    let source: string;
    try {
      source = await readFile(join(projectDir, page), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    wanted.set(page.replace(/\//g, '__'), staffPageText(source));
  }
  for (const name of await readdir(pagesDir))
    if (!wanted.has(name)) await rm(join(pagesDir, name), { force: true });
  for (const [name, text] of wanted) {
    const path = join(pagesDir, name);
    const old = await readFile(path, 'utf8').catch(() => undefined);
    if (old !== text) await writeFile(path, text);
  }
}

/** How often the open staff documentation looks for edited pages. */
const RECHECK_MS = 60_000;

interface Held {
  base: KnowledgeBase;
  checkedAt: number;
}

/**
 * The process-wide staff documentation base: the selected docs pages indexed as the knowledge base
 * indexes `knowledge/` (same chunking by heading, retrieval and no-answer threshold), in its own
 * index under `staff-docs/` of the directory this installation writes its own models to
 * (TRAINED_MODELS_DIR, by default DATA_DIR/models): the shipped models folder is read-only to the
 * bot in the container (root-owned `/app/models`, the bot runs as `node`). Re-checked at most once
 * a minute, as the knowledge base is. Always the local embedding: these pages are not sent to a
 * remote model.
 */
export async function staffDocsBaseOf(services: SkillServices): Promise<KnowledgeBase> {
  const root = join(trainedDirOf(services), 'staff-docs');
  const pagesDir = join(root, 'pages');
  const open = async (): Promise<Held> => {
    await writeStaffPages(projectDirOf(services.knowledgeDir), pagesDir);
    const base = await KnowledgeBase.open({ knowledgeDir: pagesDir, modelsDir: root, clock: services.clock });
    return { base, checkedAt: services.clock().getTime() };
  };
  const held = await services.artifacts.get<Held>('staff-docs-base', open);
  const now = services.clock().getTime();
  if (now - held.checkedAt < RECHECK_MS) return held.base;
  held.checkedAt = now;
  await writeStaffPages(projectDirOf(services.knowledgeDir), pagesDir);
  if (!(await held.base.hasChanges())) return held.base;
  services.artifacts.invalidate('staff-docs-base');
  return (await services.artifacts.get<Held>('staff-docs-base', open)).base;
}
