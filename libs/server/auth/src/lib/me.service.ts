import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MembershipEntity, PersonEntity } from '@doorbraak/server-data';
import type { Me } from './graphql/auth.models';

@Injectable()
export class MeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(personId: string): Promise<Me> {
    const [person, memberships] = await Promise.all([
      this.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: personId }),
      this.dataSource.getRepository(MembershipEntity).find({
        where: { personId },
        relations: { alliance: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      organisation: person.organisation,
      memberships: memberships.map((membership) => ({
        role: membership.role,
        allianceId: membership.allianceId,
        allianceName: membership.alliance?.name ?? null,
      })),
    };
  }
}
