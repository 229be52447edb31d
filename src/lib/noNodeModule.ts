// Stands in for `fs` and `path` in the browser build. glTF Transform's core and the Draco glTF
// modules import them for their Node code paths only (NodeIO, reading wasm from disk); the
// browser paths used here (WebIO, wasm bytes passed in) never touch them.
export default {}
