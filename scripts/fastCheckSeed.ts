import fc from 'fast-check'

// Property runs print their seed when they fail (fast-check's report); CI runs one fixed seed, so a
// landing never depends on the draw. FC_SEED replays any run, in CI or here.
const pinned = process.env.FC_SEED ?? (process.env.CI ? '20261207' : undefined)
if (pinned !== undefined) fc.configureGlobal({ seed: Number(pinned) })
