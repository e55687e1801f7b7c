import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { enumObject, ROLES, TEXT_RULES, type Role } from '@doorbraak/domain';
import { TextField } from '@doorbraak/server-core';
import { registerEnumType } from '@nestjs/graphql';

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'A role, held in one alliance or nationally' });

@ObjectType({ description: 'A fresh access token; the refresh token travels in an httpOnly cookie' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  accessToken: string;

  @Field()
  expiresAt: Date;
}

@ObjectType()
export class MembershipModel {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Null for a national role' })
  allianceId: string | null;

  @Field(() => String, { nullable: true })
  allianceName: string | null;
}

@ObjectType({ description: 'The signed-in person' })
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => [MembershipModel])
  memberships: MembershipModel[];
}

@InputType()
export class InvitePersonInput {
  @TextField(TEXT_RULES.email)
  email: string;

  @TextField(TEXT_RULES.name)
  name: string;

  @Field(() => ID, { nullable: true, description: 'Null or left out for the national roles' })
  allianceId?: string | null;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType({
  description:
    'The outcome of an invitation. A person who already has an account gets the role at once and an e-mail, never a link: only they set their own credentials.',
})
export class InvitationLink {
  @Field(() => String, {
    nullable: true,
    description:
      'The single-use link that lets a new invitee set a password. Null when the person already has an account, or holds roles the inviter does not manage (then the link goes to them by e-mail only).',
  })
  url: string | null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working; null when no link was made' })
  expiresAt: Date | null;

  @Field({
    description:
      'Whether the invitation link was e-mailed (only when SMTP is configured). A role added to an existing account is told by a notification instead, e-mailed as the person chose',
  })
  emailSent: boolean;

  @Field({ description: 'True when the person already had an account: the role was added to it and no link was made' })
  addedToExistingAccount: boolean;
}
