import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { applyAnswerCommand, can, isOpenDossier, TEXT_RULES, type DossierNoteKind, type DossierOutcome } from '@doorbraak/domain';
import { Person } from '@doorbraak/server-alliances';
import { CurrentActor, CurrentCaller, TextArg, toConnection, type AuthenticatedActor, type Caller, type ConnectionOf, type GraphqlContext } from '@doorbraak/server-core';
import type { DossierEntity, DossierMembershipEntity, DossierNoteEntity, EscalationEventEntity, PersonEntity, VastloperEntity } from '@doorbraak/server-data';
import { AnswerTime, EscalationEventConnection, requireText, toAnswerTime, Vastloper } from '@doorbraak/server-vastlopers';
import { answersForMinistry } from '../dossier-access';
import { DossiersLoaders } from '../dossiers.loaders';
import { DossiersService } from '../dossiers.service';
import { Dossier, DossierConnection, DossierLink, DossierMeeting, DossierMember, DossierNote, DossierPermissions } from './dossier.model';
import { DossierNoteKindEnum, DossierOutcomeEnum } from './enums';
import { CreateDossierInput, DossierFilter } from './inputs';

const linkOf = (row: DossierEntity | null): DossierLink | null => (row ? { id: row.id, title: row.title } : null);

@Resolver(() => Dossier)
export class DossierResolver {
  constructor(
    private readonly service: DossiersService,
    private readonly loaders: DossiersLoaders,
  ) {}

  @Query(() => DossierConnection, { description: 'The national dossiers the caller may read, newest first' })
  async dossiers(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    @Args('filter', { type: () => DossierFilter, nullable: true }) filter: DossierFilter | null,
  ): Promise<DossierConnection> {
    return toConnection(await this.service.list(actor, filter ?? {}, first, after)) as DossierConnection;
  }

  @Query(() => Dossier)
  dossier(@CurrentActor() actor: AuthenticatedActor, @Args('id', { type: () => ID }) id: string): Promise<DossierEntity> {
    return this.service.byId(actor, id);
  }

