import { setFlagsFromString } from 'node:v8'

// Imported before SQLite's WebAssembly: V8's optimising tier compiles SQLite's byte-code loop with
// tens of MB of memory that the process then keeps, for index queries that take microseconds in
// the baseline tier. The flag holds for WebAssembly compiled from here on.
setFlagsFromString('--liftoff-only')
