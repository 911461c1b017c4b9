// `npm run eval`: every quality evaluation that needs ../shared (gold corpus, public data sets),
// one module each under scripts/eval/. Prints each module's figures, then checks them against the
// floors the module declares; exits non-zero when ../shared is missing or any floor is broken, so
// CI cannot let quality slip unnoticed. `--json` prints one JSON object of all figures instead.
//   npm run eval                 all evaluations
//   npm run eval -- extraction   only the named ones
import { existsSync } from 'node:fs';
import { sharedDir, type EvalReport } from './eval/common';
import alignment from './eval/alignment';
import comparison from './eval/comparison';
import conflicts from './eval/conflicts';
import corpusE2e from './eval/corpus-e2e';
import extraction from './eval/extraction';
import grouping from './eval/grouping';

const evaluations: Record<string, () => Promise<EvalReport>> = {
  extraction,
  comparison,
  grouping,
  alignment,
  conflicts,
  'corpus-e2e': corpusE2e,
};

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const wanted = args.filter((a) => !a.startsWith('--'));
  if (!existsSync(sharedDir)) {
    console.error(
      `eval: ${sharedDir} is missing. The evaluations read the gold corpus and data sets in ../shared ` +
        'beside the project checkout; nothing was measured.',
    );
    process.exit(2);
  }
  const names = wanted.length ? wanted : Object.keys(evaluations);
  const reports: EvalReport[] = [];
  for (const name of names) {
    const run = evaluations[name];
    if (!run) throw new Error(`eval: unknown evaluation "${name}" (known: ${Object.keys(evaluations).join(', ')})`);
    const report = await run();
    reports.push(report);
    if (!json) {
      console.log(`\n== ${report.name}`);
      for (const line of report.lines) console.log(line);
    }
  }
  const broken = reports.flatMap((r) =>
    Object.entries(r.floors).flatMap(([key, floor]) => {
      const value = r.figures[key];
      if (value === undefined || Number.isNaN(value)) return [`${r.name}.${key}: not measured`];
      if (floor.min !== undefined && value < floor.min) return [`${r.name}.${key} = ${value} is under its floor ${floor.min}`];
      if (floor.max !== undefined && value > floor.max) return [`${r.name}.${key} = ${value} is over its ceiling ${floor.max}`];
      return [];
    }),
  );
  const checked = reports.reduce((n, r) => n + Object.keys(r.floors).length, 0);
  if (json) {
    console.log(JSON.stringify(Object.fromEntries(reports.map((r) => [r.name, r.figures])), null, 2));
  } else {
    console.log('');
    for (const b of broken) console.log(`FLOOR BROKEN ${b}`);
    console.log(`${checked - broken.length} passed, ${broken.length} failed`);
  }
  process.exit(broken.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
