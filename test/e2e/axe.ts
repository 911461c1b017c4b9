// Runs axe-core in an extension page (the popup over CDP, the library as a Playwright page) and
// returns the serious and critical violations, one readable line each. The axe source travels in
// the evaluated expression itself: the pages' CSP forbids eval, and DevTools evaluation is exempt.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_CHECK = `${axeSource};
(async () => {
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
})()`;