  @Mutation(() => Dossier, { description: 'Opens a dossier (national coordinator) or proposes one (rijksvertegenwoordiger, status PROPOSED)' })
  createDossier(@CurrentCaller() caller: Caller, @Args('input') input: CreateDossierInput): Promise<DossierEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Dossier, { description: 'The owner at the ministry confirms they have the dossier (DOMAIN §5 AnswerClock)' })
  acknowledgeDossier(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('note', TEXT_RULES.ministryNote, { nullable: true }) note: string | null,
  ): Promise<DossierEntity> {
    return this.service.answerAtMinistry(caller, id, { type: 'ACKNOWLEDGE' }, note?.trim() || null);
  }

  @Mutation(() => Dossier, { description: "The ministry's answer on the dossier; it acknowledges too when nobody did" })
  answerDossier(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('answer', TEXT_RULES.ministryAnswer) answer: string,
  ): Promise<DossierEntity> {
    return this.service.answerAtMinistry(caller, id, { type: 'ANSWER' }, requireText(answer, 'the answer'));
  }

  @ResolveField(() => AnswerTime, { nullable: true, description: 'What the owning ministry owes: from when the dossier opened until it closes' })
  async answerTime(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<AnswerTime | null> {
    const clock = await this.loaders.answerClock(context).load(row.id);
    return clock ? toAnswerTime(clock, new Date()) : null;
  }

  @ResolveField(() => EscalationEventConnection, { description: 'Its moves on the national rungs, oldest first, a page at a time' })
  async timeline(
    @Parent() row: DossierEntity,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<EscalationEventEntity>> {
    return toConnection(await this.loaders.escalations(context, first, after).load(row.id));
  }

  @ResolveField(() => DossierMeeting, { nullable: true, description: 'The next meeting (not held yet) with the dossier on its agenda, if any' })
  nextMeeting(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<DossierMeeting | null> {
    return this.loaders.nextMeeting(context).load(row.id);
  }

  @Mutation(() => Dossier, { description: 'Accepts a proposed dossier: it becomes OPEN' })
  acceptDossier(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<DossierEntity> {
    return this.service.accept(caller, id);
  }

  @Mutation(() => Dossier, { description: 'A vastloper joins the dossier; it may be in one open dossier at a time' })
  addVastloperToDossier(
    @CurrentCaller() caller: Caller,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('vastloperId', { type: () => ID }) vastloperId: string,
    @TextArg('reason', TEXT_RULES.reason, { nullable: true }) reason: string | null,
  ): Promise<DossierEntity> {
    return this.service.addVastloper(caller, dossierId, vastloperId, reason);
  }

  @Mutation(() => Dossier, { description: 'A vastloper leaves the dossier, with the reason recorded in its history' })
  removeVastloperFromDossier(
    @CurrentCaller() caller: Caller,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('vastloperId', { type: () => ID }) vastloperId: string,
    @TextArg('reason', TEXT_RULES.reason) reason: string,
  ): Promise<DossierEntity> {
    return this.service.removeVastloper(caller, dossierId, vastloperId, reason);
  }

  @Mutation(() => Dossier, { description: 'Closes the absorbed dossier as MERGED_INTO the survivor and moves its vastlopers there; answers the survivor' })
  mergeDossiers(
    @CurrentCaller() caller: Caller,
    @Args('survivorId', { type: () => ID }) survivorId: string,
    @Args('absorbedId', { type: () => ID }) absorbedId: string,
    @TextArg('reason', TEXT_RULES.reason, { nullable: true }) reason: string | null,
  ): Promise<DossierEntity> {
    return this.service.merge(caller, survivorId, absorbedId, reason);
  }

  @Mutation(() => Dossier, { description: 'Moves the chosen vastlopers into a new dossier with the same cause; answers the new dossier' })
  splitDossier(
    @CurrentCaller() caller: Caller,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('vastloperIds', { type: () => [ID] }) vastloperIds: string[],
    @TextArg('title', TEXT_RULES.title) title: string,
    @TextArg('reason', TEXT_RULES.reason, { nullable: true }) reason: string | null,
  ): Promise<DossierEntity> {
    return this.service.split(caller, dossierId, vastloperIds, title, reason);
  }

  @Mutation(() => Dossier, {
    description: "Progress, a decision or an outcome: on every carried vastloper's dossier timeline, told once to each alliance's programme director and rijksvertegenwoordiger",
  })
  addDossierNote(
    @CurrentCaller() caller: Caller,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('kind', { type: () => DossierNoteKindEnum }) kind: DossierNoteKind,
    @TextArg('text', TEXT_RULES.progressNote) text: string,
  ): Promise<DossierEntity> {
    return this.service.addNote(caller, dossierId, kind, text);
  }

  @Mutation(() => Dossier, { description: 'Closes the dossier with its outcome (written and told as an OUTCOME note); its vastlopers are free to join another' })
  closeDossier(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => DossierOutcomeEnum }) outcome: DossierOutcome,
    @TextArg('text', TEXT_RULES.reason, { nullable: true, description: 'What the outcome means' }) text: string | null,
  ): Promise<DossierEntity> {
    return this.service.close(caller, id, outcome, text);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who owns the case at the ministry' })
  ministryOwner(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return row.ministryOwnerId ? this.loaders.person(context).load(row.ministryOwnerId) : null;
  }

  @ResolveField(() => Person, { description: 'Who opened or proposed it' })
  createdBy(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.createdById);
  }

  @ResolveField(() => DossierLink, { nullable: true, description: 'The dossier it was merged into (outcome MERGED_INTO)' })
  async mergedInto(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<DossierLink | null> {
    return row.mergedIntoId ? linkOf(await this.loaders.dossier(context).load(row.mergedIntoId)) : null;
  }

  @ResolveField(() => DossierLink, { nullable: true, description: 'The dossier it was split from' })
  async splitFrom(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<DossierLink | null> {
    return row.splitFromId ? linkOf(await this.loaders.dossier(context).load(row.splitFromId)) : null;
  }

  @ResolveField(() => [Vastloper], { description: 'The vastlopers it carries (a closed one: those it carried when it closed) that the caller may read' })
  vastlopers(@Parent() row: DossierEntity, @CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<VastloperEntity[]> {
    return this.loaders.vastlopers(context, actor).load(row.id);
  }

  @ResolveField(() => Int, { description: 'How many vastlopers it carries (as vastlopers) that the caller may not read' })
  hiddenVastloperCount(@Parent() row: DossierEntity, @CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<number> {
    return this.loaders.hiddenVastloperCount(context, actor).load(row.id);
  }

  @ResolveField(() => [DossierMember], { description: 'Every stay of a vastloper the caller may read, current and past, oldest first' })
  members(@Parent() row: DossierEntity, @CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<DossierMembershipEntity[]> {
    return this.loaders.members(context, actor).load(row.id);
  }

  @ResolveField(() => [DossierNote], { description: 'Newest first' })
  notes(@Parent() row: DossierEntity, @Context() context: GraphqlContext): Promise<DossierNoteEntity[]> {
    return this.loaders.notes(context).load(row.id);
  }

  // The same checks the commands make, so the web shows only what will work.
  @ResolveField(() => DossierPermissions)
  async viewerCan(@Parent() row: DossierEntity, @CurrentActor() actor: AuthenticatedActor, @Context() context: GraphqlContext): Promise<DossierPermissions> {
    const open = isOpenDossier(row.status);
    const manages = can(actor, 'dossier.manage', { allianceId: null });
    const notes =
      can(actor, 'dossier.addNote', { allianceId: null }) ||
      (await this.loaders.allianceIds(context).load(row.id)).some((allianceId) => can(actor, 'dossier.addNote', { allianceId }));
    const clock = answersForMinistry(actor, row) ? await this.loaders.answerClock(context).load(row.id) : null;
    const ministryMay = (type: 'ACKNOWLEDGE' | 'ANSWER'): boolean => clock !== null && applyAnswerCommand(clock, { type }, new Date()).ok;
    return {
      accept: manages && row.status === 'PROPOSED',
      manageVastlopers: manages && open,
      addNote: notes && open,
      close: manages && open,
      acknowledgeForMinistry: ministryMay('ACKNOWLEDGE'),
      answerForMinistry: ministryMay('ANSWER'),
    };
  }
}

@Resolver(() => DossierMember)
export class DossierMemberResolver {
  constructor(private readonly loaders: DossiersLoaders) {}

  @ResolveField(() => Vastloper)
  vastloper(@Parent() row: DossierMembershipEntity): VastloperEntity {
    return row.vastloper as VastloperEntity;
  }

  @ResolveField(() => Person)
  joinedBy(@Parent() row: DossierMembershipEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.joinedById);
  }

  @ResolveField(() => Person, { nullable: true })
  leftBy(@Parent() row: DossierMembershipEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return row.leftById ? this.loaders.person(context).load(row.leftById) : null;
  }

  @ResolveField(() => DossierLink, { nullable: true, description: 'The dossier it came from by a merge or split' })
  async fromDossier(@Parent() row: DossierMembershipEntity, @Context() context: GraphqlContext): Promise<DossierLink | null> {
    return row.fromDossierId ? linkOf(await this.loaders.dossier(context).load(row.fromDossierId)) : null;
  }

  @ResolveField(() => DossierLink, { nullable: true, description: 'The dossier it went to by a merge or split' })
  async toDossier(@Parent() row: DossierMembershipEntity, @Context() context: GraphqlContext): Promise<DossierLink | null> {
    return row.toDossierId ? linkOf(await this.loaders.dossier(context).load(row.toDossierId)) : null;
  }
}

@Resolver(() => DossierNote)
export class DossierNoteResolver {
  constructor(private readonly loaders: DossiersLoaders) {}

  @ResolveField(() => Person)
  author(@Parent() row: DossierNoteEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.authorId);
  }
}

// The list's total is counted only when a query asks for it, as for the other lists.
@Resolver(() => DossierConnection)
export class DossierConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: DossierConnection): Promise<number> {
    return connection.totalCount();
  }
}
