// The reader's experience on the shared corpus, in real Chromium: builds the extension, runs the
// node tests in test/e2e-corpus/ (they serve ../shared/corpus/pages 000-004 on 127.0.0.1) and
// reports how many passed. Every test must pass; each toolbar-to-comparison time is printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDir, type EvalReport } from './common';

const projectDir = resolve(import.meta.dirname, '../..');

export default async function corpusE2e(): Promise<EvalReport> {
  const pages = join(sharedDir, 'corpus/pages');
  if (!existsSync(pages)) throw new Error(`corpus-e2e: ${pages} is missing; the corpus end-to-end tests need ../shared.`);
  execFileSync('npx', ['wxt', 'build'], { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = join(projectDir, 'test/e2e-corpus');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
    cwd: projectDir,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  const count = (name: string) => Number(output.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? NaN);
  const [passed, failed] = [count('pass'), count('fail')];
  const lines = output
    .split('\n')
    .filter((line) => /\d{3}-[\w-]+\.html: toolbar|^\s*not ok|^# (tests|pass|fail) /.test(line) || /^\s+(error|message):/.test(line))
    .map((line) => line.replace(/^(\\?# )+/, ''));
  return {
    name: 'corpus-e2e',
    lines,
    figures: { passed, failed },
    floors: { passed: { min: 5 }, failed: { max: 0 } },
  };
}
