import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../../..');
// Stack logs and screenshots; a group of specs running beside another gets a folder of its own.
export const e2eOutputDir = path.resolve(repoRoot, process.env['E2E_OUTPUT_DIR'] ?? path.join('tmp', 'e2e'));
