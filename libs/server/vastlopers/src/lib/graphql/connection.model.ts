import { Field, ObjectType } from '@nestjs/graphql';
import { connectionTypes, ItemPageInfo } from '@doorbraak/server-core';
import { Doorbraak } from './doorbraak.model';
import { AgendaAppearance, EscalationEvent, ProgressUpdate } from './timeline.model';
import { Vastloper } from './vastloper.model';

@ObjectType()
export class VastloperEdge {
  @Field()
  cursor: string;

  @Field(() => Vastloper)
  node: Vastloper;
}

@ObjectType()
export class VastloperConnection {
  @Field(() => [VastloperEdge])
  edges: VastloperEdge[];

  // Counted on demand, by ConnectionCountResolver.
  totalCount: () => Promise<number>;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}

@ObjectType()
export class DoorbraakEdge {
  @Field()
  cursor: string;

  @Field(() => Doorbraak)
  node: Doorbraak;
}

@ObjectType()
export class DoorbraakConnection {
  @Field(() => [DoorbraakEdge])
  edges: DoorbraakEdge[];

  // Counted on demand, by ConnectionCountResolver.
  totalCount: () => Promise<number>;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}

// The nested lists of a vastloper, doorbraak or dossier, a page at a time.
export const { Connection: EscalationEventConnection, ConnectionCountResolver: EscalationEventConnectionResolver } = connectionTypes(EscalationEvent, 'EscalationEvent');
export const { Connection: ProgressUpdateConnection, ConnectionCountResolver: ProgressUpdateConnectionResolver } = connectionTypes(ProgressUpdate, 'ProgressUpdate');
export const { Connection: AgendaAppearanceConnection, ConnectionCountResolver: AgendaAppearanceConnectionResolver } = connectionTypes(
  AgendaAppearance,
  'AgendaAppearance',
);
