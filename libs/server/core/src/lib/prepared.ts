// A statement whose text starts with this comment runs as a named prepared statement: PostgreSQL parses it
// once per connection and, after five runs, plans it once when a generic plan costs no more than a custom one
// (as JDBC drivers do with every statement). For statements that run on every request with a fixed text,
// such as the session check (parsed and planned in 0.47 ms to run in 0.09) and the page of a list (0.6 of
// its 1.8 ms). Each marked text is prepared once per connection and kept for the connection's life (up to a
// limit per connection, see PreparingClient), so only texts from a fixed set may carry the mark: never one built
// around a list of values of varying length.
export const PREPARED_MARK = '/* prepared */ ';

// For a query builder: `.comment(PREPARED_COMMENT)` starts its statement with PREPARED_MARK.
export const PREPARED_COMMENT = 'prepared';

export const prepared = (sql: string): string => `${PREPARED_MARK}${sql}`;
