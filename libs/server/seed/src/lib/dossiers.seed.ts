import type { QueryDeepPartialEntity } from 'typeorm';
import {
  answerDeadlines,
  DEFAULT_ANSWER_TIME,
  DEFAULT_CALENDAR,
  DEFAULT_LADDER,
  dueTimes,
  newItemState,
  type DossierNoteKind,
  type DossierStatus,
  type Ministry,
  type Remedy,
} from '@doorbraak/domain';
import { AnswerClockEntity, DossierEntity, DossierMembershipEntity, DossierNoteEntity } from '@doorbraak/server-data';
import { daysBefore } from './amsterdam-time';
import type { PersonRef } from './people.seed';
import { insertRows, type SeedContext } from './seed-context';

// A vastloper of the demo, by its alliance's focus area and its title.
type Member = { readonly slug: string; readonly title: string; readonly daysAgo: number };

type DossierSpec = {
  readonly title: string;
  readonly cause: string;
  readonly legalReference: string;
  readonly ministry: Ministry;
  readonly remedy: Remedy;
  readonly daysAgo: number;
  // A proposal, by the rijksvertegenwoordiger of this focus area's alliance.
  readonly proposedBy?: string;
  readonly members: readonly Member[];
  readonly notes: readonly { readonly kind: DossierNoteKind; readonly text: string; readonly daysAgo: number }[];
  // An earlier dossier on part of the same cause, merged into this one: the lineage the demo shows.
  readonly absorbed?: Absorbed;
};

type Absorbed = {
  readonly title: string;
  readonly daysAgo: number;
  readonly mergedDaysAgo: number;
  readonly reason: string;
  readonly members: readonly Member[];
};

// The booklet's cross-area themes: one cause behind knelpunten of several focus areas.
const DOSSIERS: readonly DossierSpec[] = [
  {
    title: 'Gegevensdeling tussen school, zorg en politie',
    cause:
      'In meerdere focusgebieden mogen school, zorg, jeugdhulp en politie signalen over dezelfde jongeren en gezinnen niet met elkaar delen: de AVG en de sectorwetten geven de wijkaanpak geen grondslag voor gegevensuitwisseling.',
    legalReference: 'AVG art. 6; Wet politiegegevens art. 20',
    ministry: 'JenV',
    remedy: 'EXPERIMENTEERBEPALING',
    daysAgo: 40,
    members: [
      { slug: 'rotterdam-zuid', title: 'Wetgeving verbiedt gegevensuitwisseling', daysAgo: 40 },
      { slug: 'lelystad-oost', title: 'Privacyregels blokkeren het delen van persoonsgegevens', daysAgo: 40 },
    ],
    notes: [
      {
        kind: 'PROGRESS',
        text: 'De interdepartementale werkgroep (BZK, JenV, OCW, VWS) heeft de casussen uit Rotterdam-Zuid en Lelystad-Oost naast elkaar gelegd: het is dezelfde ontbrekende grondslag.',
        daysAgo: 25,
      },
      {
        kind: 'DECISION',
        text: 'JenV werkt een experimenteerbepaling uit voor gegevensdeling binnen het zorg- en veiligheidshuis; een eerste concept ligt er vóór het volgende doorbraakoverleg.',
        daysAgo: 10,
      },
    ],
  },
  {
    title: 'Onrendabele top bij sloop en nieuwbouw',
    cause:
      'Bij de vernieuwing van particuliere woningvoorraad betaalt niemand het verschil tussen de kosten en de opbrengst van sloop en nieuwbouw; rijkssubsidies met korte termijnen dwingen bovendien tot haastige keuzes.',
    legalReference: 'Regeling specifieke uitkering Volkshuisvestingsfonds',
    ministry: 'BZK',
    remedy: 'FINANCIERING',
    daysAgo: 30,
    members: [
      { slug: 'rotterdam-zuid', title: 'Niemand betaalt de onrendabele top van sloop/nieuwbouw particuliere woningen', daysAgo: 30 },
      { slug: 'rotterdam-zuid', title: 'Tweebos: termijn van rijkssubsidie dwong sloop/nieuwbouw af', daysAgo: 30 },
      { slug: 'schiedam-nieuwland-en-oost', title: "Eerdere aanpak te veel gericht op 'stenen', daarna losgelaten", daysAgo: 21 },
    ],
    notes: [
      {
        kind: 'PROGRESS',
        text: 'BZK brengt in kaart hoeveel particuliere woningen in de focusgebieden een onrendabele top hebben; Rotterdam-Zuid levert de rekenvoorbeelden.',
        daysAgo: 14,
      },
    ],
  },
  {
    title: 'Woningtoewijzing en huisvestingsregels',
    cause:
      'Sociale huurwoningen worden alleen op inkomen toegewezen: wie er in de wijk op vooruitgaat moet vertrekken, en lage middeninkomens en jongeren vinden geen plek. Gemeenten en corporaties mogen daar nauwelijks van afwijken.',
    legalReference: 'Huisvestingswet 2014 art. 8; Woningwet art. 48',
    ministry: 'BZK',
    remedy: 'WETSWIJZIGING',
    daysAgo: 50,
    members: [
      { slug: 'utrecht-overvecht', title: 'Woningtoewijzing alleen op inkomen', daysAgo: 50 },
      { slug: 'tilburg-noordwest', title: 'Sociale stijgers kunnen niet in de wijk blijven', daysAgo: 50 },
      { slug: 'tilburg-noordwest', title: 'Wettelijke belemmeringen voor woningen voor lage middeninkomens', daysAgo: 45 },
      { slug: 'amsterdam-nieuw-west', title: 'Jonge vrouwen kunnen niet zelfstandig uit huis', daysAgo: 35 },
    ],
    notes: [
      {
        kind: 'PROGRESS',
        text: 'Het dossier over tijdelijke huurcontracten is hierin opgegaan: het is dezelfde vraag naar ruimte in de toewijzingsregels.',
        daysAgo: 20,
      },
      {
        kind: 'DECISION',
        text: 'BZK neemt lokaal maatwerk in de toewijzing mee in de wijziging van de Huisvestingswet; tot die tijd krijgen de vier gebieden een experimenteerruimte via de huisvestingsverordening.',
        daysAgo: 6,
      },
    ],
    absorbed: {
      title: 'Tijdelijke huurcontracten in vernieuwingswijken',
      daysAgo: 70,
      mergedDaysAgo: 20,
      reason: 'Zelfde oorzaak: te weinig ruimte in de toewijzingsregels.',
      members: [{ slug: 'rotterdam-zuid', title: 'Beperkte ruimte voor tijdelijke huurcontracten', daysAgo: 70 }],
    },
  },
  {
    title: 'Armoedeval door vervallende toeslagen',
    cause: 'Wie meer gaat werken verliest toeslagen en houdt netto minder over; bewoners durven daardoor geen stap naar (meer) werk te zetten.',
    legalReference: 'Algemene wet inkomensafhankelijke regelingen',
    ministry: 'SZW',
    remedy: 'MAATWERK',
    daysAgo: 4,
    proposedBy: 'breda-noord',
    members: [
      { slug: 'breda-noord', title: 'Armoedeval: toeslagen vervallen bij meer werken', daysAgo: 4 },
      { slug: 'breda-noord', title: 'Armoede in stand gehouden door het systeem', daysAgo: 4 },
    ],
    notes: [],
  },
];

