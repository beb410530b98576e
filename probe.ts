import { recordQuestionReader } from './tests/fixtures/record-question-reader';
const NOW = new Date('2026-12-04T15:00:00Z');
const r = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }], reps: [{ id: 'u-sam', name: 'Sam Rivera' }] });
for (const t of process.argv.slice(2)) console.log(t, '\n  ', JSON.stringify(r.parse(t)));
