// Adds up Vitest's JSON reports and prints the closing line CI reads:
// "N passed, N failed". A missing report counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (the run did not finish)`);
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
  passed += report.numPassedTests;
  // A suite that failed outside any test (a hook, an import) fails no test; count it once.
  failed += report.numFailedTests > 0 ? report.numFailedTests : report.success === false ? 1 : 0;
}
failed += missing;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
