import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@doorbraak/server-audit';
import { ComposerService } from './composer.service';
import { DoorbraakoverlegFilter } from './doorbraakoverleg.filter';
import { ComposerResolver } from './graphql/composer.resolver';
import { PriorityVotesService } from './priority-votes.service';

export const DOORBRAAKOVERLEG_RESOLVERS = [ComposerResolver];

// The doorbraakoverleg's agenda composer: the ranking and the priority votes (owns priority_vote). Putting a
// candidate on the agenda is the meetings context's addAgendaItem.
@Module({
  imports: [AuditModule],
  providers: [ComposerService, PriorityVotesService, ...DOORBRAAKOVERLEG_RESOLVERS, { provide: APP_FILTER, useClass: DoorbraakoverlegFilter }],
})
export class DoorbraakoverlegModule {}
