import { Alert } from '../components/ui/alert.tsx'
import { Button } from '../components/ui/button.tsx'
import { Component, type ReactNode } from 'react'

interface Props {
  children: ReactNode
  /** What the fallback calls the part that failed. */
  label?: string
}

/** The page never goes blank: a render error is shown in place, with a way to try again. */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  state: { error?: Error } = {}

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <Alert role="alert" variant="destructive" className="my-3">
        <h2>{this.props.label ?? 'This part of the page'} hit an error</h2>
        <p>{this.state.error.message}</p>
        <Button size="sm" onClick={() => this.setState({ error: undefined })}>
          Try again
        </Button>
      </Alert>
    )
  }
}