export type DossierSeedPeople = {
  readonly coordinator: PersonRef;
  readonly rijksvertegenwoordigerOf: (slug: string) => PersonRef | undefined;
};

const HOUR = 10;

// Demo dossiers over the seeded vastlopers. Keyed by title: a dossier that exists is left alone, and a
// vastloper the demo did not create, or that another open dossier holds, is passed over.
export const seedDossiers = async (context: SeedContext, people: DossierSeedPeople): Promise<void> => {
  for (const spec of DOSSIERS) {
    if ((await context.manager.countBy(DossierEntity, { title: spec.title })) > 0) {
      continue;
    }
    const creator = spec.proposedBy ? people.rijksvertegenwoordigerOf(spec.proposedBy) : people.coordinator;
    if (!creator) {
      continue;
    }
    const members = await findFree(context, spec.members);
    if (members.length === 0) {
      continue;
    }
    const fields: DossierFields = {
      cause: spec.cause,
      legalReference: spec.legalReference,
      owningMinistry: spec.ministry,
      ministryOwnerId: await ministryOwner(context, spec.ministry),
      remedy: spec.remedy,
      createdById: creator.id,
    };
    const status: DossierStatus = spec.proposedBy ? 'PROPOSED' : 'OPEN';
    const createdAt = at(context, spec.daysAgo);
    const id = await insertDossier(context, { ...fields, title: spec.title, status, ...ladderFields(context, spec, status, createdAt), createdAt, updatedAt: createdAt });
    if (status === 'OPEN') {
      await context.manager.insert(AnswerClockEntity, answerClock(context, id, spec, createdAt));
    }
    const rows = members.map((member) => membership(context, id, member, people.coordinator.id));
    if (spec.absorbed) {
      rows.push(...(await seedAbsorbed(context, spec.absorbed, id, fields, people.coordinator.id)));
    }
    await insertRows(context, DossierMembershipEntity, rows, 'dossierMemberships');
    await insertRows(
      context,
      DossierNoteEntity,
      spec.notes.map((note) => ({ dossierId: id, kind: note.kind, text: note.text, authorId: people.coordinator.id, at: at(context, note.daysAgo) })),
      'dossierNotes',
    );
  }
};

const at = (context: SeedContext, daysAgo: number): Date => daysBefore(context.now, daysAgo, HOUR);

// An open dossier stands at INTERDEPARTEMENTAAL since it opened, its clock restarted by its last progress or
// decision note; none of the demo's has stalled yet. A proposal is off the ladder.
const ladderFields = (context: SeedContext, spec: DossierSpec, status: DossierStatus, createdAt: Date): QueryDeepPartialEntity<DossierEntity> => {
  const progress = spec.notes.filter((note) => note.kind !== 'OUTCOME').map((note) => at(context, note.daysAgo).getTime());
  const lastProgressAt = new Date(Math.max(createdAt.getTime(), ...progress));
  const state = { ...newItemState('DOSSIER', status, createdAt), clockStartedAt: status === 'OPEN' ? lastProgressAt : null };
  return { rung: state.rung, rungEnteredAt: state.rungEnteredAt, lastProgressAt, ...dueTimes(state, { ladder: DEFAULT_LADDER, calendar: DEFAULT_CALENDAR }) };
};

