import type { ActionItemEntity, AgendaItemEntity, AllianceEntity, MeetingEntity } from '@doorbraak/server-data';
import { briefingHtml } from './briefing-html';
import type { MeetingBriefing } from './briefing.model';

const briefing = (overrides: Partial<MeetingBriefing> = {}): MeetingBriefing => ({
  meeting: { title: 'Alliantietafel <NPRZ>', scheduledAt: new Date('2026-04-02T12:00:00Z'), location: 'Stadhuis' } as MeetingEntity,
  alliance: { name: 'Nationaal Programma Rotterdam Zuid (NPRZ)', slug: 'rotterdam-zuid' } as AllianceEntity,
  previousMeeting: { scheduledAt: new Date('2026-02-19T13:00:00Z') } as MeetingEntity,
  from: new Date('2026-02-19T13:00:00Z'),
  to: new Date('2026-03-30T10:00:00Z'),
  preparedAt: null,
  listLimit: 20,
  totals: { newVastlopers: 0, escalated: 0, deEscalated: 0, stalledAtTop: 0, answerOverdue: 0, doorbrakenAchieved: 0, overdueActionItems: 0, openCommitments: 0, noUpdate: 0 },
  newVastlopers: [],
  escalated: [],
  deEscalated: [],
  stalledAtTop: [],
  answerOverdue: [],
  doorbrakenAchieved: [],
  decisionsNeeded: [],
  overdueActionItems: [],
  openCommitments: [],
  noUpdate: [],
  figures: [{ actielijn: 'MEEDOEN', openVastlopers: 3, newVastlopers: 1, resolvedVastlopers: 0, escalated: 2, deEscalated: 0, doorbrakenAchieved: 1 }],
  ownerNames: new Map([['p1', 'Fatima el Amrani']]),
  ...overrides,
});

describe('the briefing as HTML for the PDF', () => {
  it('is a Dutch document with the alliance, the meeting and the period', () => {
    const html = briefingHtml(briefing());
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Briefing voor de burgemeester</h1>');
    expect(html).toContain('Nationaal Programma Rotterdam Zuid (NPRZ)');
    expect(html).toContain('Alliantietafel &lt;NPRZ&gt;, donderdag 2 april 2026 om 14:00, Stadhuis');
    expect(html).toContain('van 19 februari 2026 tot en met 30 maart 2026 (sinds de vorige vergadering)');
    expect(html).not.toContain('<NPRZ>');
  });

  it('says so when a section is empty, and lists what is there', () => {
    const html = briefingHtml(
      briefing({
        decisionsNeeded: [{ position: 3, title: 'Escalatie: jeugdhulp', kind: 'ESCALATION' } as AgendaItemEntity],
        escalated: [
          {
            item: { id: 'v1', kind: 'VASTLOPER', title: 'Jeugdhulp', status: 'OPEN', rung: 'ALLIANTIE', actielijn: 'MEEDOEN', allianceId: 'a', confidential: false, lastProgressAt: null, ownerId: 'p1' },
            fromRung: 'PROGRAMMABUREAU',
            toRung: 'ALLIANTIE',
            cause: 'STALLED',
            reason: null,
            at: new Date('2026-03-01T10:00:00Z'),
          },
        ],
        overdueActionItems: [{ description: 'Rapportage', ownerId: 'p1', dueDate: '2026-03-15' } as ActionItemEntity],
        totals: { newVastlopers: 0, escalated: 1, deEscalated: 0, stalledAtTop: 0, answerOverdue: 0, doorbrakenAchieved: 0, overdueActionItems: 1, openCommitments: 0, noUpdate: 0 },
      }),
    );
    expect(html).toContain('3. Escalatie: jeugdhulp <span class="tag">(escalatie)</span>');
    expect(html).toContain('Jeugdhulp: van programmabureau naar alliantietafel (1 maart 2026)');
    expect(html).toContain('Rapportage — Fatima el Amrani, uiterlijk 15 maart 2026');
    expect(html).toContain('Geen nieuwe vastlopers.');
    expect(html).not.toContain('en nog');
    expect(html).toContain('<th scope="row">Meedoen</th><td>3</td><td>1</td><td>0</td><td>2</td><td>0</td><td>1</td>');
  });

  it('says how many more a bounded list holds', () => {
    const html = briefingHtml(
      briefing({
        overdueActionItems: [{ description: 'Rapportage', ownerId: 'p1', dueDate: '2026-03-15' } as ActionItemEntity],
        totals: { newVastlopers: 0, escalated: 0, deEscalated: 0, stalledAtTop: 0, answerOverdue: 0, doorbrakenAchieved: 0, overdueActionItems: 874, openCommitments: 0, noUpdate: 0 },
      }),
    );
    expect(html).toContain('<li>Rapportage — Fatima el Amrani, uiterlijk 15 maart 2026</li></ul><p class="more">… en nog 873.</p>');
  });
});
