import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedActor } from '@doorbraak/server-core';
import { MembershipEntity } from '@doorbraak/server-data';

// Loaded per request, so a revoked role takes effect at once.
@Injectable()
export class ActorService {
  constructor(@InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>) {}

  async load(personId: string, sessionId: string): Promise<AuthenticatedActor> {
    const memberships = await this.memberships.find({ where: { personId }, select: { allianceId: true, role: true } });
    return {
      personId,
      sessionId,
      memberships: memberships.map(({ allianceId, role }) => ({ allianceId, role })),
    };
  }
}
