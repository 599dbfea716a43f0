/** A timestamp column as the API's ISO string (UTC, milliseconds), formatted by PostgreSQL. */
export const ISO = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
