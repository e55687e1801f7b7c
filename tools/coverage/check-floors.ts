import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createCoverageMap, createCoverageSummary, type CoverageMapData } from 'istanbul-lib-coverage';
import { SERVER_BRANCH_COVERAGE, libraryPath } from './floors';

// Merges the coverage that several jest processes wrote (their coverage-final.json files, named as
// arguments) and fails when a server library's branch coverage is below its floor, as jest's
// coverageThreshold does for a single process: the libraries' files taken together, not file by file.
const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: check-floors <coverage-final.json>...\n');
  process.exit(2);
}
const map = createCoverageMap({});
for (const file of files) {
  map.merge(JSON.parse(readFileSync(file, 'utf8')) as CoverageMapData);
}

const percent = (covered: number, total: number): string => (total === 0 ? '100.00' : ((100 * covered) / total).toFixed(2));
const all = createCoverageSummary();
const perLibrary = new Map(Object.keys(SERVER_BRANCH_COVERAGE).map((library) => [library, createCoverageSummary()]));
for (const file of map.files()) {
  const summary = map.fileCoverageFor(file).toSummary();
  all.merge(summary);
  const path = relative(process.cwd(), file);
  for (const [library, librarySummary] of perLibrary) {
    if (path.startsWith(libraryPath(library))) librarySummary.merge(summary);
  }
}

const lines = ['statements', 'branches', 'functions', 'lines'] as const;
process.stdout.write(`Coverage of the server libraries, ${files.length} runs merged:\n`);
for (const kind of lines) {
  const { covered, total } = all[kind];
  process.stdout.write(`  ${kind.padEnd(11)}: ${percent(covered, total)}% ( ${covered}/${total} )\n`);
}
const below: string[] = [];
process.stdout.write('Branch coverage per server library (floor):\n');
for (const [library, summary] of perLibrary) {
  const { covered, total } = summary.branches;
  const measured = Number(percent(covered, total));
  const floor = SERVER_BRANCH_COVERAGE[library];
  process.stdout.write(`  ${library.padEnd(17)}${measured.toFixed(1).padStart(6)}% (${floor}%)\n`);
  if (measured < floor) {
    below.push(`branch coverage of ${libraryPath(library)} is ${measured}%, under its floor of ${floor}%`);
  }
}
for (const line of below) process.stderr.write(`${line}\n`);
process.exit(below.length > 0 ? 1 : 0);
