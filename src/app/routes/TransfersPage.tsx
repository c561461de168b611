import { useAccount } from 'wagmi'
import { Link, useLocation } from 'wouter'
import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { AddressLookup } from '../../features/transfers/AddressLookup'
import { TransferList } from '../../features/transfers/TransferList'
import { parseAddressInput } from '../../lib/address'
import { shortenAddress } from '../../lib/format'
import { useChainPair } from '../useChainPair'

/**
 * Transfers: the connected account's deposits and withdrawals on the selected pair, or any
 * account's, read-only, by address (#/transfers/<address>).
 */
export function TransfersPage({ params }: { params?: { address?: string } }) {
  const { pair } = useChainPair()
  const { address } = useAccount()
  const [, navigate] = useLocation()
  const looked = params?.address ? parseAddressInput(params.address) : undefined
  const other =
    looked?.ok && looked.value.toLowerCase() !== address?.toLowerCase() ? looked.value : undefined
  return (
    <Card
      title="Transfers"
      headingLevel={1}
      description={
        other
          ? `Deposits and withdrawals of ${shortenAddress(other)} between ${pair.l1.name} and ${pair.l2.name} (read-only).`
          : `Your deposits and withdrawals between ${pair.l1.name} and ${pair.l2.name}.`
      }
      data-testid="transfers-page"
    >
      <div className="space-y-5">
        <AddressLookup
          key={params?.address ?? ''}
          {...(params?.address ? { initial: params.address } : {})}
          onLookUp={(value) => navigate(`/transfers/${value}`)}
        />
        {looked && !looked.ok && (
          <p className="text-sm text-danger">The link holds no valid address: {looked.message}</p>
        )}
        {other ? (
          <div className="space-y-3">
            <p className="text-xs text-muted" data-testid="viewing-address">
              Viewing <span className="font-mono text-ink">{other}</span>.{' '}
              <Link href="/transfers" className="font-medium text-accent-text hover:underline">
                Back to your transfers
              </Link>
            </p>
            <TransferList key={`${pair.id}:${other}`} pair={pair} account={other} />
          </div>
        ) : (
          <ConnectGate description="Connect your wallet to see its transfers, or look up an address above.">
            {address && (
              <TransferList key={`${pair.id}:${address}`} pair={pair} account={address} />
            )}
          </ConnectGate>
        )}
      </div>
    </Card>
  )
}
