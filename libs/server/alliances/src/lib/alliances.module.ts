import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AllianceEntity,
  FocusAreaEntity,
  PartnerEntity,
  PersonEntity,
  RijksvertegenwoordigerAssignmentEntity,
  RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import { AlliancesFilter } from './alliances.filter';
import { AlliancesLoaders } from './alliances.loaders';
import { AlliancesService } from './alliances.service';
import { AllianceResolver } from './graphql/alliance.resolver';
import { FocusAreaResolver } from './graphql/focus-area.resolver';
import { PartnerResolver } from './graphql/partner.resolver';
import { RijksvertegenwoordigerResolver } from './graphql/rijksvertegenwoordiger.resolver';

export const ALLIANCES_RESOLVERS = [FocusAreaResolver, AllianceResolver, PartnerResolver, RijksvertegenwoordigerResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      FocusAreaEntity,
      AllianceEntity,
      PartnerEntity,
      PersonEntity,
      RijksvertegenwoordigerEntity,
      RijksvertegenwoordigerAssignmentEntity,
    ]),
  ],
  providers: [
    AlliancesService,
    AlliancesLoaders,
    ...ALLIANCES_RESOLVERS,
    { provide: APP_FILTER, useClass: AlliancesFilter },
  ],
  exports: [AlliancesService],
})
export class AlliancesModule {}
