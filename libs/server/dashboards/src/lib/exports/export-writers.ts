import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { TIME_ZONE } from '@doorbraak/domain';

export type ExportCell = string | number | boolean | Date | null;
export type ExportColumn = { readonly header: string; readonly width?: number };

// One sheet of an export: its name in the workbook, its own CSV file, and its rows page by page.
export type ExportSheet = {
  readonly name: string;
  readonly csvName: string;
  readonly columns: readonly ExportColumn[];
  readonly pages: () => AsyncIterable<readonly ExportCell[][]>;
};

// Dutch Excel reads a semicolon-separated file with a byte-order mark as UTF-8.
export const CSV_BOM = '\uFEFF';
const CSV_SEPARATOR = ';';
const DATE_TIME = 'dd-MM-yyyy HH:mm';

const amsterdam = (date: Date) => DateTime.fromJSDate(date, { zone: TIME_ZONE });

// A text Excel would run as a formula starts with a quote (OWASP's CSV injection advice).
const defused = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const csvField = (cell: ExportCell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return amsterdam(cell).toFormat(DATE_TIME);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  if (typeof cell === 'number') return String(cell);
  const text = defused(cell);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvLine = (cells: readonly ExportCell[]): string => `${cells.map(csvField).join(CSV_SEPARATOR)}\r\n`;

// Writes what the stream takes, waiting when it asks to (one page at a time is in memory).
const write = async (stream: Writable, chunk: string): Promise<void> => {
  if (!stream.write(chunk)) {
    await once(stream, 'drain');
  }
};

export const writeCsv = async (sheet: ExportSheet, stream: Writable): Promise<void> => {
  await write(stream, CSV_BOM + csvLine(sheet.columns.map((column) => column.header)));
  for await (const page of sheet.pages()) {
    await write(stream, page.map(csvLine).join(''));
  }
  stream.end();
};

// Excel has no time zones: a moment is written as the wall-clock time in Amsterdam.
const xlsxCell = (cell: ExportCell): ExcelJS.CellValue => {
  if (cell instanceof Date) {
    const local = amsterdam(cell);
    return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
  }
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  return cell;
};

// Streamed: each row is committed as soon as it is written, and the sheets follow one another.
export const writeXlsx = async (sheets: readonly ExportSheet[], stream: Writable): Promise<void> => {
  // Loaded on first use, as the PDF renderer's browser: most API processes never write a workbook.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width ?? 18 }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    for await (const page of sheet.pages()) {
      for (const cells of page) {
        const row = worksheet.addRow(cells.map(xlsxCell));
        cells.forEach((cell, index) => {
          if (cell instanceof Date) row.getCell(index + 1).numFmt = 'dd-mm-yyyy hh:mm';
        });
        row.commit();
      }
    }
    worksheet.commit();
  }
  await workbook.commit();
};
