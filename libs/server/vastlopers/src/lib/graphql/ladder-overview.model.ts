import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EscalationRung } from '@doorbraak/domain';
import { EscalationRungEnum } from '@doorbraak/server-escalation';

@ObjectType({ description: 'How many open vastlopers stand at one rung' })
export class RungCount {
  @Field(() => EscalationRungEnum)
  rung: EscalationRung;

  @Field(() => Int)
  count: number;
}

// Which alliance a row is about; shared by the ladder overview and the dashboards.
@ObjectType({ isAbstract: true })
export abstract class AllianceNamed {
  @Field(() => ID)
  allianceId: string;

  @Field()
  allianceName: string;

  @Field()
  allianceSlug: string;
}

// An alliance's open vastlopers, in total and at every rung.
@ObjectType({ isAbstract: true })
export abstract class AllianceOpenPerRung extends AllianceNamed {
  @Field(() => [RungCount], { description: 'Every rung, bottom to top' })
  perRung: RungCount[];

  @Field(() => Int, { description: 'Open or in behandeling' })
  open: number;
}

@ObjectType({ description: "An alliance's open vastlopers counted per rung, with the stalled ones and those overdue at the top" })
export class AllianceLadderOverview extends AllianceOpenPerRung {
  @Field(() => Int, { description: 'Open and past their stall time, or flagged at the top' })
  stalled: number;

  @Field(() => Int, { description: 'At the doorbraakoverleg and flagged overdue' })
  overdueAtTop: number;
}
