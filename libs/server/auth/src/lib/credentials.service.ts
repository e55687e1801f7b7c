import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PersonEntity } from '@doorbraak/server-data';
import { AuditService } from '@doorbraak/server-audit';
import { invalidCredentials } from './auth.exception';
import { LoginThrottleService } from './login-throttle.service';
import { verifyPassword } from './password';

export type VerifiedPerson = { id: string; email: string };

@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async verify(rawEmail: string, password: string, address: string): Promise<VerifiedPerson> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email, address);
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email AND person.active', { email })
      .getOne();
    if (!(await verifyPassword(person?.passwordHash ?? null, password)) || !person) {
      await this.throttle.recordFailure(email, address);
      // Failed attempts are part of the security trail, though they change nothing.
      await this.audit.record(this.dataSource.manager, { actor: null, requestId: null }, {
        operation: 'loginFailed',
        entityType: 'Person',
        entityId: person?.id ?? null,
        before: null,
        after: { email, address },
      });
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(email, address);
    return { id: person.id, email };
  }
}
