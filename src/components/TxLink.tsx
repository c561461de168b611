import type { Hash } from 'viem'
import { useChains } from 'wagmi'
import { getExplorerUrl } from '../lib/explorer'
import { shortenHash } from '../lib/format'
import { CopyButton } from './ui/CopyButton'
import { cn } from './ui/cn'
import { ExternalLinkIcon } from './ui/icons'

export type TxLinkProps = {
  hash: Hash
  /** The chain the transaction is on (picks the explorer). */
  chainId: number
  /** Text before the hash ("L1 transaction"). */
  label?: string
  className?: string
}

/** A transaction hash: a link to the chain's explorer when it has one, and a copy button. */
export function TxLink({ hash, chainId, label, className }: TxLinkProps) {
  const chain = useChains().find((c) => c.id === chainId)
  const href = chain ? getExplorerUrl(chain, 'tx', hash) : undefined
  return (
    <span className={cn('inline-flex max-w-full items-center gap-1 text-sm', className)}>
      {label && <span className="text-muted">{label}</span>}
      {href ? (
        <a
          href={href}
          target="_blank"
          rel="noreferrer noopener"
          title={hash}
          className="inline-flex items-center gap-1 font-mono text-accent-text hover:underline"
        >
          {shortenHash(hash)}
          <ExternalLinkIcon className="size-3.5" />
          <span className="sr-only">
            (view on {chain?.blockExplorers?.default.name ?? 'the explorer'}, opens in a new tab)
          </span>
        </a>
      ) : (
        <span className="font-mono text-ink" title={hash}>
          {shortenHash(hash)}
        </span>
      )}
      <CopyButton value={hash} label="Copy transaction hash" />
    </span>
  )
}
