import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

export type DataTableColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  // For the header and every cell; a function gives a cell its own (e.g. an alert colour).
  className?: string;
  cellClassName?: (row: Row) => string | undefined;
};

export type DataTableProps<Row> = {
  // Names the caption `<id>-caption`; the scroll region is labelled by it.
  id: string;
  caption?: ReactNode;
  // Without a caption: the id of the heading that names the table.
  labelledBy?: string;
  columns: readonly (DataTableColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  className?: string;
};

// A table in a keyboard-scrollable region named by its caption; the first column holds the row headers.
export const DataTable = <Row,>({ id, caption, labelledBy, columns, rows, rowKey, className }: DataTableProps<Row>) => {
  const shown = columns.filter((column): column is DataTableColumn<Row> => Boolean(column));
  const name = caption ? `${id}-caption` : labelledBy;
  return (
    <div className="db-table-wrapper" role="region" aria-labelledby={name} tabIndex={0}>
      <Table className={['db-table', className].filter(Boolean).join(' ')} aria-labelledby={caption ? undefined : labelledBy}>
        {caption ? <TableCaption id={`${id}-caption`}>{caption}</TableCaption> : null}
        <TableHeader>
          <TableRow>
            {shown.map((column, index) => (
              <TableHeaderCell key={index} scope="col" className={column.className}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {shown.map((column, index) => {
                const cellClass = [column.className, column.cellClassName?.(row)].filter(Boolean).join(' ') || undefined;
                return index === 0 ? (
                  <TableHeaderCell key={index} scope="row" className={cellClass}>
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={index} className={cellClass}>
                    {column.cell(row)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
