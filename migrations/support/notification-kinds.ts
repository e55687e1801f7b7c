import type { QueryRunner } from 'typeorm';

const TABLES = ['notification', 'notification_preference'] as const;

// Replaces the CHECK that lists the kinds a notification and a preference may have. Written by hand:
// TypeORM does not see a CHECK whose expression changed. Each kind's migration exports the full list it
// leaves, and the next one adds its kind to that list, so later kinds never change what an older migration does.
export const setNotificationKinds = async (queryRunner: QueryRunner, kinds: readonly string[]): Promise<void> => {
  for (const table of TABLES) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_kind" CHECK ("kind" IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`,
    );
  }
};

// The way back: the rows of the kind go first, then the CHECK goes back to the kinds before it.
export const removeNotificationKind = async (queryRunner: QueryRunner, kind: string, kindsBefore: readonly string[]): Promise<void> => {
  for (const table of [...TABLES].reverse()) {
    await queryRunner.query(`DELETE FROM "${table}" WHERE "kind" = $1`, [kind]);
  }
  await setNotificationKinds(queryRunner, kindsBefore);
};
