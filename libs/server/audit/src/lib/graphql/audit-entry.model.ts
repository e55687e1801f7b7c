import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TEXT_RULES } from '@doorbraak/domain';
import { TextField } from '@doorbraak/server-core';

@ObjectType({ description: 'One recorded change: who did what to which entity, and when' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null when the system acted' })
  actorId: string | null;

  @Field()
  operation: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields before the change' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields after the change' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  at: Date;
}

@ObjectType()
export class AuditEntryPageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntry])
  nodes: AuditEntry[];

  // Counted on demand, by AuditEntryConnectionResolver.
  totalCount: () => Promise<number>;

  @Field(() => AuditEntryPageInfo)
  pageInfo: AuditEntryPageInfo;
}

@InputType()
export class AuditEntryFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @TextField(TEXT_RULES.identifier, { nullable: true })
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @TextField(TEXT_RULES.identifier, { nullable: true })
  operation?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