const DAY_MS = 86_400_000;

// What the owning ministry owes since the dossier opened: acknowledged within days, except for the oldest
// dossiers (opened more than six weeks ago), whose ministry is late so the demo shows the flag.
const answerClock = (context: SeedContext, dossierId: string, spec: DossierSpec, createdAt: Date): QueryDeepPartialEntity<AnswerClockEntity> => {
  const deadlines = answerDeadlines(createdAt, DEFAULT_ANSWER_TIME);
  const late = spec.daysAgo > 42;
  const passed = (deadline: Date): Date | null => (deadline.getTime() <= context.now.getTime() ? deadline : null);
  return {
    dossierId,
    reachedRung: 'INTERDEPARTEMENTAAL',
    reachedMinistryAt: createdAt,
    ...deadlines,
    acknowledgedAt: late ? null : new Date(Math.min(createdAt.getTime() + 3 * DAY_MS, context.now.getTime())),
    acknowledgeFlaggedAt: late ? passed(deadlines.acknowledgeBy) : null,
    answerFlaggedAt: late ? null : passed(deadlines.answerBy),
  };
};

// What a dossier and the earlier one merged into it share.
type DossierFields = Pick<DossierEntity, 'cause' | 'legalReference' | 'owningMinistry' | 'ministryOwnerId' | 'remedy' | 'createdById'>;

const insertDossier = async (context: SeedContext, row: QueryDeepPartialEntity<DossierEntity>): Promise<string> => {
  const [id] = await insertRows(context, DossierEntity, [row], 'dossiers');
  return id;
};

// The earlier dossier, closed by its merge into `intoId`: its vastlopers left it then and joined the other.
// Returns their memberships of both dossiers.
const seedAbsorbed = async (
  context: SeedContext,
  absorbed: Absorbed,
  intoId: string,
  fields: DossierFields,
  coordinatorId: string,
): Promise<QueryDeepPartialEntity<DossierMembershipEntity>[]> => {
  const members = await findFree(context, absorbed.members);
  const mergedAt = at(context, absorbed.mergedDaysAgo);
  const absorbedId = await insertDossier(context, {
    ...fields,
    title: absorbed.title,
    status: 'CLOSED',
    outcome: 'MERGED_INTO',
    outcomeText: absorbed.reason,
    closedAt: mergedAt,
    mergedIntoId: intoId,
    createdAt: at(context, absorbed.daysAgo),
    updatedAt: mergedAt,
  });
  return members.flatMap((member) => [
    {
      ...membership(context, absorbedId, member, coordinatorId),
      leftAt: mergedAt,
      leftVia: 'MERGE',
      leaveReason: absorbed.reason,
      leftById: coordinatorId,
      toDossierId: intoId,
    },
    { ...membership(context, intoId, { ...member, daysAgo: absorbed.mergedDaysAgo }, coordinatorId), joinedVia: 'MERGE', joinReason: absorbed.reason, fromDossierId: absorbedId },
  ]);
};

type FoundMember = Member & { readonly vastloperId: string };

const membership = (context: SeedContext, dossierId: string, member: FoundMember, joinedById: string): QueryDeepPartialEntity<DossierMembershipEntity> => ({
  dossierId,
  vastloperId: member.vastloperId,
  joinedAt: at(context, member.daysAgo),
  joinedVia: 'ADDED',
  joinedById,
});

// The demo's vastlopers by focus area and title, left out when another open dossier holds them already.
const findFree = async (context: SeedContext, members: readonly Member[]): Promise<FoundMember[]> => {
  const found: FoundMember[] = [];
  for (const member of members) {
    const [row]: { id: string }[] = await context.manager.query(
      `SELECT v.id FROM vastloper v JOIN alliance a ON a.id = v.alliance_id JOIN focus_area f ON f.id = a.focus_area_id
        WHERE f.slug = $1 AND v.title = $2
          AND NOT EXISTS (SELECT 1 FROM dossier_membership m WHERE m.vastloper_id = v.id AND m.left_at IS NULL)
        ORDER BY v.created_at LIMIT 1`,
      [member.slug, member.title],
    );
    if (row) {
      found.push({ ...member, vastloperId: row.id });
    }
  }
  return found;
};

// A rijksvertegenwoordiger from the owning ministry owns the case there.
const ministryOwner = async (context: SeedContext, ministry: Ministry): Promise<string | null> => {
  const [row]: { personId: string }[] = await context.manager.query(
    `SELECT r.person_id AS "personId" FROM rijksvertegenwoordiger r JOIN person p ON p.id = r.person_id WHERE r.ministry = $1 ORDER BY p.email LIMIT 1`,
    [ministry],
  );
  return row?.personId ?? null;
};
