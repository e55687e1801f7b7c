import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Person } from '@doorbraak/server-alliances';
import type { GraphqlContext } from '@doorbraak/server-core';
import type { DossierEntity, PersonEntity, VastloperEntity } from '@doorbraak/server-data';
import { Vastloper } from '@doorbraak/server-vastlopers';
import type { DossierTimelineRow } from '../dossier-timeline';
import { DossiersLoaders } from '../dossiers.loaders';
import { Dossier, DossierTimelineEntry } from './dossier.model';

const entryOf = (row: DossierTimelineRow): DossierTimelineEntry => ({
  kind: row.kind,
  at: row.at,
  dossier: { id: row.dossierId, title: row.dossierTitle },
  via: row.via,
  text: row.text,
  otherDossier: row.otherDossierId && row.otherDossierTitle ? { id: row.otherDossierId, title: row.otherDossierTitle } : null,
  actorId: row.actorId,
});

// A dossier that carries a vastloper is readable by whoever reads the vastloper (it carries an item they see).
@Resolver(() => Vastloper)
export class VastloperDossierResolver {
  constructor(private readonly loaders: DossiersLoaders) {}

  @ResolveField(() => Dossier, { nullable: true, description: 'The national dossier that carries it now' })
  dossier(@Parent() row: VastloperEntity, @Context() context: GraphqlContext): Promise<DossierEntity | null> {
    return this.loaders.currentDossier(context).load(row.id);
  }

  @ResolveField(() => [DossierTimelineEntry], {
    description: 'Its national dossier history, oldest first: joining and leaving dossiers (how and why) and the notes of each while it was carried',
  })
  async dossierTimeline(@Parent() row: VastloperEntity, @Context() context: GraphqlContext): Promise<DossierTimelineEntry[]> {
    return (await this.loaders.timeline(context).load(row.id)).map(entryOf);
  }
}

@Resolver(() => DossierTimelineEntry)
export class DossierTimelineEntryResolver {
  constructor(private readonly loaders: DossiersLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  actor(@Parent() row: DossierTimelineEntry, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return row.actorId ? this.loaders.person(context).load(row.actorId) : null;
  }
}
