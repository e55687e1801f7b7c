import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { alliancesWhere, can, type Actor } from '@doorbraak/domain';
import { forbidden, MAX_PAGE_SIZE, type Page } from '@doorbraak/server-core';
import type { DossierEntity, VastloperEntity } from '@doorbraak/server-data';
import { DossiersService } from '@doorbraak/server-dossiers';
import { vastloperVisibility, VastlopersService } from '@doorbraak/server-vastlopers';
import type { DossierExportFilter, VastloperExportFilter } from './export-filters';
import type { ExportCell, ExportSheet } from './export-writers';

type Row = Record<string, ExportCell>;

// Every page of a list the screens page through, newest first: the same filters and visibility as on screen.
async function* allPages<T>(page: (after: string | null) => Promise<Page<T>>): AsyncIterable<T[]> {
  let after: string | null = null;
  for (;;) {
    const current: Page<T> = await page(after);
    if (current.rows.length > 0) yield current.rows.map((row) => row.node);
    if (!current.hasNextPage || current.rows.length === 0) return;
    after = current.rows[current.rows.length - 1].cursor;
  }
}

// Rows of one page, read in one query per page; values in the order of the sheet's columns.
const sheet = <T>(
  name: string,
  csvName: string,
  columns: readonly (readonly [header: string, width?: number])[],
  source: () => AsyncIterable<T[]>,
  rowsOf: (page: T[]) => Promise<ExportCell[][]>,
): ExportSheet => ({
  name,
  csvName,
  columns: columns.map(([header, width]) => ({ header, width })),
  pages: async function* () {
    for await (const page of source()) {
      yield await rowsOf(page);
    }
  },
});

const values = (rows: Row[], keys: readonly string[]): ExportCell[][] => rows.map((row) => keys.map((key) => row[key] ?? null));

