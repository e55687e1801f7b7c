import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { enumObject, ROLES, type Role } from '@doorbraak/domain';
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
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'Null for the national roles' })
  allianceId: string | null;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType()
export class InvitationLink {
  @Field({ description: 'The single-use link that lets the invitee set a password' })
  url: string;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Whether the link was also sent to the invitee by e-mail (only when SMTP is configured)' })
  emailSent: boolean;
}
