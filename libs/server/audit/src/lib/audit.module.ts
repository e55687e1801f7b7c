import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from '@doorbraak/server-data';
import { AuditService } from './audit.service';
import { AuditEntryConnectionResolver, AuditResolver } from './graphql/audit.resolver';

export const AUDIT_RESOLVERS = [AuditResolver, AuditEntryConnectionResolver];

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, ...AUDIT_RESOLVERS],
  exports: [AuditService],
})
export class AuditModule {}
