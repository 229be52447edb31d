declare module 'node-sqlite3-wasm' {
  type Value = string | number | bigint | null | Uint8Array | boolean
  type Values = Value | Value[] | Record<string, Value>
  export class Database {
    constructor(path: string, options?: { fileMustExist?: boolean; readOnly?: boolean })
    exec(sql: string): void
    run(sql: string, values?: Values): { changes: number; lastInsertRowid: number | bigint }
    all(sql: string, values?: Values): Record<string, Value>[]
    get(sql: string, values?: Values): Record<string, Value> | undefined
    close(): void
    readonly inTransaction: boolean
  }
  const sqlite: { Database: typeof Database }
  export default sqlite
}
