import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const e2eOutputDir = path.join(repoRoot, 'tmp', 'e2e');
