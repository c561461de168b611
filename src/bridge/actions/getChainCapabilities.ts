import type { L2Client } from '../clients'
import { type ChainCapabilities, getChainCapabilities as probeOnce } from '../protocol/capabilities'

export type GetChainCapabilitiesParameters = { l2: L2Client }

/** What the chain's RPC can do and which kind of node it is (probed once per client). */
export function getChainCapabilities(
  p: GetChainCapabilitiesParameters,
): Promise<ChainCapabilities> {
  return probeOnce(p.l2)
}
