// Makes (and drops) one WebGL 2 context off the main thread: the GPU process sets WebGL up for the
// page once, so the canvas's own context is made sooner.
const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : undefined
const context = canvas?.getContext('webgl2')
context?.getParameter(context.MAX_TEXTURE_SIZE)
postMessage(Boolean(context))
