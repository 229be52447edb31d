import { useMediaQuery } from './useMediaQuery.ts'

/** A touch screen with no mouse or keyboard pointer: keyboard hints would only be noise there. */
export const useTouchOnly = () => useMediaQuery('(hover: none) and (pointer: coarse)')
