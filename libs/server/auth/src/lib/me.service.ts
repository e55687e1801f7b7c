import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GraphqlContext } from '@doorbraak/server-core';
import { MembershipEntity, personLoader } from '@doorbraak/server-data';
import type { Me, MembershipModel } from './graphql/auth.models';

// The person through the request's person loader (shared with every other resolver that names them); the
// memberships with their alliances' names only when the query asks for them.
@Injectable()
export class MeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(personId: string, context: GraphqlContext): Promise<Omit<Me, 'memberships'>> {
    const person = await personLoader(context, this.dataSource.manager).load(personId);
    if (!person) {
      throw new Error(`The signed-in person ${personId} does not exist`);
    }
    return { id: person.id, name: person.name, email: person.email, organisation: person.organisation };
  }

  async memberships(personId: string): Promise<MembershipModel[]> {
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({
      where: { personId },
      relations: { alliance: true },
      order: { createdAt: 'ASC' },
    });
    return memberships.map((membership) => ({
      role: membership.role,
      allianceId: membership.allianceId,
      allianceName: membership.alliance?.name ?? null,
    }));
  }
}
