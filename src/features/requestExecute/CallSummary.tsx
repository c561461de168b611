import type { Address } from 'viem'
import { CopyButton } from '../../components/ui/CopyButton'
import type { CallDescription } from './describeCall'

export type CallSummaryProps = {
  l2Name: string
  target: Address
  call: CallDescription
}

/** The call in one box: the L2 contract, the function and its arguments (or raw calldata). */
export function CallSummary({ l2Name, target, call }: CallSummaryProps) {
  return (
    <div className="space-y-2 rounded-xl bg-subtle px-4 py-3" data-testid="call-summary">
      <div>
        <p className="text-xs text-muted">Contract on {l2Name}</p>
        <p className="flex items-center gap-1 font-mono text-sm text-ink">
          <span className="min-w-0 [overflow-wrap:anywhere]" data-testid="call-target">
            {target}
          </span>
          <CopyButton value={target} label="Copy contract address" />
        </p>
      </div>
      <div>
        <p className="text-xs text-muted">Calls</p>
        <p
          className="font-mono text-sm font-semibold text-ink [overflow-wrap:anywhere]"
          data-testid="call-function"
        >
          {call.title}
        </p>
        {call.args.length > 0 && (
          <dl className="mt-1 space-y-0.5 text-sm">
            {call.args.map((arg) => (
              <div key={arg.label} className="flex flex-wrap gap-x-2">
                <dt className="text-muted">{arg.label}</dt>
                <dd className="min-w-0 font-mono text-ink [overflow-wrap:anywhere]">
                  {arg.value === '' ? '""' : arg.value}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {call.selector && (
          <p className="text-sm text-muted">
            Selector <span className="font-mono text-ink">{call.selector}</span>,{' '}
            {call.bytes.toLocaleString('en-US')} bytes
          </p>
        )}
      </div>
    </div>
  )
}
