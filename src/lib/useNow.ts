import { createContext, useContext, useEffect, useState } from 'react'

export const NowContext = createContext<number>(Date.now())

/** The current time, re-read every `intervalMs`, for relative times that stay true. */
export function useTicker(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

export const useNow = () => useContext(NowContext)
