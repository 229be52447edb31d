// gltf-validator ships no types; these are the two calls used here, as its README documents them.
declare module 'gltf-validator' {
  export function version(): string
  export function validateBytes(
    data: Uint8Array,
    options?: {
      uri?: string
      maxIssues?: number
      writeTimestamp?: boolean
      externalResourceFunction?: (uri: string) => Promise<Uint8Array>
    },
  ): Promise<unknown>
}
