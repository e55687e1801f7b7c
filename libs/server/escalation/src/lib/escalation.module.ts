import { Module } from '@nestjs/common';
import { LiveEventsModule } from '@doorbraak/server-live';
import { AnswerClockService } from './answer-time/answer-clock.service';
import { ItemPeopleService } from './ladder/item-people.service';
import { LadderEffectsService } from './ladder/ladder-effects.service';
import { LadderRulesService } from './ladder/ladder-rules.service';
import { LadderService } from './ladder/ladder.service';

// The ladder's rules carried out on the database, for the API (commands) and the worker (sweeps).
@Module({
  imports: [LiveEventsModule],
  providers: [LadderService, LadderRulesService, ItemPeopleService, LadderEffectsService, AnswerClockService],
  exports: [LadderService, AnswerClockService, ItemPeopleService],
})
export class EscalationModule {}
