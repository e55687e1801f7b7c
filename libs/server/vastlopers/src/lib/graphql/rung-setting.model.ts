import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MAX_STALL_DURATION, MAX_STALL_WORKING_DAYS, TEXT_RULES, type EscalationRung, type StallUnit } from '@doorbraak/domain';
import { TextField } from '@doorbraak/server-core';
import { EscalationRungEnum } from '@doorbraak/server-escalation';
import { StallUnitEnum } from './enums';

@ObjectType({ description: 'A stall time: working days or an ISO-8601 duration' })
export class StallTimeSetting {
  @Field(() => StallUnitEnum)
  unit: StallUnit;

  @Field(() => Int, { nullable: true })
  workingDays: number | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 duration, e.g. PT30S' })
  duration: string | null;
}

@ObjectType({ description: "One rung of an alliance's ladder and its stall time" })
export class RungSetting {
  @Field(() => EscalationRungEnum)
  rung: EscalationRung;

  @Field(() => StallUnitEnum)
  unit: StallUnit;

  @Field(() => Int, { nullable: true })
  workingDays: number | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 duration, e.g. PT30S' })
  duration: string | null;

  @Field({ description: 'True when the alliance overrides the national default' })
  overridden: boolean;

  @Field(() => StallTimeSetting, { description: 'The national stall time of this rung, which applies unless the alliance overrides it' })
  nationalDefault: StallTimeSetting;
}

@InputType({ description: 'A stall time for one rung: working days or an ISO-8601 duration, not both' })
export class RungSettingInput {
  @Field(() => EscalationRungEnum)
  rung: EscalationRung;

  @Field(() => Int, { nullable: true, description: `Whole working days, 1 to ${MAX_STALL_WORKING_DAYS}` })
  workingDays?: number | null;

  @TextField(TEXT_RULES.isoDuration, { nullable: true, description: `ISO-8601 duration such as PT30S or P3D, at most ${MAX_STALL_DURATION} (two years)` })
  duration?: string | null;
}
