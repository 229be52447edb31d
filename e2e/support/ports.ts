/** Where each e2e project's dashboard listens, and the Arks behind them. */
export const E2E_PORTS = {
  demo: 5180,
  faults: 5181,
  proxied: 5182,
  viewer: 5183,
  unreachable: 5184,
  create: 5176,
  keeper: 5174,
} as const
/** Nothing listens here: the Ark of the "unreachable" project. */
export const CLOSED_ARK_PORT = 5185
export const PROXIED_ARK_PORT = 5189
export const PROXIED_ARK_KEY = 'sk-e2e-canary-9d2b4f61'
/** The production build every e2e server previews. */
export const E2E_DIST = 'node_modules/.ark3d-e2e-dist'
