export type ExportDataset = 'vastlopers' | 'dossiers';
export type ExportFormat = 'csv' | 'xlsx';

// The API's export route (proxied by the web server like /graphql), with the filters that are set.
export const exportPath = (dataset: ExportDataset, format: ExportFormat, filters: Record<string, string | null | undefined>): string => {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const search = query.toString();
  return `/exports/${dataset}.${format}${search ? `?${search}` : ''}`;
};
