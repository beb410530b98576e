/**
 * Imports go one way, the way data flows (see DESIGN.md):
 *   bots → dialogs → skills → models → store → core
 * Boundaries and composition roots (http, cli, jobs, app.ts, main.ts, cli.ts, worker.ts) may use
 * any layer. `npm run lint` fails when a module imports against the flow.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (from, to, comment) => ({
  name: `no-${from}-to-${to.replace(/[^a-z]+/g, '-')}`,
  severity: 'error',
  comment,
  from: { path: layer(from) },
  to: { path: `^src/(${to})/` },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    forbid(
      'core',
      'config|store|ml|skills|dialogs|bots|http|cli|jobs|reports',
      'core is the bottom: it imports nothing of ours',
    ),
    forbid(
      'config',
      'store|ml|skills|dialogs|bots|http|cli|jobs|reports',
      'config is read by composition roots only',
    ),
    forbid(
      'reports',
      'store|ml|skills|dialogs|bots|http|cli|jobs',
      'reports render pictures; they know no CRM layer',
    ),
    forbid(
      'store',
      'ml|skills|dialogs|bots|http|cli|jobs',
      'the store never imports a model, skill, dialog or channel',
    ),
    forbid(
      'ml',
      'skills|dialogs|bots|http|cli|jobs',
      'models learn and predict; skills call them, not the reverse',
    ),
    forbid(
      'skills',
      'dialogs|bots|http|cli|jobs',
      'skills return data; they never import a dialog or a channel',
    ),
    forbid('dialogs', 'bots|http|cli|jobs', 'dialogs are channel-neutral'),
    forbid('bots', 'http|cli|jobs', 'channel adapters translate; they do not reach into boundaries'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(dist|node_modules)/' },
  },
};
