import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DateTime } from 'luxon';
import { TIME_ZONE } from '@doorbraak/domain';
import { AccessError, CurrentActor, type AuthenticatedActor } from '@doorbraak/server-core';
import { dossierExportFilter, vastloperExportFilter, type QueryParameters } from './export-filters';
import { writeCsv, writeXlsx, type ExportSheet } from './export-writers';
import { ExportsService } from './exports.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// /exports/vastlopers.xlsx and /exports/dossiers.xlsx hold every sheet; each sheet is also a CSV of its own
// (vastlopers.csv, vastlopers-tijdlijn.csv, dossiers.csv, dossiers-vastlopers.csv, dossiers-tijdlijn.csv).
const FILE = /^(vastlopers|dossiers)(-[a-z]+)?\.(csv|xlsx)$/;

const notAnExport = (file: string): AccessError => new AccessError('NOT_FOUND', `There is no export "${file}".`);

// Exports for the ministries' own reporting, authorised like the queries (bearer token): only what the caller may
// read, with the filters of the screens as query parameters; a bad filter is a 400 with a code.
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':file')
  async download(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('file') file: string,
    @Query() query: QueryParameters,
    @Res() response: Response,
  ): Promise<void> {
    const match = FILE.exec(file);
    if (!match) throw notAnExport(file);
    const [, dataset, part, format] = match as unknown as [string, 'vastlopers' | 'dossiers', string | undefined, 'csv' | 'xlsx'];
    const now = new Date();
    const sheets = dataset === 'vastlopers' ? this.exports.vastloperSheets(actor, vastloperExportFilter(query), now) : this.exports.dossierSheets(actor, dossierExportFilter(query));
    const name = `${dataset}${part ?? ''}`;
    const chosen: readonly ExportSheet[] = format === 'xlsx' ? (part ? [] : sheets) : sheets.filter((sheet) => sheet.csvName === name);
    if (chosen.length === 0) throw notAnExport(file);

    response.status(200).set({
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}-${DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate()}.${format}"`,
      'Cache-Control': 'private, no-store',
    });
    try {
      await (format === 'xlsx' ? writeXlsx(chosen, response) : writeCsv(chosen[0], response));
    } catch (error) {
      // The status is sent with the first rows; a failure later can only cut the download short.
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
