import { EnvError } from '../config/parseEnv'

export type BootErrorProps = { error: unknown }

/** Shown instead of the app when it cannot start (bad build configuration). */
export function BootError({ error }: BootErrorProps) {
  const problems =
    error instanceof EnvError
      ? error.problems
      : [error instanceof Error ? error.message : String(error)]
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <div role="alert" className="rounded-2xl border border-danger/30 bg-danger-soft p-6 text-ink">
        <h1 className="text-lg font-semibold">Ferry cannot start</h1>
        <p className="mt-1 text-sm text-muted">
          {error instanceof EnvError
            ? 'This build has invalid settings. Fix these variables and build again:'
            : 'An unexpected error stopped the app:'}
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 font-mono text-sm [overflow-wrap:anywhere]">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    </main>
  )
}
