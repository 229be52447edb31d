/** The environment of a server whose keeper keeps from an Ark-compatible test server, synced on request. */
export function keeperEnv(ark: { baseUrl: string; fileHost: string }, key: string, dataDir: string) {
  return {
    ARK_API_KEY: key,
    ARK_BASE_URL: ark.baseUrl,
    ARK_FILE_HOSTS: ark.fileHost,
    ARK3D_KEEPER: 'on',
    ARK3D_KEEPER_INTERVAL_S: '3600',
    ARK3D_DATA_DIR: dataDir,
  }
}
