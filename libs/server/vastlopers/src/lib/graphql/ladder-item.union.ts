import { createUnionType } from '@nestjs/graphql';
import type { DoorbraakEntity, VastloperEntity } from '@doorbraak/server-data';
import { Doorbraak } from './doorbraak.model';
import { Vastloper } from './vastloper.model';

export const LadderItem = createUnionType({
  name: 'LadderItem',
  description: 'A vastloper or a doorbraak: both climb the escalation ladder',
  types: () => [Vastloper, Doorbraak] as const,
  // Only a doorbraak has a kind (INITIATIEF or DOORBRAAK).
  resolveType: (value: object) => ('kind' in value ? Doorbraak : Vastloper),
});

export type LadderItemEntity = VastloperEntity | DoorbraakEntity;
