/**
 * The map of the code (docs/architecture.md draws it), enforced by `npm run lint`:
 *
 *   roots (src/main.ts, app.ts, worker.ts, cli.ts)
 *     → http, cli → bots (channels) → dialogs → skills → ml → store → core, config, vocabulary
 *   jobs → skills (and bots, for delivery)
 *
 * Each layer lists the layers it may import; every other arrow is an error. Skills share code only
 * through src/skills/shared/. Skills return data: rendering (charts, CSV) belongs to the edge.
 */
const LAYERS = {
  core: { may: [], why: 'core is the bottom: it imports nothing of ours' },
  config: { may: ['core'], why: 'config is parsed once and passed down; it knows no other layer' },
  vocabulary: {
    may: ['core'],
    why: 'the CRM vocabulary is words and types every layer shares, nothing more',
  },
  reports: { may: ['core'], why: 'reports draw pictures; they know no CRM layer' },
  store: {
    may: ['core', 'config', 'vocabulary'],
    why: 'the store never imports a learner, skill, dialog or channel',
  },
  ml: {
    may: ['core', 'vocabulary', 'reports'],
    why: 'learners take data (arrays, iterables, files): never the store, skills or dialogs',
  },
  skills: {
    may: ['core', 'vocabulary', 'ml', 'store'],
    why: 'skills return data: they never import a dialog, a channel, a boundary or a renderer',
  },
  dialogs: {
    may: ['core', 'vocabulary', 'ml', 'skills'],
    why: 'dialogs reach records only through skills (so the role check applies) and are channel-neutral',
  },
  bots: {
    may: ['core', 'vocabulary', 'reports', 'dialogs', 'skills'],
    why: 'channels translate and render; they reach the CRM only through dialogs and skills',
  },
  jobs: {
    may: ['core', 'config', 'vocabulary', 'reports', 'skills', 'bots'],
    why: 'jobs run skills and deliver through channels; they never drive a dialog',
  },
  http: {
    may: ['core', 'config', 'bots'],
    why: 'http holds the server and its routes; messages go through a channel under bots/',
  },
  cli: {
    may: ['core', 'config', 'vocabulary', 'reports', 'store', 'ml', 'skills', 'dialogs', 'bots', 'jobs'],
    why: 'the command line is a boundary; it never imports the HTTP server',
  },
};

const ALL = Object.keys(LAYERS);

const layerRules = Object.entries(LAYERS).flatMap(([layer, { may, why }]) => {
  const forbidden = ALL.filter((other) => other !== layer && !may.includes(other));
  return forbidden.length === 0
    ? []
    : [
        {
          name: `${layer}-imports-only-${may.join('-') || 'nothing'}`,
          severity: 'error',
          comment: why,
          from: { path: `^src/${layer}/` },
          to: { path: `^src/(${forbidden.join('|')})/` },
        },
      ];
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'nothing-imports-a-root',
      severity: 'error',
      comment: 'composition roots (src/*.ts) wire everything; nothing imports them',
      from: { path: '^src/.+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    ...layerRules,
    {
      name: 'skills-share-only-through-shared',
      severity: 'error',
      comment: "a skill never imports another skill's files; shared lookups live in src/skills/shared/",
      from: { path: '^src/skills/([^/]+)/' },
      to: { path: '^src/skills/[^/]+/', pathNot: ['^src/skills/$1/', '^src/skills/shared/'] },
    },
    {
      name: 'skill-folders-do-not-import-the-skill-catalogue',
      severity: 'error',
      comment: 'the files at the top of src/skills/ (services, warm-up) build on the skills, not the reverse',
      from: { path: '^src/skills/[^/]+/' },
      to: {
        path: '^src/skills/[^/]+\\.ts$',
        pathNot: ['^src/skills/skill\\.ts$', '^src/skills/artifact-cache\\.ts$'],
      },
    },
    {
      name: 'dialogs-call-skills-not-their-lookups',
      severity: 'error',
      comment: 'dialogs call skills (role-checked); the lookups skills share are not for dialogs',
      from: { path: '^src/dialogs/' },
      to: { path: '^src/skills/shared/' },
    },
    {
      name: 'skills-do-not-render',
      severity: 'error',
      comment: 'skills return data; charts, PNGs and CSV files are rendered at the edge',
      from: { path: '^src/(skills|dialogs)/' },
      to: { path: '(^|node_modules/)(csv-stringify|@resvg/resvg-js|vega|vega-lite)(/|$)' },
    },
    {
      name: 'only-the-store-speaks-mongoose',
      severity: 'error',
      comment: 'mongoose and SQLite stay behind the store interface',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '(^|node_modules/)(mongoose|mongodb|better-sqlite3)(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)/' },
  },
};