// The exports for the ministries' own reporting: what the caller may read, filtered as on the screens, page by page.
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vastlopers: VastlopersService,
    private readonly dossiers: DossiersService,
  ) {}

  vastloperSheets(actor: Actor, filter: VastloperExportFilter, now: Date): ExportSheet[] {
    this.requireReader(actor);
    const pages = () => allPages((after) => this.vastlopers.list(actor, filter, MAX_PAGE_SIZE, after, now));
    const ids = (page: VastloperEntity[]) => page.map((item) => item.id);
    return [
      sheet(
        'Vastlopers',
        'vastlopers',
        [
          ['Id', 38], ['Alliantie', 30], ['Titel', 50], ['Categorie'], ['Actielijn'], ['Status'], ['Trede'], ['Ministerie'],
          ['Juridische grondslag', 30], ['Gevraagde oplossing'], ['Vertrouwelijk'], ['Eigenaar', 24], ['Gemeld op'],
          ['Laatste voortgang'], ['Opgelost op'], ['Oplossing', 40], ['Dossier', 40],
        ],
        pages,
        async (page) =>
          values(
            await this.query(
              `SELECT v.id, a.name AS alliance, v.title, v.category, v.actielijn, v.status, v.rung, v.owning_ministry AS ministry,
                      v.legal_reference AS law, v.remedy, v.confidential, owner.name AS owner, v.created_at AS reported,
                      v.last_progress_at AS progress, v.resolved_at AS resolved, v.resolution, d.title AS dossier
                 FROM vastloper v JOIN alliance a ON a.id = v.alliance_id JOIN person owner ON owner.id = v.owner_id
                 LEFT JOIN dossier_membership m ON m.vastloper_id = v.id AND m.left_at IS NULL LEFT JOIN dossier d ON d.id = m.dossier_id
                WHERE v.id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], v.id)`,
              [ids(page)],
            ),
            ['id', 'alliance', 'title', 'category', 'actielijn', 'status', 'rung', 'ministry', 'law', 'remedy', 'confidential', 'owner', 'reported', 'progress', 'resolved', 'resolution', 'dossier'],
          ),
      ),
      sheet(
        'Tijdlijn',
        'vastlopers-tijdlijn',
        [['Vastloper-id', 38], ['Vastloper', 40], ['Moment'], ['Soort'], ['Van trede'], ['Naar trede'], ['Tekst', 50], ['Door', 24]],
        pages,
        // The ladder's moves and the progress notes of each item, oldest first.
        async (page) =>
          values(
            await this.query(
              `SELECT t.* FROM (
                 SELECT v.id, v.title, e.at, e.cause AS kind, e.from_rung AS "from", e.to_rung AS "to", e.reason AS text, p.name AS actor
                   FROM escalation_event e JOIN vastloper v ON v.id = e.vastloper_id LEFT JOIN person p ON p.id = e.actor_id
                  WHERE e.vastloper_id = ANY($1::uuid[])
                 UNION ALL
                 SELECT v.id, v.title, u.at, 'PROGRESS', NULL, NULL, u.text, p.name
                   FROM progress_update u JOIN vastloper v ON v.id = u.vastloper_id JOIN person p ON p.id = u.author_id
                  WHERE u.vastloper_id = ANY($1::uuid[])
               ) t ORDER BY array_position($1::uuid[], t.id), t.at`,
              [ids(page)],
            ),
            ['id', 'title', 'at', 'kind', 'from', 'to', 'text', 'actor'],
          ),
      ),
    ];
  }

  dossierSheets(actor: Actor, filter: DossierExportFilter): ExportSheet[] {
    if (!can(actor, 'national.read', { allianceId: null })) this.requireReader(actor);
    const pages = () => allPages((after) => this.dossiers.list(actor, filter, MAX_PAGE_SIZE, after));
    const ids = (page: DossierEntity[]) => page.map((dossier) => dossier.id);
    // The stays of the vastlopers the caller may read only; a dossier itself shows to whoever may read one of them.
    const visibility = vastloperVisibility(actor, 'v');
    return [
      sheet(
        'Dossiers',
        'dossiers',
        [
          ['Id', 38], ['Titel', 50], ['Oorzaak', 50], ['Juridische grondslag', 30], ['Ministerie'], ['Eigenaar bij het ministerie', 24],
          ['Gevraagde oplossing'], ['Status'], ['Uitkomst'], ['Toelichting uitkomst', 40], ['Aangemaakt op'], ['Geaccepteerd op'], ['Gesloten op'],
        ],
        pages,
        async (page) =>
          values(
            await this.query(
              `SELECT d.id, d.title, d.cause, d.legal_reference AS law, d.owning_ministry AS ministry, p.name AS owner, d.remedy, d.status,
                      d.outcome, d.outcome_text AS "outcomeText", d.created_at AS created, d.accepted_at AS accepted, d.closed_at AS closed
                 FROM dossier d LEFT JOIN person p ON p.id = d.ministry_owner_id
                WHERE d.id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], d.id)`,
              [ids(page)],
            ),
            ['id', 'title', 'cause', 'law', 'ministry', 'owner', 'remedy', 'status', 'outcome', 'outcomeText', 'created', 'accepted', 'closed'],
          ),
      ),
      sheet(
        'Vastlopers',
        'dossiers-vastlopers',
        [
          ['Dossier-id', 38], ['Dossier', 40], ['Vastloper-id', 38], ['Vastloper', 40], ['Alliantie', 30], ['Erbij op'], ['Erbij via'],
          ['Reden erbij', 40], ['Uit dossier', 30], ['Eruit op'], ['Eruit via'], ['Reden eruit', 40], ['Naar dossier', 30],
        ],
        pages,
        async (page) => {
          const [text, parameters] = this.dataSource.driver.escapeQueryWithParameters(
            `SELECT d.id AS "dossierId", d.title AS dossier, v.id AS "vastloperId", v.title AS vastloper, a.name AS alliance,
                    m.joined_at AS joined, m.joined_via AS "joinedVia", m.join_reason AS "joinReason", origin.title AS origin,
                    m.left_at AS "left", m.left_via AS "leftVia", m.leave_reason AS "leaveReason", destination.title AS destination
               FROM dossier_membership m JOIN dossier d ON d.id = m.dossier_id JOIN vastloper v ON v.id = m.vastloper_id
               JOIN alliance a ON a.id = v.alliance_id
               LEFT JOIN dossier origin ON origin.id = m.from_dossier_id LEFT JOIN dossier destination ON destination.id = m.to_dossier_id
              WHERE m.dossier_id = ANY(:dossierIds) AND ${visibility.where}
              ORDER BY array_position(CAST(:dossierIds AS uuid[]), m.dossier_id), m.joined_at, m.id`,
            { ...visibility.params, dossierIds: ids(page) },
          );
          return values(await this.query(text, parameters), [
            'dossierId', 'dossier', 'vastloperId', 'vastloper', 'alliance', 'joined', 'joinedVia', 'joinReason', 'origin', 'left', 'leftVia', 'leaveReason', 'destination',
          ]);
        },
      ),
      sheet(
        'Tijdlijn',
        'dossiers-tijdlijn',
        [['Dossier-id', 38], ['Dossier', 40], ['Moment'], ['Soort'], ['Tekst', 60], ['Door', 24]],
        pages,
        async (page) =>
          values(
            await this.query(
              `SELECT d.id, d.title, n.at, n.kind, n.text, p.name AS author
                 FROM dossier_note n JOIN dossier d ON d.id = n.dossier_id JOIN person p ON p.id = n.author_id
                WHERE n.dossier_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], n.dossier_id), n.at, n.id`,
              [ids(page)],
            ),
            ['id', 'title', 'at', 'kind', 'text', 'author'],
          ),
      ),
    ];
  }

  // Exports are for those who read items of some alliance (or the national level); the rows then say which.
  private requireReader(actor: Actor): void {
    const readable = alliancesWhere(actor, 'item.read');
    if (readable !== 'ALL' && readable.length === 0) {
      throw forbidden('Exports hold vastlopers and dossiers; your role reads none.');
    }
  }

  private query(sql: string, parameters: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, parameters);
  }
}
