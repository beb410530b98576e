import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_EXTENSIONS } from '../ml/knowledge/ingestion/document-reader';
import { updateKnowledgeIndex } from '../ml/knowledge/ingestion/knowledge-indexer';
import { appendAudit } from '../skills/shared/audit-log';
import {
  ERASED,
  erasePersonalData,
  findPersonalData,
  type PersonalData,
} from '../store/maintenance/personal-data';
import type { CliEnvironment } from './cli-environment';

const CATEGORIES = [
  'contacts',
  'leads',
  'interactions',
  'tasks',
  'conversations',
  'conversationState',
  'cases',
] as const;

/** Lines of the knowledge documents that name the person (file, line number, text). */
function knowledgeMentions(knowledgeDir: string, data: PersonalData) {
  const needles = [data.email, ...data.names].map((each) => each.toLowerCase());
  const mentions: { file: string; line: number; text: string }[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(knowledgeDir, { recursive: true }) as string[];
  } catch {
    return mentions;
  }
  const indexed = (name: string) =>
    KNOWLEDGE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));
  for (const file of files.filter(indexed)) {
    readFileSync(path.join(knowledgeDir, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (needles.some((needle) => text.toLowerCase().includes(needle)))
          mentions.push({ file, line: index + 1, text });
      });
  }
  return mentions;
}

/** "team.md: line 3, 9" for each document that names the person. */
function linesByFile(mentions: { file: string; line: number }[]): string[] {
  const files = [...new Set(mentions.map((mention) => mention.file))];
  return files.map(
    (file) =>
      `  ${file}: line ${mentions
        .filter((mention) => mention.file === file)
        .map((mention) => mention.line)
        .join(', ')}`,
  );
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces the person's name and e-mail with `[erased]` in the knowledge documents that name them
 * (each file rewritten whole, then renamed into place). The documents live outside DATA_DIR
 * (KNOWLEDGE_DIR): erasing the person from the index alone would not last, since the next
 * re-index reads the documents again. Resolves to the files changed.
 */
function anonymiseKnowledgeDocuments(
  knowledgeDir: string,
  data: PersonalData,
  mentions: { file: string }[],
): string[] {
  const mention = new RegExp([data.email, ...data.names].map(escapeRegex).join('|'), 'gi');
  const files = [...new Set(mentions.map((each) => each.file))];
  for (const file of files) {
    const target = path.join(knowledgeDir, file);
    const staging = `${target}.erase-${process.pid}.tmp`;
    writeFileSync(staging, readFileSync(target, 'utf8').replace(mention, ERASED));
    renameSync(staging, target);
  }
  return files;
}

/** `crmpro privacy export`: everything held about a person, as JSON files and summary.md. */
export async function privacyExportCommand(
  env: CliEnvironment,
  flags: { email: string; out: string },
): Promise<number> {
  const data = await findPersonalData(await env.openStore(), flags.email);
  const knowledge = knowledgeMentions(env.config().knowledgeDir, data);
  mkdirSync(flags.out, { recursive: true, mode: 0o700 });
  const write = (name: string, value: unknown) =>
    writeFileSync(path.join(flags.out, name), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  for (const category of CATEGORIES) write(`${category}.json`, data[category]);
  write('knowledge-mentions.json', knowledge);
  const lines = [
    `# Personal data held for ${data.email}`,
    '',
    `Names on record: ${data.names.join(', ') || 'none'}`,
    '',
    '| what | records | file |',
    '| --- | --- | --- |',
    ...CATEGORIES.map((category) => `| ${category} | ${data[category].length} | ${category}.json |`),
    `| knowledge-base mentions | ${knowledge.length} | knowledge-mentions.json |`,
    '',
  ];
  writeFileSync(path.join(flags.out, 'summary.md'), lines.join('\n'), { mode: 0o600 });
  const total = CATEGORIES.reduce((sum, category) => sum + data[category].length, knowledge.length);
  env.out(`exported ${total} record(s) about ${data.email} to ${flags.out}`);
  return 0;
}

/** `crmpro privacy erase`: the person's data removed or anonymised everywhere the export finds it. */
export async function privacyEraseCommand(
  env: CliEnvironment,
  flags: { email: string; dryRun: boolean },
): Promise<number> {
  const store = await env.openStore();
  const data = await findPersonalData(store, flags.email);
  const summary = CATEGORIES.map((category) => `${category} ${data[category].length}`).join(', ');
  const { knowledgeDir, modelsDir } = env.config();
  const mentions = knowledgeMentions(knowledgeDir, data);
  if (flags.dryRun) {
    env.out(`would erase: ${summary}`);
    if (mentions.length) {
      env.out(`would anonymise the knowledge documents that name them, and rebuild the knowledge index:`);
      for (const line of linesByFile(mentions)) env.out(line);
    }
    return 0;
  }
  const recordIds = CATEGORIES.flatMap((category) => data[category].map((record) => String(record._id)));
  // One transaction: on a failure nothing is erased, and the command can simply be run again.
  const counts = await erasePersonalData(store, data);
  // Written once the erasure committed. The trail keeps which records were erased and when,
  // never what they held.
  await appendAudit(
    store,
    { action: 'erase', skill: 'privacy-erase', caller: { role: 'admin', channel: 'cli' }, recordIds },
    new Date(),
  );
  await store.compact?.();
  env.out(
    `erased: ${Object.entries(counts)
      .map(([category, count]) => `${category} ${count}`)
      .join(', ')}`,
  );
  if (mentions.length) {
    // The documents first, then a rebuilt index (embedding retrained, old index folder
    // removed), so no chunk text or vocabulary term of the person is left in MODELS_DIR.
    const files = anonymiseKnowledgeDocuments(knowledgeDir, data, mentions);
    const embedder = env.llm()?.embedder;
    const index = await updateKnowledgeIndex(knowledgeDir, modelsDir, {
      rebuild: true,
      ...(embedder ? { embedder } : {}),
    });
    env.out(`anonymised ${files.length} knowledge document(s) in ${knowledgeDir}:`);
    for (const line of linesByFile(mentions)) env.out(line);
    env.out(`knowledge index rebuilt: ${index.version}`);
  }
  return 0;
}
