import { lazy, type ComponentType } from 'react'

/** React's `lazy` for a module's named export: the module loads when the component first renders. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React's own `lazy` declares it
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends string>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}
