import { useId, useState, type FormEvent } from 'react'
import { Alert } from '../components/ui/alert.tsx'
import { Button } from '../components/ui/button.tsx'
import { Input } from '../components/ui/input.tsx'

/** The sign-in page of a server others can reach: its access token in, a session cookie out. */
export function SignInScreen() {
  const id = useId()
  const [token, setToken] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      if (response.ok) return location.reload()
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } }
      setError(body.error?.message ?? `The server answered ${response.status}.`)
    } catch {
      setError('The dashboard server could not be reached.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="grid min-h-dvh place-items-center p-4">
      <form onSubmit={submit} className="flex w-full max-w-sm flex-col gap-3" aria-label="Sign in">
        <h1 className="m-0 text-lg font-semibold">Sign in to ark3d</h1>
        <p className="m-0 text-[13px] text-muted-foreground">
          This dashboard is shared: ask whoever runs it for its access token.
        </p>
        <label htmlFor={id} className="text-[13px] font-medium">
          Access token
        </label>
        <Input
          id={id}
          type="password"
          autoComplete="current-password"
          required
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        {error && (
          <Alert variant="destructive" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" variant="default" disabled={busy || token === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </main>
  )
}
